// Rule templates: the shapes rules take over an effective configuration. A rule file is its
// metadata plus one template call; the template decides when the rule fires, describe.ts words it.

import { boolOf, meansTrue } from '../etcd/go-flags.js';
import type { EffectiveConfig, EffectiveSetting } from '../etcd/resolve.js';
import type { FileRef, Finding, Launcher, Level, RelatedLocation, Setting, Span } from '../model.js';
import {
  describeLauncher,
  describeSetting,
  launcherNotes,
  type Replacement,
  removalFix,
  spelledLike,
  toolOf,
} from './describe.js';
import type { Rule, RuleMeta } from './rule.js';

/** A boolean setting that must not be true (CIS "is not set to true"). */
export interface MustNotBeTrue {
  /** etcd's flag name. */
  setting: string;
  title: string;
  /** What the setting does, ending the sentence `... which <effect>`: `enables client auto-TLS`. */
  effect: string;
  /** What an attacker gains, after a comma: `so etcd serves ...`. */
  risk: string;
  /** The intent an invalid value still shows: `enable auto-TLS`. */
  intent: string;
  /** What to configure instead, in each form. */
  replacement: Replacement;
}

/**
 * Fires on the setting etcd would act on when it is true, or an invalid value that evidently means
 * true (etcd refuses it, the intent is plain); with a flag and its variable both set (etcd refuses
 * to start), on whichever of the two enables it. Values the launcher implies are never reported; a
 * setting under a template condition as conditionalLevel says. A setting made inert by another (auto-TLS with certificates)
 * is still reported, with the reason: it fails the CIS check and returns when the other goes.
 */
export function mustNotBeTrue(meta: RuleMeta, spec: MustNotBeTrue): Rule {
  return {
    meta,
    evaluate(effective) {
      const value = effective.get(spec.setting);
      const setting = enablingSetting(value);
      if (!setting || setting.origin.kind === 'launcher-default') return [];
      const level = conditionalLevel(setting, meta.defaultLevel);
      if (!level) return [];
      const { launcher } = effective.config;
      const subject = describeLauncher(launcher);
      const fix = removalFix(setting, launcher, spec.replacement);
      const first = `${subject}: ${describeSetting(setting)} ${spec.effect}, ${spec.risk} (CIS Kubernetes ${meta.cis}).`;
      const caveats = [
        ...settingCaveats(setting, launcher),
        ...invalidValueCaveat(setting, spec.intent),
        ...otherStartupProblems(effective, spec.setting),
        ...inertCaveat(effective, value, setting),
      ];
      const message = [first, ...caveats, `Fix: ${fix}`].join(' ');
      return [finding(meta, effective, setting, level, spec.title, message, subject, fix)];
    },
  };
}

/**
 * The level at which a rule reports a setting written under a template condition: the rule's own
 * when the repository's values render it (or there is no condition), `warning` when they do not
 * decide it (the repository can produce it), none when no values the repository applies render it.
 * Every rule template calls this and conditionalCaveat for the setting it reports.
 */
export function conditionalLevel(setting: Setting, level: Level): Level | undefined {
  const condition = setting.conditional;
  if (!condition || condition.rendered === true) return level;
  if (condition.rendered === false) return undefined;
  return level === 'note' ? 'note' : 'warning';
}

/**
 * The caveats every finding on a setting carries, in order: its template or script condition, what
 * the launcher does with user settings, and the setting's own note (kubeadm's duplicate ordering).
 */
export function settingCaveats(setting: Setting | undefined, launcher: Launcher): string[] {
  return [
    ...(setting ? conditionalCaveat(setting) : []),
    ...launcherNotes(launcher),
    ...(setting?.caveat ? [`Note: ${setting.caveat}.`] : []),
  ];
}

/** The sentence a finding on a conditionally rendered setting carries (none for an unconditional one). */
export function conditionalCaveat(setting: Setting): string[] {
  const condition = setting.conditional;
  if (!condition) return [];
  if (condition.script)
    return [
      `The script sets it only on some paths (under ${condition.text}); reported as a warning because the script can set it.`,
    ];
  if (condition.rendered === true)
    return [
      `The template renders it under ${condition.text}${condition.because ? `: ${condition.because}` : ''}.`,
    ];
  return [
    `The template renders it only under ${condition.text}, which the values in the repository do not decide${condition.because ? ` (${condition.because})` : ''}; reported as a warning because the repository can produce it.`,
  ];
}

