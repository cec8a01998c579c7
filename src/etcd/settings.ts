// etcd's settings in one table: each flag's type, its `ETCD_*` variable, where etcd's YAML config
// file sets it, and etcd's default. Flag names and types were read from etcd's sources
// (release-3.4 etcdmain/config.go, release-3.5 server/etcdmain/config.go, release-3.6 and main
// server/embed/config.go + server/etcdmain/config.go: every `fs.*Var` registration); config-file keys
// from the `configYAML`/`securityConfig` JSON tags of server/embed/config.go; defaults from
// `NewConfig()` (shared/research/semantics-tls-posture.md §2.1).

/**
 * How etcd reads a value. Go's `flag` package lets only booleans stand alone (`--auto-tls`); every
 * other flag written without `=` takes the next argument as its value, whatever it looks like.
 */
export type SettingType = 'bool' | 'string' | 'path' | 'urls' | 'list';

export type TlsSide = 'client' | 'peer';

export interface SettingSpec {
  /** The flag name without dashes. */
  flag: string;
  type: SettingType;
  /** `ETCD_` + upper-case name with `-` as `_` (pkg/flags FlagToEnv). */
  env: string;
  /**
   * Where etcd's config file sets it: a top-level key, or a key of `client-transport-security` /
   * `peer-transport-security`. Undefined: a config file cannot set it (`client-crl-file`).
   */
  configKey?: readonly [string] | readonly [ConfigSection, string];
  /** etcd's own value when nothing sets it (only where a rule or resolve needs it). */
  default?: string;
  side?: TlsSide;
  /**
   * A setting written where etcd does not read it (a top-level `auto-tls:` in a config file, a k3s
   * `etcd-arg`, a Talos deny-listed argument) is worth a scan notice: someone meant it.
   */
  noticeWhenIneffective?: boolean;
}

export type ConfigSection = 'client-transport-security' | 'peer-transport-security';

const CLIENT: ConfigSection = 'client-transport-security';
const PEER: ConfigSection = 'peer-transport-security';

/** The settings whose type, config key, side or default matter to resolve and the rules. */
const DESCRIBED: readonly Omit<SettingSpec, 'env'>[] = [
  { flag: 'config-file', type: 'path' },
  {
    flag: 'listen-client-urls',
    type: 'urls',
    configKey: ['listen-client-urls'],
    default: 'http://localhost:2379',
    side: 'client',
  },
  {
    flag: 'listen-client-http-urls',
    type: 'urls',
    configKey: ['listen-client-http-urls'],
    default: '',
    side: 'client',
  },
  {
    flag: 'advertise-client-urls',
    type: 'urls',
    configKey: ['advertise-client-urls'],
    default: 'http://localhost:2379',
    side: 'client',
  },
  {
    flag: 'listen-peer-urls',
    type: 'urls',
    configKey: ['listen-peer-urls'],
    default: 'http://localhost:2380',
    side: 'peer',
  },
  {
    flag: 'initial-advertise-peer-urls',
    type: 'urls',
    configKey: ['initial-advertise-peer-urls'],
    default: 'http://localhost:2380',
    side: 'peer',
  },
  { flag: 'listen-metrics-urls', type: 'urls', configKey: ['listen-metrics-urls'], default: '' },
  {
    flag: 'auto-tls',
    type: 'bool',
    configKey: [CLIENT, 'auto-tls'],
    default: 'false',
    side: 'client',
    noticeWhenIneffective: true,
  },
  {
    flag: 'cert-file',
    type: 'path',
    configKey: [CLIENT, 'cert-file'],
    default: '',
    side: 'client',
    noticeWhenIneffective: true,
  },
  {
    flag: 'key-file',
    type: 'path',
    configKey: [CLIENT, 'key-file'],
    default: '',
    side: 'client',
    noticeWhenIneffective: true,
  },
  {
    flag: 'client-cert-file',
    type: 'path',
    configKey: [CLIENT, 'client-cert-file'],
    default: '',
    side: 'client',
  },
  {
    flag: 'client-key-file',
    type: 'path',
    configKey: [CLIENT, 'client-key-file'],
    default: '',
    side: 'client',
  },
  {
    flag: 'client-cert-auth',
    type: 'bool',
    configKey: [CLIENT, 'client-cert-auth'],
    default: 'false',
    side: 'client',
    noticeWhenIneffective: true,
  },
  {
    flag: 'trusted-ca-file',
    type: 'path',
    configKey: [CLIENT, 'trusted-ca-file'],
    default: '',
    side: 'client',
    noticeWhenIneffective: true,
  },
  { flag: 'client-crl-file', type: 'path', side: 'client' },
  {
    flag: 'client-cert-allowed-hostname',
    type: 'list',
    configKey: [CLIENT, 'allowed-hostname'],
    side: 'client',
  },
  {
    flag: 'peer-auto-tls',
    type: 'bool',
    configKey: [PEER, 'auto-tls'],
    default: 'false',
    side: 'peer',
    noticeWhenIneffective: true,
  },
  {
    flag: 'peer-cert-file',
    type: 'path',
    configKey: [PEER, 'cert-file'],
    default: '',
    side: 'peer',
    noticeWhenIneffective: true,
  },
  {
    flag: 'peer-key-file',
    type: 'path',
    configKey: [PEER, 'key-file'],
    default: '',
    side: 'peer',
    noticeWhenIneffective: true,
  },
  {
    flag: 'peer-client-cert-file',
    type: 'path',
    configKey: [PEER, 'client-cert-file'],
    default: '',
    side: 'peer',
  },
  {
    flag: 'peer-client-key-file',
    type: 'path',
    configKey: [PEER, 'client-key-file'],
    default: '',
    side: 'peer',
  },
  {
    flag: 'peer-client-cert-auth',
    type: 'bool',
    configKey: [PEER, 'client-cert-auth'],
    default: 'false',
    side: 'peer',
    noticeWhenIneffective: true,
  },
  {
    flag: 'peer-trusted-ca-file',
    type: 'path',
    configKey: [PEER, 'trusted-ca-file'],
    default: '',
    side: 'peer',
    noticeWhenIneffective: true,
  },
  { flag: 'peer-crl-file', type: 'path', side: 'peer' },
  { flag: 'peer-cert-allowed-cn', type: 'list', configKey: [PEER, 'allowed-cn'], side: 'peer' },
  { flag: 'peer-cert-allowed-hostname', type: 'list', configKey: [PEER, 'allowed-hostname'], side: 'peer' },
  {
    flag: 'peer-skip-client-san-verification',
    type: 'bool',
    configKey: [PEER, 'skip-client-san-verification'],
    side: 'peer',
  },
  { flag: 'experimental-peer-skip-client-san-verification', type: 'bool', side: 'peer' },
  { flag: 'cipher-suites', type: 'list', configKey: ['cipher-suites'] },
  { flag: 'tls-min-version', type: 'string', configKey: ['tls-min-version'] },
  { flag: 'tls-max-version', type: 'string', configKey: ['tls-max-version'] },
];

