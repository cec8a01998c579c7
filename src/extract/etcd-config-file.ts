import type { Node, Pair } from 'yaml';
import { isScalar } from 'yaml';
import { parseGoBool } from '../etcd/go-flags.js';
import type { EtcdConfig, GoBool, Setting } from '../model.js';
import type { ExtractEnv, YamlContext, YamlExtractor } from './extractor.js';

/**
 * The only keys of etcd's config file that decide auto-TLS and its certificates (etcd
 * server/embed/config.go: `client-transport-security` / `peer-transport-security` are
 * `securityConfig` structs). Top-level `auto-tls` or `peer-auto-tls` keys are ignored by etcd.
 */
const SECTIONS: Record<string, Record<string, string>> = {
  'client-transport-security': { 'auto-tls': 'auto-tls', 'cert-file': 'cert-file', 'key-file': 'key-file' },
  'peer-transport-security': {
    'auto-tls': 'peer-auto-tls',
    'cert-file': 'peer-cert-file',
    'key-file': 'peer-key-file',
  },
};

/** Top-level keys that only an etcd config file has, to recognise one by content. */
const ETCD_CONFIG_KEYS = new Set([
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

/** go-yaml v2 (YAML 1.1), which etcd's loader uses: these plain scalars are booleans. */
const YAML11_TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const YAML11_FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);

/**
 * An etcd YAML configuration file (`--config-file`), recognised by content: a map that is not a
 * Kubernetes object and has etcd's own keys. Works on standalone files and on documents embedded
 * in ConfigMap values (see configmap-embedded.ts).
 */
export const etcdConfigFileExtractor: YamlExtractor = {
  id: 'etcd-config-file',
  extract(context, env) {
    const { nav } = context;
    const root = context.root;
    const map = nav.map(root);
    if (!map || nav.get(root, 'apiVersion') || nav.get(root, 'kind')) return [];
    const keys = nav.pairs(root).map((pair) => nav.keyText(pair) ?? '');
    const known = keys.filter((key) => ETCD_CONFIG_KEYS.has(key));
    const hasSection = keys.some((key) => key in SECTIONS);
    if (!hasSection && known.length < 2) return [];
    noteIgnoredTopLevel(context, env);
    if (!hasSection) return [];
    const settings: Setting[] = [];
    for (const [section, names] of Object.entries(SECTIONS)) {
      for (const pair of nav.pairs(nav.get(root, section))) {
        const key = nav.keyText(pair) ?? '';
        const name = names[key];
        if (name) settings.push(configSetting(context, pair, `${section}.${key}`, name));
      }
    }
    if (settings.length === 0) return [];
    const where = context.embedded?.where ?? context.fileRef.relPath;
    const config: EtcdConfig = {
      file: context.fileRef,
      launcher: { kind: 'config-file', where },
      flags: [],
      env: [],
      configFile: settings,
      impliedFlags: [],
      startupProblems: [],
    };
    return [config];
  },
};

function configSetting(context: YamlContext, pair: Pair, key: string, name: string): Setting {
  const value = pair.value as Node | null;
  const source = isScalar(value) ? (value.source ?? String(value.value ?? '')) : '';
  return {
    name,
    text: `${key}: ${source}`,
    rawValue: isScalar(value) && value.value !== null ? String(value.value) : '',
    bool: yaml11Bool(value),
    origin: { kind: 'config-file', key },
    span: context.pairSpan(pair),
  };
}

/**
 * How etcd decodes the value into a Go bool: YAML 1.1 plain booleans; null leaves it false; a
 * quoted string or a number is a type error and etcd will not start (the writer's intent is kept).
 */
function yaml11Bool(value: Node | null): GoBool {
  if (!isScalar(value) || value.value === null) return { kind: 'false' };
  const source = value.source ?? String(value.value);
  if (value.type === 'PLAIN' && YAML11_TRUE.has(source)) return { kind: 'true' };
  if (value.type === 'PLAIN' && YAML11_FALSE.has(source)) return { kind: 'false' };
  const parsed = parseGoBool(String(value.value));
  return {
    kind: 'invalid',
    meansTrue: parsed.kind === 'true' || (parsed.kind === 'invalid' && parsed.meansTrue),
  };
}

/** `auto-tls: true` at the top level (what k3s/RKE2 `etcd-arg` writes) has no effect: say so. */
function noteIgnoredTopLevel(context: YamlContext, env: ExtractEnv): void {
  for (const key of ['auto-tls', 'peer-auto-tls']) {
    const pair = context.nav.pair(context.root, key);
    if (!pair) continue;
    env.notify({
      level: 'note',
      id: 'ineffective-setting',
      message: `top-level \`${key}\` in an etcd config file is ignored by etcd (only \`client-transport-security.auto-tls\` and \`peer-transport-security.auto-tls\` count); it does not enable auto-TLS and can be removed`,
      file: context.fileRef,
      span: context.pairSpan(pair),
    });
  }
}
