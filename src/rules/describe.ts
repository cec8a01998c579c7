// The words findings and notices are made of: who launches etcd, how a setting reaches it, how to
// change it in the form it is written in. Rules name what they say (a message id and its facts);
// only this module turns the model's structured origins into sentences.

import type { IneffectiveSetting } from '../etcd/resolve.js';
import { envNameOf, settingSpec } from '../etcd/settings.js';
import type { EnvSource, Launcher, Setting } from '../model.js';

export function describeLauncher(launcher: Launcher): string {
  switch (launcher.kind) {
    case 'container': {
      const name = launcher.namespace ? `${launcher.namespace}/${launcher.objectName}` : launcher.objectName;
      return `${launcher.objectKind} ${name}, container ${launcher.container}`;
    }
    case 'kubeadm':
      return launcher.objectName
        ? `${launcher.objectKind} ${launcher.objectName} (${launcher.apiVersion})`
        : `kubeadm ${launcher.objectKind} (${launcher.apiVersion})`;
    case 'config-file':
      return `etcd config file ${launcher.where}`;
    case 'systemd':
      return `systemd unit ${launcher.unit}`;
    case 'env-file':
      return `etcd environment file ${launcher.path}`;
    case 'compose':
      return `Compose service ${launcher.service}`;
    case 'distribution':
      return `${launcher.distribution} configuration ${launcher.objectName}`;
    case 'chart-values':
      return launcher.release
        ? `${launcher.release} (chart ${launcher.chart})`
        : `Helm values for the ${launcher.chart} chart`;
    case 'shell-script':
      return `shell script ${launcher.path}`;
    case 'docker-run':
      return `\`docker run\` of ${launcher.image} in ${launcher.path}`;
    case 'dockerfile':
      return `Dockerfile ${launcher.path} (${launcher.instruction}${launcher.stage ? ` of stage ${launcher.stage}` : ''})`;
    case 'operator': {
      const name = launcher.namespace ? `${launcher.namespace}/${launcher.objectName}` : launcher.objectName;
      return `${launcher.objectKind} ${name} (${launcher.operator})`;
    }
  }
}

/**
 * What a finding's reader must know about how the launcher starts etcd, as sentences: the program
 * was taken from the image, since the manifest does not name it.
 */
export function launcherNotes(launcher: Launcher): string[] {
  if ((launcher.kind === 'container' || launcher.kind === 'compose') && launcher.imageProgram) {
    const given = launcher.kind === 'container' ? 'no command' : 'no entrypoint or command';
    return [
      `The ${launcher.kind === 'container' ? 'container' : 'service'} gives ${given}, so its program is taken from the image: ${launcher.imageProgram}.`,
    ];
  }
  return [];
}

/** A tool that renders etcd's command line itself, always with certificate files (kubeadm, k0s, RKE). */
export function toolOf(launcher: Launcher): string | undefined {
  if (launcher.kind === 'kubeadm') return 'kubeadm';
  if (launcher.kind === 'distribution') return launcher.distribution;
  return undefined;
}

/** Where a variable is written, as a phrase: `in the container env`, `from ConfigMap x (envFrom)`. */
function describeEnvSource(from: EnvSource): string {
  switch (from.kind) {
    case 'container':
      return 'in the container env';
    case 'configmap': {
      const name = from.namespace ? `${from.namespace}/${from.name}` : from.name;
      return from.via === 'envFrom'
        ? `from ConfigMap ${name} (envFrom)`
        : `from ConfigMap ${name} key ${from.key ?? ''} (valueFrom)`;
    }
    case 'env-file':
      return 'in the environment file';
    case 'unit-environment':
      return `in Environment= of ${from.of}`;
    case 'unit-environment-file':
      return `from EnvironmentFile=${from.path} of ${from.of}`;
    case 'compose':
      return 'in the service environment';
    case 'tool-field':
      return `in ${from.field}`;
    case 'script':
      return SCRIPT_ENV[from.via];
    case 'docker-env-file':
      return `from \`docker run --env-file ${from.path}\``;
  }
}

const SCRIPT_ENV: Record<Extract<EnvSource, { kind: 'script' }>['via'], string> = {
  export: 'exported earlier in the script',
  prefix: 'in front of the command',
  'docker-env': 'from `docker run -e`',
  'dockerfile-env': "from the Dockerfile's ENV",
};

/**
 * How the setting reaches etcd, as the start of a sentence that a rule ends (`..., which enables
 * client auto-TLS`): `etcd is started with \`--auto-tls\`, which`.
 */
export function describeSetting(setting: Setting): string {
  const origin = setting.origin;
  switch (origin.kind) {
    case 'flag':
      return `etcd is started with \`${setting.text}\`${origin.inShellScript ? ' (in its shell command)' : ''}, which`;
    case 'extra-arg': {
      const rendered = `--${setting.name}${setting.rawValue === undefined ? '' : `=${setting.rawValue}`}`;
      return `${origin.field} sets \`${setting.text}\`, which ${origin.tool} passes to etcd as \`${rendered}\` and`;
    }
    case 'env':
      return `etcd gets \`${setting.text}\` ${describeEnvSource(origin.from)}, which`;
    case 'config-file':
      if (origin.writtenBy)
        return `\`${setting.text}\` makes ${origin.writtenBy.tool} write \`${origin.key}: ${setting.rawValue ?? ''}\` into etcd's config file, which`;
      return `\`${origin.key}\` is set to \`${setting.rawValue ?? ''}\`, which`;
    case 'chart-value': {
      // `renders` is a variable the chart sets (`ETCD_X=value`), or one it leaves unset (`ETCD_X`).
      const does = origin.renders.includes('=')
        ? `set \`${origin.renders}\``
        : `leave \`${origin.renders}\` unset`;
      return origin.absent
        ? `\`${setting.key}\` is not set, so the ${origin.chart} chart's default (\`${setting.text}\`) makes it ${does}, which`
        : `\`${setting.text}\` makes the ${origin.chart} chart ${does}, which`;
    }
    case 'launcher-default':
      return `${origin.tool} passes \`${setting.text}\`, which`;
    case 'operator':
      return `${origin.operator} starts etcd with \`${setting.text}\` because \`${origin.field}\` is not set, which`;
  }
}

