// What each launcher passes to etcd by itself, and how it treats the user's own arguments. Values
// read from the launchers' sources (shared/research/semantics-tls-posture.md §3): they are part of
// the effective configuration (a kubeadm etcd has certificates and client-certificate auth) and are
// never reported themselves; only an explicit user override of them can be.

import type { Distribution, Setting, Span, StartupProblem } from '../model.js';
import { settingSpec } from './settings.js';

type Defaults = Readonly<Record<string, string | undefined>>;

/**
 * kubeadm `getEtcdCommand` (cmd/kubeadm/app/phases/etcd/local.go): https listeners on its advertise
 * address, its etcd CA, server and peer certificates, client-certificate auth on both sides, and a
 * plaintext metrics listener on loopback. A user's extraArgs of the same name replace these.
 */
export function kubeadmDefaults(certificatesDir: string): Defaults {
  let dir = certificatesDir;
  while (dir.endsWith('/')) dir = dir.slice(0, -1);
  const pki = `${dir}/etcd`;
  return {
    'listen-client-urls': 'https://127.0.0.1:2379,https://<advertiseAddress>:2379',
    'advertise-client-urls': 'https://<advertiseAddress>:2379',
    'listen-peer-urls': 'https://<advertiseAddress>:2380',
    'initial-advertise-peer-urls': 'https://<advertiseAddress>:2380',
    'cert-file': `${pki}/server.crt`,
    'key-file': `${pki}/server.key`,
    'trusted-ca-file': `${pki}/ca.crt`,
    'client-cert-auth': 'true',
    'peer-cert-file': `${pki}/peer.crt`,
    'peer-key-file': `${pki}/peer.key`,
    'peer-trusted-ca-file': `${pki}/ca.crt`,
    'peer-client-cert-auth': 'true',
    'listen-metrics-urls': 'http://127.0.0.1:2381',
  };
}

/** k0s `(*Etcd).Start` (pkg/component/controller/etcd.go): extraArgs replace these by name, rawArgs follow. */
export const K0S_DEFAULTS: Defaults = {
  'listen-client-urls': 'https://127.0.0.1:2379',
  'advertise-client-urls': 'https://127.0.0.1:2379',
  'listen-peer-urls': 'https://<peerAddress>:2380',
  'initial-advertise-peer-urls': 'https://<peerAddress>:2380',
  'client-cert-auth': 'true',
  'tls-min-version': 'TLS1.2',
  'trusted-ca-file': '<certDir>/etcd/ca.crt',
  'cert-file': '<certDir>/etcd/server.crt',
  'key-file': '<certDir>/etcd/server.key',
  'peer-trusted-ca-file': '<certDir>/etcd/ca.crt',
  'peer-cert-file': '<certDir>/etcd/peer.crt',
  'peer-key-file': '<certDir>/etcd/peer.key',
  'peer-client-cert-auth': 'true',
};

/**
 * RKE1 `BuildEtcdProcess` (cluster/plan.go): https listeners, the cluster CA as trusted CA, the
 * node's etcd certificate; `extra_args` replace by name, and bare `--client-cert-auth` /
 * `--peer-client-cert-auth` are added unless `extra_args` names them (`undefined`: a bare flag).
 */
export const RKE_DEFAULTS: Defaults = {
  'listen-client-urls': 'https://<listenAddress>:2379',
  'advertise-client-urls': 'https://<internalAddress>:2379',
  'listen-peer-urls': 'https://<listenAddress>:2380',
  'initial-advertise-peer-urls': 'https://<internalAddress>:2380',
  'trusted-ca-file': '/etc/kubernetes/ssl/kube-ca.pem',
  'peer-trusted-ca-file': '/etc/kubernetes/ssl/kube-ca.pem',
  'cert-file': '/etc/kubernetes/ssl/kube-etcd-<node>.pem',
  'key-file': '/etc/kubernetes/ssl/kube-etcd-<node>-key.pem',
  'peer-cert-file': '/etc/kubernetes/ssl/kube-etcd-<node>.pem',
  'peer-key-file': '/etc/kubernetes/ssl/kube-etcd-<node>-key.pem',
  'client-cert-auth': undefined,
  'peer-client-cert-auth': undefined,
};

/**
 * The config file k3s and RKE2 write for their embedded etcd (k3s pkg/daemons/executor ETCDConfig,
 * pkg/etcd `cluster()`): TLS on both sides with their own etcd CAs, client-certificate auth, https
 * listeners, a plaintext metrics listener on loopback.
 */