function enablingSetting(value: EffectiveSetting): Setting | undefined {
  if (value.conflict) {
    const { flag, env } = value.conflict;
    if (!flag.valueUnknown && meansTrue(boolOf(flag))) return flag;
    if (!env.valueUnknown && env.rawValue !== '' && meansTrue(boolOf(env))) return env;
    return undefined;
  }
  return value.setting && value.bool && meansTrue(value.bool) ? value.setting : undefined;
}

function invalidValueCaveat(setting: Setting, intent: string): string[] {
  if (boolOf(setting).kind !== 'invalid') return [];
  return [
    `The value \`${setting.rawValue ?? ''}\` is not a boolean etcd accepts, so etcd will not start with it; the intent to ${intent} still violates the control.`,
  ];
}

/** Start-up problems other than the reported setting's own invalid value. */
function otherStartupProblems(effective: EffectiveConfig, flag: string): string[] {
  return effective.startupProblems
    .filter((problem) => problem.flag !== flag)
    .map((problem) => `Also, ${problem.message}.`);
}

function inertCaveat(effective: EffectiveConfig, value: EffectiveSetting, setting: Setting): string[] {
  if (value.inert?.kind !== 'certificates-given' || setting !== value.setting) return [];
  const { launcher } = effective.config;
  const tool = toolOf(launcher);
  const who = tool ? `${tool} always passes` : 'the configuration also sets';
  const side = value.spec?.side === 'peer' ? 'peer-' : '';
  const names =
    setting.origin.kind === 'config-file'
      ? '`cert-file`/`key-file`'
      : setting.origin.kind === 'env' && !tool
        ? `${spelledLike(setting, `${side}cert-file`)}/${spelledLike(setting, `${side}key-file`)}`
        : `\`--${side}cert-file\`/\`--${side}key-file\``;
  return [
    `Because ${who} ${names}, etcd ignores auto-TLS at run time, but the setting still fails the CIS check and takes effect as soon as those files are removed.`,
  ];
}

/**
 * A finding at a setting, with the other files of its evidence chain: the process's own file when
 * the setting lives elsewhere (a ConfigMap, an env file, a patch), and the files the process's
 * settings come through (a kustomization, a values file).
 */
export function finding(
  meta: RuleMeta,
  effective: EffectiveConfig,
  setting: Setting,
  level: Level,
  title: string,
  message: string,
  subject: string,
  fix: string,
): Finding {
  return ownedFinding(
    meta,
    effective.config,
    { span: setting.span, file: setting.file, setting },
    level,
    title,
    message,
    subject,
    fix,
  );
}

/**
 * A finding at `at` (a setting, one URL of a setting's value, or the launcher) about the process
 * or client `owner`: the owner's own place, and the files its settings come through, are related
 * locations when they are in another file, as is the value that decides the template condition of
 * `at.setting`.
 */
export function ownedFinding(
  meta: RuleMeta,
  owner: { file: FileRef; span: Span; related?: readonly RelatedLocation[] | undefined },
  at: { span: Span; file?: FileRef | undefined; setting?: Setting | undefined },
  level: Level,
  title: string,
  message: string,
  subject: string,
  fix: string,
): Finding {
  const shown = readable(subject);
  const file = at.file ?? owner.file;
  const related: RelatedLocation[] = [];
  if (file.absPath !== owner.file.absPath)
    related.push({ file: owner.file, span: owner.span, message: `${shown}, which reads this setting` });
  for (const location of owner.related ?? [])
    if (location.file.absPath !== file.absPath) related.push(location);
  const decidedBy = at.setting?.conditional?.decidedBy;
  if (decidedBy && decidedBy.file.absPath !== file.absPath) related.push(decidedBy);
  return {
    ruleId: meta.id,
    level,
    message: readable(message),
    title,
    file,
    span: at.span,
    subject: shown,
    fix,
    ...(related.length > 0 ? { related } : {}),
  };
}

/**
 * A message (or subject) as a reader should see it: a run of `$xx…` is the blank the scan put where a template
 * action or an unknown shell variable was (load/template.ts, extract/shell-text.ts), shown as `…`
 * (`https://…:2379`), not as text the file never held.
 */
export function readable(message: string): string {
  return message.replace(BLANK_RUN, '…');
}
const BLANK_RUN = /\$xx+/g;