/** A setting's name in the spelling of the form it is written in (flag, variable or config key). */
export function spelledLike(setting: Setting, flag: string): string {
  switch (setting.origin.kind) {
    case 'env':
      return `\`${envNameOf(flag)}\``;
    case 'config-file': {
      const key = settingSpec(flag)?.configKey;
      return `\`${key ? key[key.length - 1] : flag}\``;
    }
    default:
      return `\`--${flag}\``;
  }
}

/** What to write instead, in each spelling: the rule's replacement text for the setting's form. */
export interface Replacement {
  flags: string;
  env: string;
  configKeys: string;
}

/**
 * The one-line fix for a setting that must go: remove it (or turn it off) in the form it is written
 * in and configure the replacement; under a launcher that supplies the replacement itself, only
 * remove it.
 */
export function removalFix(setting: Setting, launcher: Launcher, replacement: Replacement): string {
  const origin = setting.origin;
  const flag = setting.name;
  switch (origin.kind) {
    case 'flag':
    case 'launcher-default':
      return `remove \`--${flag}\` (or set \`--${flag}=false\`) and give etcd ${replacement.flags}.`;
    case 'extra-arg':
      return `remove \`${setting.key}\` from \`${origin.field}\`; ${launcherCertificates(launcher, origin.tool)}.`;
    case 'env': {
      const tool = toolOf(launcher);
      // Under kubeadm, k0s or RKE the tool passes certificate flags; an ETCD_*_FILE variable next to
      // them would make etcd refuse to start, so the fix is only to remove the variable.
      if (tool && origin.from.kind === 'tool-field')
        return `remove \`${setting.key}\` from \`${origin.from.field}\`; ${launcherCertificates(launcher, tool)}.`;
      return `remove \`${setting.key}\` (or set it to \`false\`) and give etcd ${replacement.env}.`;
    }
    case 'config-file':
      if (origin.writtenBy)
        return `remove \`${origin.writtenBy.variable}\` (or set it to \`false\`) and give etcd ${replacement.env}.`;
      return `set \`${origin.key}: false\` and set ${replacement.configKeys} under \`${origin.key.split('.')[0]}\`.`;
    case 'chart-value':
      return `set \`${setting.key}: false\` and give the chart CA-signed certificates in a Secret (the chart's \`existingSecret\` values).`;
    case 'operator':
      return `set \`${origin.field}\` to a Secret holding a CA-signed certificate (\`tls.crt\`, \`tls.key\`, \`ca.crt\`); ${origin.operator} then passes certificate files instead.`;
  }
}

function launcherCertificates(launcher: Launcher, tool: string): string {
  return launcher.kind === 'kubeadm'
    ? 'kubeadm already gives etcd certificates signed by its etcd CA'
    : `${tool} already gives etcd certificates`;
}

/** The scan notice for a setting etcd never reads where it is written. */
export function ineffectiveMessage({ setting, reason }: IneffectiveSetting): string {
  const side = setting.name.startsWith('peer-') ? 'peer' : 'client';
  const autoTls = setting.name === 'auto-tls' || setting.name === 'peer-auto-tls';
  const cis = settingSpec(setting.name)?.flag === 'peer-auto-tls' ? '2.6' : '2.3';
  switch (reason.kind) {
    case 'config-key-misplaced':
      if (setting.origin.kind === 'extra-arg') {
        const effect = autoTls
          ? `so ${side} auto-TLS is not enabled and this is not a CIS ${cis} violation`
          : `so the launcher's own \`${reason.expected}\` stays in force`;
        return `\`${setting.origin.field}: ${setting.text}\` has no effect: k3s and RKE2 write each etcd-arg as a top-level key of etcd's config file, and etcd ignores a top-level \`${setting.name}\` (it reads it only as \`${reason.expected}\`), ${effect}. The entry can be removed.`;
      }
      return autoTls
        ? `top-level \`${setting.key}\` in an etcd config file is ignored by etcd (it reads it only as \`${reason.expected}\`); it does not enable ${side} auto-TLS and can be removed`
        : `top-level \`${setting.key}\` in an etcd config file is ignored by etcd (it reads it only as \`${reason.expected}\`); move it under \`${reason.expected.split('.')[0]}\` or remove it`;
    case 'launcher-refuses': {
      const field = setting.origin.kind === 'extra-arg' ? setting.origin.field : setting.key;
      const cisPart = autoTls
        ? ` This is not a CIS ${cis} violation; remove the entry.`
        : ' Remove the entry.';
      return `\`${field}.${setting.name}\`: \`${setting.name}\` is on the deny-list of ${reason.launcher}' etcd service (${reason.launcher} always passes \`--${setting.name}=${reason.launcherValue ?? ''}\` with its own certificates), so etcd will not start with this machine config.${cisPart}`;
    }
  }
}