export const K3S_DEFAULTS: Defaults = {
  'listen-client-urls': 'https://127.0.0.1:2379,https://<nodeAddress>:2379',
  'advertise-client-urls': 'https://<nodeAddress>:2379',
  'listen-peer-urls': 'https://127.0.0.1:2380,https://<nodeAddress>:2380',
  'initial-advertise-peer-urls': 'https://<nodeAddress>:2380',
  'listen-metrics-urls': 'http://127.0.0.1:2381',
  'cert-file': '<dataDir>/server/tls/etcd/server-client.crt',
  'key-file': '<dataDir>/server/tls/etcd/server-client.key',
  'trusted-ca-file': '<dataDir>/server/tls/etcd/server-ca.crt',
  'client-cert-auth': 'true',
  'peer-cert-file': '<dataDir>/server/tls/etcd/peer-server-client.crt',
  'peer-key-file': '<dataDir>/server/tls/etcd/peer-server-client.key',
  'peer-trusted-ca-file': '<dataDir>/server/tls/etcd/peer-ca.crt',
  'peer-client-cert-auth': 'true',
};

/**
 * Talos `argsForInit`/`argsForControlPlane` (internal/app/machined/pkg/system/services/etcd.go):
 * a deny-listed argument set; a user `cluster.etcd.extraArgs` entry for any of these names is a
 * DenylistError, and etcd is not started.
 */
export const TALOS_DEFAULTS: Defaults = {
  name: '<hostname>',
  'auto-tls': 'false',
  'peer-auto-tls': 'false',
  'data-dir': '/var/lib/etcd',
  'listen-peer-urls': 'https://<listenAddress>:2380',
  'listen-client-urls': 'https://<listenAddress>:2379',
  'listen-client-http-urls': 'https://<listenAddress>:2382',
  'client-cert-auth': 'true',
  'cert-file': '/system/secrets/etcd/server.crt',
  'key-file': '/system/secrets/etcd/server.key',
  'trusted-ca-file': '/system/secrets/etcd/ca.crt',
  'peer-client-cert-auth': 'true',
  'peer-cert-file': '/system/secrets/etcd/peer.crt',
  'peer-key-file': '/system/secrets/etcd/peer.key',
  'peer-trusted-ca-file': '/system/secrets/etcd/ca.crt',
  'feature-gates': 'InitialCorruptCheck=true,CompactHashCheck=true',
  'watch-progress-notify-interval': '5s',
  'tls-min-version': 'TLS1.3',
};

/**
 * What Talos passes only when the user's extraArgs do not (etcd.go argsForInit, "set only if absent"):
 * not deny-listed, so a user value replaces it (which last-wins models: implied flags come first).
 */
export const TALOS_IF_ABSENT: Defaults = {
  'advertise-client-urls': 'https://<advertiseAddress>:2379',
  'initial-advertise-peer-urls': 'https://<advertiseAddress>:2380',
};

/** Settings a launcher passes, as `launcher-default` settings anchored on the launcher's span. */
export function impliedSettings(
  tool: string,
  defaults: Defaults,
  as: 'flag' | 'config-file',
  span: Span,
): Setting[] {
  return Object.entries(defaults).map(([name, rawValue]) => {
    const key = as === 'flag' ? `--${name}` : (settingSpec(name)?.configKey?.join('.') ?? name);
    const text =
      as === 'flag' ? (rawValue === undefined ? key : `${key}=${rawValue}`) : `${key}: ${rawValue ?? ''}`;
    return { name, key, text, rawValue, origin: { kind: 'launcher-default', tool, as }, span };
  });
}

/** A user argument a launcher refuses: etcd never starts with it. */
export interface Refusal {
  setting: Setting;
  problem: StartupProblem;
  /** The value the launcher insists on. */
  launcherValue: string | undefined;
}

/** How a distribution treats the user's own etcd arguments. */
export interface LauncherRules {
  /** It writes etcd's configuration as a config file (k3s/RKE2), so its arguments are config keys. */
  writesConfigFile: boolean;
  /** The user's flags etcd actually gets. */
  acceptedFlags(flags: readonly Setting[]): readonly Setting[];
  /** User arguments the launcher refuses, each stopping etcd from starting. */
  refusals(flags: readonly Setting[]): Refusal[];
}

const PLAIN: LauncherRules = { writesConfigFile: false, acceptedFlags: (flags) => flags, refusals: () => [] };

const TALOS_DENIED = new Set(Object.keys(TALOS_DEFAULTS));

