// etcd's precedence, in one place (etcd server/etcdmain/config.go and pkg/flags, 3.4 to main):
// 1. With `--config-file` (or `ETCD_CONFIG_FILE` when the flag is absent) etcd reads only the file:
//    every other flag and `ETCD_*` variable is ignored (flags are still parsed, so a malformed
//    boolean flag still stops it). In the file only the keys of etcd's schema count: TLS keys only
//    under `client-transport-security` / `peer-transport-security`.
// 2. Otherwise the last occurrence of a flag wins; a variable applies only when its flag is absent
//    and only when non-empty; a flag and its variable both present (even an empty one) is fatal
//    since etcd 3.4 ("conflicting environment variable is shadowed by corresponding command-line
//    flag", pkg/flags verifyEnv).
// 3. Nothing set: etcd's default, which a rule may rely on only when the configuration is complete.
// Launchers (kubeadm, k0s, RKE, k3s/RKE2, Talos) add their own settings first; a user's setting of
// the same name replaces theirs (which last-wins models), except where the launcher refuses it.

import type { EtcdConfig, GoBool, Setting, StartupProblem } from '../model.js';
import { boolOf, parseGoBool } from './go-flags.js';
import { LAUNCHER_RULES } from './launchers.js';
import { type SidePosture, sidePosture } from './posture.js';
import { SETTINGS, type SettingSpec, SIDE_FLAGS, settingSpec, type TlsSide } from './settings.js';

/** Where the value etcd acts on comes from. */
export type Layer = 'flag' | 'env' | 'config-file' | 'launcher-default' | 'etcd-default' | 'unknown';

export interface EffectiveSetting {
  name: string;
  spec: SettingSpec | undefined;
  layer: Layer;
  /** The winning setting as written (or as the launcher implies it); none for etcd's default. */
  setting?: Setting;
  /** The value etcd gets: undefined for a bare boolean flag, and when the layer is `unknown`. */
  raw: string | undefined;
  /** For boolean settings: the value as etcd reads it (`unknown` layer: undefined). */
  bool?: GoBool;
  /** A flag and its variable are both present: etcd 3.4+ does not start (the flag is the winner). */
  conflict?: { flag: Setting; env: Setting };
  /** The winning value has no effect at run time, and why. */
  inert?: InertReason;
}

export type InertReason =
  /** Auto-TLS with a certificate or key file given: etcd logs "ignoring ... auto TLS since certs given". */
  { kind: 'certificates-given'; certificates: EffectiveSetting[] };

/** A setting written where etcd never reads it, which someone evidently meant to take effect. */
export interface IneffectiveSetting {
  setting: Setting;
  reason: /** A config-file key outside the section etcd reads it from (a top-level `auto-tls:`). */
    | { kind: 'config-key-misplaced'; expected: string; launcher?: string }
    /** An argument the launcher refuses (Talos' deny-list): etcd does not start at all. */
    | { kind: 'launcher-refuses'; launcher: string; launcherValue: string | undefined };
}

export interface EffectiveConfig {
  config: EtcdConfig;
  /** etcd reads a config file and ignores flags and variables. */
  readsConfigFile: boolean;
  get(name: string): EffectiveSetting;
  /** One side as it would run: listeners, certificates, trusted CA, and its own start-up problems. */
  side(side: TlsSide): SidePosture;
  /**
   * The configuration's own problems, precedence problems (conflicts, invalid values) and each
   * side's (listener URLs etcd rejects, https without certificates, a listen URL without an
   * advertise URL).
   */
  startupProblems: StartupProblem[];
  ineffective: IneffectiveSetting[];
}