/** Every other boolean flag of etcd 3.4 to 3.6 and main (they may stand alone on a command line). */
const OTHER_BOOLEANS = [
  'debug',
  'discovery-insecure-skip-tls-verify',
  'discovery-insecure-transport',
  'enable-distributed-tracing',
  'enable-grpc-gateway',
  'enable-log-rotation',
  'enable-pprof',
  'enable-v2',
  'experimental-compact-hash-check-enabled',
  'experimental-enable-distributed-tracing',
  'experimental-enable-lease-checkpoint',
  'experimental-enable-lease-checkpoint-persist',
  'experimental-initial-corrupt-check',
  'experimental-memory-mlock',
  'experimental-stop-grpc-service-on-defrag',
  'experimental-txn-mode-write-with-shared-buffer',
  'force-new-cluster',
  'initial-election-tick-advance',
  'memory-mlock',
  'next-cluster-version-compatible',
  'pre-vote',
  'socket-reuse-address',
  'socket-reuse-port',
  'strict-reconfig-check',
  'unsafe-no-fsync',
  'version',
  // Flags etcd still accepts and ignores (etcdmain/config.go `ignored`, flags.IgnoredFlag is a bool).
  'cluster-active-size',
  'cluster-remove-delay',
  'cluster-sync-interval',
  'config',
  'force',
  'max-result-buffer',
  'max-retry-attempts',
  'peer-heartbeat-interval',
  'peer-election-timeout',
  'retry-interval',
  'snapshot',
  'v',
  'vv',
];

