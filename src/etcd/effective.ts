import type { EtcdConfig, GoBool, Setting, StartupProblem } from '../model.js';
import { parseGoBool } from './go-flags.js';

export type TlsSide = 'client' | 'peer';

/** The etcd flag names that decide auto-TLS on each side (etcd server/embed/config.go). */
export const SIDE_FLAGS: Record<TlsSide, { autoTls: string; certFile: string; keyFile: string }> = {
  client: { autoTls: 'auto-tls', certFile: 'cert-file', keyFile: 'key-file' },
  peer: { autoTls: 'peer-auto-tls', certFile: 'peer-cert-file', keyFile: 'peer-key-file' },
};

/** Every certificate file flag: tools that render etcd's command line (kubeadm, k0s, RKE) always pass them. */
export const CERTIFICATE_FLAGS: readonly string[] = Object.values(SIDE_FLAGS).flatMap((side) => [
  side.certFile,
  side.keyFile,
]);

/** The auto-TLS setting etcd would act on for one side, when it is (or is meant to be) true. */
export interface EnabledAutoTls {
  setting: Setting;
  value: GoBool;
  /**
   * A certificate or key file is also given, so etcd logs "ignoring ... auto TLS since certs
   * given" and uses the files: the setting is inert at run time but still fails CIS 2.3 / 2.6.
   */
  certificatesGiven: boolean;
  /** Reasons etcd would not start at all with this configuration. */
  startupProblems: StartupProblem[];
}

/**
 * etcd's precedence for one side, in one place (etcd server/etcdmain/config.go, pkg/flags):
 * 1. With `--config-file` (or `ETCD_CONFIG_FILE` when the flag is absent) etcd reads only the file:
 *    every other flag and `ETCD_*` variable is ignored.
 * 2. Otherwise the last occurrence of a flag wins; an `ETCD_*` variable applies only when the flag is
 *    absent; empty variables are skipped; a flag and its variable both set is fatal since etcd 3.4.
 * Returns the winning setting when it enables auto-TLS, or when it is an invalid value that
 * evidently means true (etcd refuses to start, but the intent violates the control).
 */
export function effectiveAutoTls(config: EtcdConfig, side: TlsSide): EnabledAutoTls | undefined {
  const names = SIDE_FLAGS[side];
  if (readsConfigFile(config)) {
    const settings = config.configFile ?? [];
    return enabledResult(last(settings, names.autoTls), {
      certificatesGiven: isGiven(settings, names.certFile) || isGiven(settings, names.keyFile),
      startupProblems: config.startupProblems,
    });
  }
  const flag = last(config.flags, names.autoTls);
  const env = last(effectiveEnv(config), names.autoTls);
  const startupProblems = [...config.startupProblems];
  if (flag && env) startupProblems.push(conflict(env));
  // With both set etcd (>= 3.4) does not start; report whichever of the two enables auto-TLS.
  const winner = flag && isEnabled(flag) ? flag : env && isEnabled(env) ? env : flag;
  const certificatesGiven = [names.certFile, names.keyFile].some((name) => isFileGiven(config, name));
  return enabledResult(winner, { certificatesGiven, startupProblems });
}

/** Whether etcd takes its settings from a configuration file rather than flags and environment. */
export function readsConfigFile(config: EtcdConfig): boolean {
  if (config.launcher.kind === 'config-file') return true;
  const flag = last(config.flags, 'config-file');
  if (flag) return (flag.rawValue ?? '') !== '';
  return last(effectiveEnv(config), 'config-file') !== undefined;
}

export function boolOf(setting: Setting): GoBool {
  if (setting.bool) return setting.bool;
  return setting.rawValue === undefined ? { kind: 'true' } : parseGoBool(setting.rawValue);
}

function isEnabled(setting: Setting): boolean {
  const value = boolOf(setting);
  return value.kind === 'true' || (value.kind === 'invalid' && value.meansTrue);
}

function enabledResult(
  setting: Setting | undefined,
  rest: { certificatesGiven: boolean; startupProblems: StartupProblem[] },
): EnabledAutoTls | undefined {
  if (!setting || !isEnabled(setting)) return undefined;
  return { setting, value: boolOf(setting), ...rest };
}

/** etcd skips empty variables (pkg/flags SetFlagsFromEnv: `if val != ""`). */
function effectiveEnv(config: EtcdConfig): Setting[] {
  return config.env.filter((setting) => setting.rawValue !== '');
}

function conflict(env: Setting): StartupProblem {
  return {
    message: `etcd 3.4 and later will not start: the environment variable \`${env.text.split('=')[0]}\` is shadowed by the command-line flag of the same setting ("conflicting environment variable")`,
    span: env.span,
  };
}

function last(settings: readonly Setting[], name: string): Setting | undefined {
  for (let i = settings.length - 1; i >= 0; i--) {
    const setting = settings[i] as Setting;
    if (setting.name === name) return setting;
  }
  return undefined;
}

/**
 * A certificate file given by flag, else by variable, else by the launcher's own defaults (a
 * user's flag of the same name replaces kubeadm's default, so an empty one blanks it).
 */
function isFileGiven(config: EtcdConfig, name: string): boolean {
  const setting = last(config.flags, name) ?? last(effectiveEnv(config), name);
  if (setting) return setting.rawValue !== undefined && setting.rawValue !== '';
  return config.impliedFlags.includes(name);
}

/** etcd's TLSInfo.Empty(): a file counts as given when its last value is non-empty. */
function isGiven(settings: readonly Setting[], name: string): boolean {
  const setting = last(settings, name);
  return setting !== undefined && setting.rawValue !== undefined && setting.rawValue !== '';
}