/** The effective configuration of one etcd process; settings are resolved on demand, once each. */
export function resolve(config: EtcdConfig): EffectiveConfig {
  const launcherRules =
    config.launcher.kind === 'distribution' ? LAUNCHER_RULES[config.launcher.distribution] : undefined;
  const flags = [
    ...config.implied.filter(isFlagLayer),
    ...(launcherRules?.acceptedFlags(config.flags) ?? config.flags),
  ];
  const env = config.env;
  const readsFile = readsConfigFile(config, flags, env);
  const fileSettings = readsFile
    ? [...config.implied.filter((s) => !isFlagLayer(s)), ...(config.configFile ?? [])]
    : [];
  // The file's settings are known when the extractor read it (`configFile`), or when the launcher
  // writes it itself (k3s/RKE2); a `--config-file` naming a file outside the scan leaves every
  // setting unknown, whoever starts etcd (a unit or a script as much as a container).
  const fileKnown =
    readsFile &&
    (config.configFile !== undefined || writesConfigFile(config) || config.launcher.kind === 'config-file');
  const complete = config.completeness.complete && config.kind === 'process';
  const refusals = launcherRules?.refusals(config.flags) ?? [];
  const launcherName = config.launcher.kind === 'distribution' ? config.launcher.distribution : '';
  const cache = new Map<string, EffectiveSetting>();

  const lookup = (name: string): EffectiveSetting => {
    const spec = settingSpec(name);
    if (readsFile) {
      const setting = last(fileSettings, name, (s) => readByEtcd(s, spec));
      if (setting)
        return winner(
          name,
          spec,
          setting,
          setting.origin.kind === 'launcher-default' ? 'launcher-default' : 'config-file',
        );
      return fallback(name, spec, fileKnown && complete);
    }
    const flag = last(flags, name);
    const variable = lastDefined(env, name);
    if (flag) {
      const effective = winner(
        name,
        spec,
        flag,
        flag.origin.kind === 'launcher-default' ? 'launcher-default' : 'flag',
      );
      if (variable) effective.conflict = { flag, env: variable };
      return effective;
    }
    if (variable && variable.rawValue !== '') return winner(name, spec, variable, 'env');
    return fallback(name, spec, complete);
  };

  const get = (name: string): EffectiveSetting => {
    let effective = cache.get(name);
    if (!effective) {
      effective = lookup(name);
      cache.set(name, effective);
      markInert(effective, get);
    }
    return effective;
  };

  const sideInput = { get, readsConfigFile: readsFile, span: config.span };
  const sides = { client: sidePosture(sideInput, 'client'), peer: sidePosture(sideInput, 'peer') };
  return {
    config,
    readsConfigFile: readsFile,
    get,
    side: (side) => sides[side],
    startupProblems: [
      ...config.startupProblems,
      ...invalidValues(flags, readsFile ? [] : env, fileSettings),
      ...(readsFile ? [] : conflicts(flags, env)),
      ...refusals.map((refusal) => refusal.problem),
      ...sides.client.problems,
      ...sides.peer.problems,
    ],
    ineffective: [
      ...misplacedKeys(readsFile ? fileSettings : [], config),
      ...refusals
        .filter((refusal) => settingSpec(refusal.setting.name)?.noticeWhenIneffective)
        .map((refusal) => ({
          setting: refusal.setting,
          reason: {
            kind: 'launcher-refuses' as const,
            launcher: launcherName,
            launcherValue: refusal.launcherValue,
          },
        })),
    ],
  };
}

function isFlagLayer(setting: Setting): boolean {
  return setting.origin.kind === 'launcher-default' ? setting.origin.as === 'flag' : true;
}

/**
 * Whether etcd takes its settings from a config file: the config is the file itself, the launcher
 * writes one (k3s/RKE2), or the last non-empty `--config-file` (else a non-empty `ETCD_CONFIG_FILE`).
 */
function readsConfigFile(config: EtcdConfig, flags: readonly Setting[], env: readonly Setting[]): boolean {
  if (config.launcher.kind === 'config-file' || writesConfigFile(config)) return true;
  const flag = last(flags, 'config-file');
  if (flag) return (flag.rawValue ?? '') !== '';
  const variable = lastDefined(env, 'config-file');
  return variable !== undefined && variable.rawValue !== '';
}

/** A distribution that writes etcd's config file itself (k3s/RKE2), whose values are then implied. */
function writesConfigFile(config: EtcdConfig): boolean {
  return (
    config.launcher.kind === 'distribution' && LAUNCHER_RULES[config.launcher.distribution].writesConfigFile
  );
}

/** The path etcd's config-file decoder reads a setting from (`client-transport-security.cert-file`). */
function configPathOf(setting: Setting): string | undefined {
  const origin = setting.origin;
  if (origin.kind === 'config-file') return origin.key;
  // k3s/RKE2 write every etcd-arg as a top-level key of etcd's config file.
  if (origin.kind === 'extra-arg') return setting.name;
  if (origin.kind === 'launcher-default') return settingSpec(setting.name)?.configKey?.join('.');
  return undefined;
}

/** A config-file setting counts only at the key etcd's schema has for it. */
function readByEtcd(setting: Setting, spec: SettingSpec | undefined): boolean {
  return spec?.configKey !== undefined && configPathOf(setting) === spec.configKey.join('.');
}

function winner(
  name: string,
  spec: SettingSpec | undefined,
  setting: Setting,
  layer: Layer,
): EffectiveSetting {
  // A value written as a template expression or variable: the setting wins, its value is not known.
  if (setting.valueUnknown) return { name, spec, layer, setting, raw: undefined };
  const effective: EffectiveSetting = { name, spec, layer, setting, raw: setting.rawValue };
  if (spec?.type === 'bool') effective.bool = boolOf(setting);
  return effective;
}

/** Nothing sets it: etcd's default in a complete configuration, else not known from the files. */
function fallback(name: string, spec: SettingSpec | undefined, complete: boolean): EffectiveSetting {
  if (!complete || spec?.default === undefined) return { name, spec, layer: 'unknown', raw: undefined };
  const effective: EffectiveSetting = { name, spec, layer: 'etcd-default', raw: spec.default };
  if (spec.type === 'bool') effective.bool = parseGoBool(spec.default);
  return effective;
}

