// Rule templates for one side of etcd's transport security (shared/research/semantics-tls-posture.md
// §5.1): a plaintext listener, and a TLS listener that does not ask clients for certificates. They
// read the side's posture (src/etcd/posture.ts), never YAML. One root cause per side: a side with
// a plaintext listener gets only the plaintext finding, a side with auto-TLS only the auto-TLS one,
// and a side etcd would not start with none (the start-up problem becomes a scan notice).

import { LISTEN_SETTINGS, type Listener, listenerSpan, problemSide } from '../etcd/posture.js';
import type { EffectiveConfig } from '../etcd/resolve.js';
import type { TlsSide } from '../etcd/settings.js';
import type { Finding, Level, Setting } from '../model.js';
import { describeLauncher, describeSetting } from './describe.js';
import {
  certificateNames,
  clientCertAuthFix,
  listenerPlace,
  plaintextFix,
  spelling,
} from './describe-tls.js';
import type { Rule, RuleMeta } from './rule.js';
import { conditionalLevel, ownedFinding, settingCaveats } from './templates.js';

/** Whether etcd would refuse to start because of this side, or of the process as a whole. */
export function sideBlocked(effective: EffectiveConfig, side: TlsSide): boolean {
  return effective.startupProblems.some((problem) => {
    const of = problemSide(problem);
    return of === undefined || of === side;
  });
}

export interface PlaintextListenerSpec {
  side: TlsSide;
  /** The level of a plaintext listener reachable only from the host (loopback, unix socket). */
  localLevel: Level;
  title: string;
  /** What etcd does on the side, before `without TLS on`: `serve client traffic`, and `serves client traffic`. */
  serves: string;
  servesThirdPerson: string;
  /** What anyone who reaches a network listener can do. */
  risk: string;
  /** Why a local listener is less exposed. */
  localCaveat: string;
}

/**
 * Fires once per listener setting of the side (`listen-client-urls`, `listen-client-http-urls`;
 * `listen-peer-urls`) that has a plaintext URL (`http://`, `unix://`), at the level of its worst
 * URL and anchored on that URL; etcd's default (`http://localhost:2379`/`2380`) counts in a complete
 * configuration and is anchored on the launcher. Launcher-implied URLs are never reported.
 */
export function plaintextListener(meta: RuleMeta, spec: PlaintextListenerSpec): Rule {
  return {
    meta,
    evaluate(effective) {
      if (sideBlocked(effective, spec.side)) return [];
      const posture = effective.side(spec.side);
      const findings: Finding[] = [];
      for (const name of LISTEN_SETTINGS[spec.side]) {
        const listeners = posture.plaintext.filter((listener) => listener.name === name);
        const first = listeners[0];
        if (!first || first.layer === 'launcher-default') continue;
        const worst = listeners.find((listener) => listener.url.reach === 'network') ?? first;
        const finding = plaintextFinding(meta, spec, effective, name, worst);
        if (finding) findings.push(finding);
      }
      return findings;
    },
  };
}

function plaintextFinding(
  meta: RuleMeta,
  spec: PlaintextListenerSpec,
  effective: EffectiveConfig,
  name: string,
  worst: Listener,
): Finding | undefined {
  const { config } = effective;
  const { launcher } = config;
  const subject = describeLauncher(launcher);
  const network = worst.url.reach === 'network';
  const setting = worst.setting;
  // A listener written under a template condition: as the repository's values decide it.
  const level = conditionalOf(setting, network ? 'error' : spec.localLevel);
  if (!level) return undefined;
  const place = listenerPlace(worst.url);
  const how = setting
    ? `${describeSetting(setting)} makes etcd ${spec.serves} without TLS on ${place}`
    : `no ${spec.side} listen URL is set, so etcd ${spec.servesThirdPerson} without TLS on its default ${worst.url.text}`;
  const first = `${subject}: ${how}; ${network ? spec.risk : spec.localCaveat} (CIS Kubernetes ${meta.cis}).`;
  const caveats: string[] = settingCaveats(setting, launcher);
  if (network && setting?.valueUnknown)
    caveats.push('The host is a placeholder, so the listener may bind any address.');
  const posture = effective.side(spec.side);
  if (posture.certificates === 'set')
    caveats.push(
      `etcd ignores ${certificateNames(setting, launcher, spec.side)} and client-certificate auth on a plaintext listener (it logs that it does).`,
    );
  const fix = plaintextFix(setting, launcher, spec.side, name);
  const message = [first, ...caveats, `Fix: ${fix}`].join(' ');
  const at = setting
    ? { span: listenerSpan({ ...worst, setting }), file: setting.file, setting }
    : { span: config.span };
  return ownedFinding(meta, effective.config, at, level, spec.title, message, subject, fix);
}