export const LAUNCHER_RULES: Record<Distribution, LauncherRules> = {
  k0s: PLAIN,
  RKE: PLAIN,
  'k3s/RKE2': { ...PLAIN, writesConfigFile: true },
  Talos: {
    writesConfigFile: false,
    acceptedFlags: (flags) => flags.filter((flag) => !TALOS_DENIED.has(flag.name)),
    refusals: (flags) =>
      flags
        .filter((flag) => TALOS_DENIED.has(flag.name))
        .map((setting) => ({
          setting,
          problem: {
            message: `Talos will not start etcd: \`${setting.name}\` is on the deny-list of its etcd service (a user value for it is a DenylistError)`,
            span: setting.span,
            flag: setting.name,
          },
          launcherValue: TALOS_DEFAULTS[setting.name],
        })),
  },
};

/** The Secrets of an aenix-io etcd-operator `EtcdCluster`'s `spec.security.tls` (set: non-empty). */
export interface AenixTls {
  peerSecret: boolean;
  serverSecret: boolean;
  clientSecret: boolean;
}

/** One argument the operator passes: `field` is set when the resource's missing Secret chose it. */
export interface OperatorArg {
  name: string;
  value: string | undefined;
  field?: string;
}

/**
 * `generateEtcdArgs` of aenix-io/etcd-operator (internal/controller/factory/statefulset.go @
 * 653761850, the same since v0.1.0): its own listeners and data dir, then `--peer-auto-tls` unless
 * `spec.security.tls.peerSecret` names a Secret (then the peer certificate files and
 * `--peer-client-cert-auth`), the server certificate files with `serverSecret`, the client CA and
 * `--client-cert-auth` with `clientSecret`; client URLs are http without `serverSecret`. The user's
 * `spec.options` follow, sorted.
 */
export function aenixOperatorArgs(tls: AenixTls): OperatorArg[] {
  const scheme = tls.serverSecret ? 'https://' : 'http://';
  const server = tls.serverSecret ? undefined : 'spec.security.tls.serverSecret';
  const fieldOf = (field: string | undefined) => (field ? { field } : {});
  return [
    { name: 'name', value: '$(POD_NAME)' },
    { name: 'listen-metrics-urls', value: 'http://0.0.0.0:2381' },
    { name: 'listen-peer-urls', value: 'https://0.0.0.0:2380' },
    { name: 'listen-client-urls', value: `${scheme}0.0.0.0:2379`, ...fieldOf(server) },
    {
      name: 'initial-advertise-peer-urls',
      value: 'https://$(POD_NAME).<headless-service>.$(POD_NAMESPACE).svc:2380',
    },
    { name: 'data-dir', value: '/var/run/etcd/default.etcd' },
    {
      name: 'advertise-client-urls',
      value: `${scheme}$(POD_NAME).<headless-service>.$(POD_NAMESPACE).svc:2379`,
      ...fieldOf(server),
    },
    ...(tls.peerSecret
      ? [
          { name: 'peer-trusted-ca-file', value: '/etc/etcd/pki/peer/ca/ca.crt' },
          { name: 'peer-cert-file', value: '/etc/etcd/pki/peer/cert/tls.crt' },
          { name: 'peer-key-file', value: '/etc/etcd/pki/peer/cert/tls.key' },
          { name: 'peer-client-cert-auth', value: undefined },
        ]
      : [{ name: 'peer-auto-tls', value: undefined, field: 'spec.security.tls.peerSecret' }]),
    ...(tls.serverSecret
      ? [
          { name: 'cert-file', value: '/etc/etcd/pki/server/cert/tls.crt' },
          { name: 'key-file', value: '/etc/etcd/pki/server/cert/tls.key' },
        ]
      : []),
    ...(tls.clientSecret
      ? [
          { name: 'trusted-ca-file', value: '/etc/etcd/pki/client/ca/ca.crt' },
          { name: 'client-cert-auth', value: undefined },
        ]
      : []),
    { name: 'auto-compaction-retention', value: '5m' },
    { name: 'snapshot-count', value: '10000' },
  ];
}

/** `validateOptions` (api/v1alpha1/etcdcluster_webhook.go): the webhook refuses these in `spec.options`. */
export const AENIX_SYSTEM_FLAGS: ReadonlySet<string> = new Set([
  'name',
  'listen-peer-urls',
  'listen-client-urls',
  'initial-advertise-peer-urls',
  'data-dir',
  'auto-tls',
  'peer-auto-tls',
  'advertise-client-urls',
]);