function markInert(effective: EffectiveSetting, get: (name: string) => EffectiveSetting): void {
  const side = autoTlsSide(effective.name);
  if (!side || effective.bool?.kind === 'false' || effective.layer === 'unknown') return;
  // etcd TLSInfo.Empty(): certificates count as given when either file is non-empty.
  const { certFile, keyFile } = SIDE_FLAGS[side];
  // A certificate a template renders only under a condition may be the other branch of the one
  // that renders auto-TLS: it makes auto-TLS inert only when written unconditionally.
  const certificates = [get(certFile), get(keyFile)].filter(
    (file) => file.raw !== undefined && file.raw !== '' && !file.setting?.conditional,
  );
  if (certificates.length > 0) effective.inert = { kind: 'certificates-given', certificates };
}

function autoTlsSide(name: string): TlsSide | undefined {
  if (name === SIDE_FLAGS.client.autoTls) return 'client';
  if (name === SIDE_FLAGS.peer.autoTls) return 'peer';
  return undefined;
}

/**
 * Values etcd rejects at start-up: a boolean flag that is not a Go ParseBool spelling (every
 * occurrence: flag.Parse stops at the first), a boolean variable etcd reads ("invalid value %q for
 * %s"), a config-file boolean that is not a YAML boolean (a type error).
 */
function invalidValues(
  flags: readonly Setting[],
  env: readonly Setting[],
  fileSettings: readonly Setting[],
): StartupProblem[] {
  const problems: StartupProblem[] = [];
  for (const flag of flags) {
    if (settingSpec(flag.name)?.type !== 'bool' || flag.rawValue === undefined || flag.valueUnknown) continue;
    if (boolOf(flag).kind !== 'invalid') continue;
    problems.push(
      located(flag, {
        message: `etcd will not start: invalid boolean value "${flag.rawValue}" for -${flag.name} (Go accepts only 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False)`,
        flag: flag.name,
      }),
    );
  }
  for (const variable of lastOfEach(env)) {
    if (settingSpec(variable.name)?.type !== 'bool' || variable.rawValue === '' || variable.valueUnknown)
      continue;
    if (boolOf(variable).kind !== 'invalid') continue;
    problems.push(
      located(variable, {
        message: `etcd will not start: invalid value "${variable.rawValue ?? ''}" for ${variable.key} (Go accepts only 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False)`,
        flag: variable.name,
      }),
    );
  }
  for (const setting of fileSettings) {
    const spec = settingSpec(setting.name);
    if (spec?.type !== 'bool' || !readByEtcd(setting, spec) || boolOf(setting).kind !== 'invalid') continue;
    problems.push(
      located(setting, {
        message: `etcd will not start: \`${setting.key}\` must be a YAML boolean (true/false, yes/no, on/off), not \`${setting.rawValue ?? ''}\` (a type error when etcd decodes its config file)`,
        flag: setting.name,
      }),
    );
  }
  return problems;
}

/** Variables whose flag is also given: etcd 3.4 and later exit (pkg/flags verifyEnv). */
function conflicts(flags: readonly Setting[], env: readonly Setting[]): StartupProblem[] {
  // Settings a template renders only under an undecided condition may be each other's alternative.
  const certain = (setting: Setting) => !setting.conditional || setting.conditional.rendered === true;
  const flagged = new Set(flags.filter(certain).map((flag) => flag.name));
  return lastOfEach(env)
    .filter((variable) => certain(variable) && flagged.has(variable.name) && SETTINGS.has(variable.name))
    .map((variable) => {
      const side = settingSpec(variable.name)?.side;
      return located(variable, {
        message: `etcd 3.4 and later will not start: the environment variable \`${variable.key}\` is shadowed by the command-line flag \`--${variable.name}\` ("conflicting environment variable")`,
        ...(side ? { side } : {}),
      });
    });
}

/** Config-file keys etcd ignores where they are written, for settings someone evidently meant. */
function misplacedKeys(fileSettings: readonly Setting[], config: EtcdConfig): IneffectiveSetting[] {
  const out: IneffectiveSetting[] = [];
  for (const setting of fileSettings) {
    const spec = settingSpec(setting.name);
    if (!spec?.noticeWhenIneffective || !spec.configKey || readByEtcd(setting, spec)) continue;
    if (setting.origin.kind === 'launcher-default') continue;
    const launcher = config.launcher.kind === 'distribution' ? config.launcher.distribution : undefined;
    out.push({
      setting,
      reason: {
        kind: 'config-key-misplaced',
        expected: spec.configKey.join('.'),
        ...(launcher ? { launcher } : {}),
      },
    });
  }
  return out;
}

function located(setting: Setting, problem: Omit<StartupProblem, 'span' | 'file'>): StartupProblem {
  return { ...problem, span: setting.span, ...(setting.file ? { file: setting.file } : {}) };
}

function last(
  settings: readonly Setting[],
  name: string,
  accept: (setting: Setting) => boolean = () => true,
): Setting | undefined {
  for (let i = settings.length - 1; i >= 0; i--) {
    const setting = settings[i] as Setting;
    if (setting.name === name && accept(setting)) return setting;
  }
  return undefined;
}

/** The variable as the process sees it: its last definition, empty or not. */
function lastDefined(env: readonly Setting[], name: string): Setting | undefined {
  return last(env, name);
}

function lastOfEach(settings: readonly Setting[]): Setting[] {
  const byName = new Map<string, Setting>();
  for (const setting of settings) byName.set(setting.name, setting);
  return [...byName.values()];
}