/** The level for a setting (none for etcd's default), under its template condition if any. */
function conditionalOf(setting: Setting | undefined, level: Level): Level | undefined {
  return setting ? conditionalLevel(setting, level) : level;
}

export interface ClientCertAuthSpec {
  side: TlsSide;
  title: string;
  /** Whether all-loopback listeners lower the level to a note (peers: a single-host cluster). */
  localIsNote: boolean;
}

/**
 * Fires when the side's client-certificate auth is effectively off: explicitly false anywhere, or
 * absent in a complete configuration whose side listens with TLS. Not on a side that is plaintext
 * (the plaintext rule covers it), uses auto-TLS, or would not start. `error` when no trusted CA is
 * set, since the TLS layer then accepts any client (TLSInfo.ServerConfig requires client
 * certificates when `TrustedCAFile != "" || ClientCertAuth`; EMPIRICAL T5, T6, T9, T10); `warning`
 * when a CA still makes TLS demand CA-signed client certificates, or when it is not known.
 */
export function clientCertAuthOff(meta: RuleMeta, spec: ClientCertAuthSpec): Rule {
  const auth = spec.side === 'client' ? 'client-cert-auth' : 'peer-client-cert-auth';
  return {
    meta,
    evaluate(effective) {
      if (sideBlocked(effective, spec.side)) return [];
      const posture = effective.side(spec.side);
      if (posture.plaintext.length > 0 || posture.autoTls === 'on') return [];
      const value = effective.get(auth);
      if (value.layer === 'unknown' || value.layer === 'launcher-default') return [];
      if (value.bool?.kind !== 'false') return [];
      const knownTls = posture.tls.length > 0;
      if (!knownTls && (value.layer === 'etcd-default' || !posture.listenersUnknown)) return [];
      const finding = certAuthFinding(meta, spec, effective, value.setting);
      return finding ? [finding] : [];
    },
  };
}

function certAuthFinding(
  meta: RuleMeta,
  spec: ClientCertAuthSpec,
  effective: EffectiveConfig,
  setting: Setting | undefined,
): Finding | undefined {
  const { config } = effective;
  const { launcher } = config;
  const posture = effective.side(spec.side);
  const subject = describeLauncher(launcher);
  const local =
    posture.tls.length > 0 && !posture.listenersUnknown && posture.tls.every((l) => l.url.reach === 'local');
  const noCa = posture.trustedCa === 'absent' && posture.tls.length > 0;
  const level = conditionalOf(setting, spec.localIsNote && local ? 'note' : noCa ? 'error' : 'warning');
  if (!level) return undefined;
  const what = spec.side === 'client' ? 'client-certificate auth' : 'peer client-certificate auth';
  const auth = spec.side === 'client' ? 'client-cert-auth' : 'peer-client-cert-auth';
  const ca = spelling(setting, launcher, spec.side === 'client' ? 'trusted-ca-file' : 'peer-trusted-ca-file');
  const how = setting
    ? `${describeSetting(setting)} turns off ${what}`
    : `${spelling(setting, launcher, auth)} is not set, so ${what} is off (etcd's default)`;
  const effect = noCa
    ? `, and no ${ca} is set, so etcd's TLS ${spec.side} listener accepts anyone who reaches the port without a certificate${spec.side === 'client' ? ', to read and write every key' : ', as a member'}`
    : posture.trustedCa === 'set'
      ? `; etcd still requires ${spec.side} certificates signed by ${ca} at the TLS layer, so only the mapping of certificate names to etcd identities is lost`
      : `; whether ${ca} is set, which would still make TLS demand CA-signed certificates, is not known from the files`;
  const first = `${subject}: ${how}${effect} (CIS Kubernetes ${meta.cis}).`;
  const caveats = [
    ...settingCaveats(setting, launcher),
    ...(spec.localIsNote && local
      ? ['Every peer listener is on loopback, so only a member on the same host can reach it.']
      : []),
  ];
  const fix = clientCertAuthFix(setting, launcher, spec.side);
  const message = [first, ...caveats, `Fix: ${fix}`].join(' ');
  const at = setting ? { span: setting.span, file: setting.file, setting } : { span: config.span };
  return ownedFinding(meta, effective.config, at, level, spec.title, message, subject, fix);
}
