// Building settings the same way in every extractor: a variable (`ETCD_*=value`) and a field that a
// tool renders into a flag.

import { isScalar, type Node } from 'yaml';
import { type ArgWord, parseGoBool } from '../etcd/go-flags.js';
import { flagOfEnv, isBooleanFlag, settingSpec } from '../etcd/settings.js';
import type { EnvSource, GoBool, Launcher, Setting, SettingOrigin, Span } from '../model.js';
import type { YamlContext } from './yaml-context.js';

/**
 * An `ETCD_*` variable as an etcd setting; undefined for any other name, and for variables of no
 * etcd flag, which etcd ignores ("unrecognized environment variable", pkg/flags verifyEnv).
 */
export function envVariable(
  key: string,
  value: string,
  span: Span,
  from: EnvSource,
  where: Pick<Setting, 'locateValue' | 'valueUnknown'> = {},
): Setting | undefined {
  const name = flagOfEnv(key);
  if (!name || !settingSpec(name)) return undefined;
  const setting: Setting = {
    name,
    key,
    text: `${key}=${value}`,
    rawValue: value,
    origin: { kind: 'env', from },
    span,
    ...where,
  };
  const bool = commentedBool(name, value);
  if (bool) setting.bool = bool;
  return setting;
}

/**
 * `ETCD_AUTO_TLS=true # enable` passes `true # enable` (neither systemd nor Kubernetes has inline
 * comments), which etcd rejects; the writer evidently meant `true`, so the intent is kept.
 */
function commentedBool(name: string, value: string): GoBool | undefined {
  if (!isBooleanFlag(name) || parseGoBool(value).kind !== 'invalid') return undefined;
  const before = /^(\S+)[ \t]+#/.exec(value)?.[1];
  if (before === undefined || parseGoBool(before).kind !== 'true') return undefined;
  return { kind: 'invalid', meansTrue: true };
}

/** A field a tool renders as `--name=value` (kubeadm extraArgs, k0s, RKE, Talos, k3s etcd-arg). */
export function renderedArg(
  name: string,
  rawValue: string | undefined,
  text: string,
  origin: Extract<SettingOrigin, { kind: 'extra-arg' }>,
  span: Span,
): Setting {
  return { name, key: name, text, rawValue, origin, span };
}

/** A word holding an unresolved variable or placeholder may expand to any flags. */
export function opaqueWords(words: readonly ArgWord[]): string[] {
  const word = words.find((candidate) => candidate.opaque);
  return word ? [`the command line holds \`${word.value}\`, whose value is not known here`] : [];
}

/**
 * Where a YAML scalar's characters are written, and whether a template wrote part of it (then the
 * value is not known, though its literal parts may be: `http://{{ .Values.host }}:2379`).
 */
export function scalarValue(
  context: YamlContext,
  node: unknown,
): Pick<Setting, 'locateValue' | 'valueUnknown'> {
  const scalar = context.nav.resolve(node as Node | null | undefined);
  if (!isScalar(scalar) || typeof scalar.value !== 'string') return {};
  return {
    locateValue: (from, to) => context.valueSpan(scalar, from, to),
    ...(context.isTemplated(scalar) ? { valueUnknown: true } : {}),
  };
}

/**
 * Why a process's environment is not all in the files, by what starts it (the closed world of
 * shared/research/semantics-tls-posture.md §5.2): etcd started by a shell script inherits the
 * environment of whoever runs the script, and an image's program gets the variables its container
 * is run with (`docker run -e`, a pod's `env`). Their settings count; the absence of one does not.
 */
export function inheritedEnvironment(launcher: Launcher): string[] {
  if (launcher.kind === 'shell-script')
    return ['etcd inherits the environment of whoever runs the script, which may set any ETCD_* variable'];
  if (launcher.kind === 'dockerfile')
    return ["a container of the image gets the variables it is run with (docker run -e, a pod's env)"];
  return [];
}