/** Every other flag that takes a value, of etcd 3.4 to 3.6 and main. */
const OTHER_VALUES = [
  'auth-token',
  'auth-token-ttl',
  'auto-compaction-mode',
  'auto-compaction-retention',
  'backend-batch-interval',
  'backend-batch-limit',
  'backend-bbolt-freelist-type',
  'bcrypt-cost',
  'bootstrap-defrag-threshold-megabytes',
  'compact-hash-check-time',
  'compaction-batch-limit',
  'compaction-sleep-interval',
  'corrupt-check-time',
  'cors',
  'data-dir',
  'discovery',
  'discovery-cacert',
  'discovery-cert',
  'discovery-dial-timeout',
  'discovery-endpoints',
  'discovery-fallback',
  'discovery-keepalive-time',
  'discovery-keepalive-timeout',
  'discovery-key',
  'discovery-password',
  'discovery-proxy',
  'discovery-request-timeout',
  'discovery-srv',
  'discovery-srv-name',
  'discovery-token',
  'discovery-user',
  'distributed-tracing-address',
  'distributed-tracing-instance-id',
  'distributed-tracing-sampling-rate',
  'distributed-tracing-service-name',
  'downgrade-check-time',
  'election-timeout',
  'experimental-backend-bbolt-freelist-type',
  'experimental-bootstrap-defrag-threshold-megabytes',
  'experimental-compact-hash-check-time',
  'experimental-compaction-batch-limit',
  'experimental-compaction-sleep-interval',
  'experimental-corrupt-check-time',
  'experimental-distributed-tracing-address',
  'experimental-distributed-tracing-instance-id',
  'experimental-distributed-tracing-sampling-rate',
  'experimental-distributed-tracing-service-name',
  'experimental-downgrade-check-time',
  'experimental-enable-v2v3',
  'experimental-snapshot-catchup-entries',
  'experimental-warning-apply-duration',
  'experimental-warning-unary-request-duration',
  'experimental-watch-progress-notify-interval',
  // 3.6+: registered by the feature-gate package, not fs.*Var.
  'feature-gates',
  'grpc-keepalive-interval',
  'grpc-keepalive-min-time',
  'grpc-keepalive-timeout',
  'heartbeat-interval',
  'host-whitelist',
  'initial-cluster',
  'initial-cluster-state',
  'initial-cluster-token',
  'log-format',
  'log-level',
  'log-output',
  'log-outputs',
  'log-package-levels',
  'log-rotation-config-json',
  'logger',
  'max-concurrent-streams',
  'max-learners',
  'max-request-bytes',
  'max-snapshots',
  'max-txn-ops',
  'max-wals',
  'metrics',
  'name',
  'proxy',
  'proxy-dial-timeout',
  'proxy-failure-wait',
  'proxy-read-timeout',
  'proxy-refresh-interval',
  'proxy-write-timeout',
  'quota-backend-bytes',
  'raft-read-timeout',
  'raft-write-timeout',
  'self-signed-cert-validity',
  'snapshot-catchup-entries',
  'snapshot-count',
  'v2-deprecation',
  'wal-dir',
  'warning-apply-duration',
  'warning-unary-request-duration',
  'watch-progress-notify-interval',
];

/** `ETCD_` + upper-case flag name with `-` as `_` (etcd pkg/flags FlagToEnv). */
export function envNameOf(flag: string): string {
  return `ETCD_${flag.toUpperCase().replace(/-/g, '_')}`;
}

function build(): Map<string, SettingSpec> {
  const table = new Map<string, SettingSpec>();
  const add = (spec: Omit<SettingSpec, 'env'>) =>
    table.set(spec.flag, { ...spec, env: envNameOf(spec.flag) });
  for (const spec of DESCRIBED) add(spec);
  for (const flag of OTHER_BOOLEANS) add({ flag, type: 'bool', configKey: [flag] });
  for (const flag of OTHER_VALUES) add({ flag, type: 'string', configKey: [flag] });
  return table;
}

export const SETTINGS: ReadonlyMap<string, SettingSpec> = build();

export function settingSpec(flag: string): SettingSpec | undefined {
  return SETTINGS.get(flag);
}

export function isBooleanFlag(flag: string): boolean {
  return SETTINGS.get(flag)?.type === 'bool';
}

/**
 * The flag an `ETCD_*` variable sets (pkg/flags FlagToEnv in reverse): upper-case only, as etcd
 * matches it (`etcd_auto_tls` is not read). Names etcd does not know map to their would-be flag too;
 * resolve ignores them as etcd does.
 */
export function flagOfEnv(name: string): string | undefined {
  if (!/^ETCD_[A-Z0-9_]+$/.test(name)) return undefined;
  return name.slice(5).toLowerCase().replace(/_/g, '-');
}

/** The setting a config-file key sets: a top-level key, or `section.key` under a transport block. */
export function flagOfConfigKey(path: readonly string[]): string | undefined {
  return BY_CONFIG_KEY.get(path.join('.'));
}

const BY_CONFIG_KEY: ReadonlyMap<string, string> = new Map(
  [...SETTINGS.values()].flatMap((spec) => (spec.configKey ? [[spec.configKey.join('.'), spec.flag]] : [])),
);

/** Top-level keys that only an etcd config file has, to recognise one by content. */
export const ETCD_CONFIG_KEYS: ReadonlySet<string> = new Set([
  'data-dir',
  'wal-dir',
  'listen-client-urls',
  'listen-peer-urls',
  'advertise-client-urls',
  'initial-advertise-peer-urls',
  'initial-cluster',
  'initial-cluster-state',
  'initial-cluster-token',
  'snapshot-count',
  'heartbeat-interval',
  'election-timeout',
  'quota-backend-bytes',
  'client-transport-security',
  'peer-transport-security',
]);

export const CONFIG_SECTIONS: readonly ConfigSection[] = [CLIENT, PEER];

/** The flags of one side's auto-TLS and its certificate pair (etcd TLSInfo.Empty()). */
export const SIDE_FLAGS: Record<TlsSide, { autoTls: string; certFile: string; keyFile: string }> = {
  client: { autoTls: 'auto-tls', certFile: 'cert-file', keyFile: 'key-file' },
  peer: { autoTls: 'peer-auto-tls', certFile: 'peer-cert-file', keyFile: 'peer-key-file' },
};
