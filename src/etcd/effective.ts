import type { EtcdConfig, GoBool, Setting, StartupProblem } from '../model.js';
import { parseGoBool } from './go-flags.js';

export type TlsSide = 'client' | 'peer';

/** The etcd flag names that decide auto-TLS on each side (etcd server/embed/config.go). */
export const SIDE_FLAGS: Record<TlsSide, { autoTls: string; certFile: string; keyFile: string }> = {
  client: { autoTls: 'auto-tls', certFile: 'cert-file', keyFile: 'key-file' },
  peer: { autoTls: 'peer-auto-tls', certFile: 'peer-cert-file', keyFile: 'peer-key-file' },
};

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
 * etcd's precedence for one side, in one place: the last occurrence of a flag wins (Go `flag`).
 * Returns the winning setting when it enables auto-TLS, or when it is an invalid boolean that
 * evidently means true (etcd refuses to start, but the intent violates the control).
 */
export function effectiveAutoTls(config: EtcdConfig, side: TlsSide): EnabledAutoTls | undefined {
  const names = SIDE_FLAGS[side];
  const setting = lastSetting(config.flags, names.autoTls);
  if (!setting) return undefined;
  const value = setting.rawValue === undefined ? ({ kind: 'true' } as const) : parseGoBool(setting.rawValue);
  const enabled = value.kind === 'true' || (value.kind === 'invalid' && value.meansTrue);
  if (!enabled) return undefined;
  return {
    setting,
    value,
    certificatesGiven: isFileGiven(config, names.certFile) || isFileGiven(config, names.keyFile),
    startupProblems: config.startupProblems,
  };
}

function lastSetting(settings: readonly Setting[], name: string): Setting | undefined {
  for (let i = settings.length - 1; i >= 0; i--) {
    const setting = settings[i] as Setting;
    if (setting.name === name) return setting;
  }
  return undefined;
}

/** etcd's TLSInfo.Empty(): a file counts as given when its last value is non-empty. */
function isFileGiven(config: EtcdConfig, name: string): boolean {
  const setting = lastSetting(config.flags, name);
  if (setting) return setting.rawValue !== undefined && setting.rawValue !== '';
  return config.impliedFlags.includes(name);
}
