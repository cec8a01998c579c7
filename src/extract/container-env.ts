import type { Node, Pair } from 'yaml';
import { flagOfEnv } from '../etcd/settings.js';
import type { EnvSource, FileRef, Setting } from '../model.js';
import type { ExtractEnv } from './extractor.js';
import type { PodSpecObject } from './kubernetes-objects.js';
import type { ConfigMapEntry } from './scan-index.js';
import { envVariable, scalarValue } from './setting.js';
import type { YamlContext } from './yaml-context.js';

/** A container's `ETCD_*` variables, and why more may reach etcd than the files show. */
export interface ContainerEtcdEnv {
  settings: Setting[];
  open: string[];
}

/** A node with the document it belongs to (entries of a merged container come from several files). */
export interface Located {
  context: YamlContext;
  node: Node;
}

/**
 * One `env` entry of a container, possibly merged from several documents (a kustomize patch sets
 * `value` on a base entry): its name pair, and its `value` / `valueFrom` where they are written.
 */
export interface EnvEntry {
  name: string;
  /** The `name:` pair (a setting from this entry is anchored there). */
  at: { context: YamlContext; pair: Pair };
  value?: Located;
  valueFrom?: Located;
}

/** A container's `envFrom` sources and `env` entries, each with its document. */
export interface ContainerEnvSources {
  envFrom: Located[];
  env: EnvEntry[];
}

/** The `envFrom` and `env` entries of one container node. */
export function envSourcesOf(context: YamlContext, container: Node): ContainerEnvSources {
  const { nav } = context;
  const envFrom = nav.items(nav.get(container, 'envFrom')).map((node) => ({ context, node }));
  const env: EnvEntry[] = [];
  for (const entry of nav.items(nav.get(container, 'env'))) {
    const pair = nav.pair(entry, 'name');
    const name = nav.text(pair?.value);
    if (!pair || !name) continue;
    const value = nav.get(entry, 'value');
    const valueFrom = nav.get(entry, 'valueFrom');
    env.push({
      name,
      at: { context, pair },
      ...(value ? { value: { context, node: value } } : {}),
      ...(valueFrom ? { valueFrom: { context, node: valueFrom } } : {}),
    });
  }
  return { envFrom, env };
}

/**
 * The `ETCD_*` variables of a container in the kubelet's order: `envFrom` sources first (a later
 * source wins), then `env` entries (they win over `envFrom`; a later entry wins). Values from
 * ConfigMaps in the scanned set are located at the ConfigMap key, in the ConfigMap's file; values
 * from Secrets, fields or ConfigMaps outside the scan are unknown: left out, and the reason noted.
 */
export function containerEtcdEnv(
  context: YamlContext,
  object: PodSpecObject,
  container: Node,
  env: ExtractEnv,
): ContainerEtcdEnv {
  return etcdEnvOf(object, envSourcesOf(context, container), env, context.fileRef);
}

/**
 * The same for entries that may come from several files (a container merged by kustomize): a
 * setting written outside `own` (the workload's file) carries its file.
 */
export function etcdEnvOf(
  object: PodSpecObject,
  sources: ContainerEnvSources,
  env: ExtractEnv,
  own: FileRef,
): ContainerEtcdEnv {
  const open: string[] = [];
  const settings = [
    ...envFromSettings(object, sources.envFrom, env, own, open),
    ...envSettings(object, sources.env, env, own, open),
  ];
  return { settings, open };
}

function envFromSettings(
  object: PodSpecObject,
  envFrom: readonly Located[],
  env: ExtractEnv,
  own: FileRef,
  open: string[],
): Setting[] {
  const settings: Setting[] = [];
  const sources = envFrom.flatMap(({ context, node: source }) => {
    const { nav } = context;
    const name = nav.text(nav.get(nav.get(source, 'configMapRef'), 'name'));
    const configMap = name ? env.index.configMap(name, object.namespace, own.relPath) : undefined;
    if (!configMap) {
      const secret = nav.text(nav.get(nav.get(source, 'secretRef'), 'name'));
      open.push(
        name
          ? `envFrom reads ConfigMap ${name}, which is not in the scan`
          : `envFrom reads ${secret ? `Secret ${secret}` : 'a source'} whose values are not in the files`,
      );
      return [];
    }
    return [{ configMap, prefix: nav.text(nav.get(source, 'prefix')) ?? '' }];
  });
  // The same ConfigMap and prefix listed again (an aliased entry repeated thousands of times) only
  // matters at its last position, since a later source wins: earlier repeats are skipped, so a
  // small file cannot multiply a large ConfigMap into millions of settings.
  const lastIndex = new Map<string, number>();
  sources.forEach(({ configMap, prefix }, i) => {
    lastIndex.set(`${configMap.namespace ?? ''}/${configMap.name}\u0000${prefix}`, i);
  });
  for (const [i, { configMap, prefix }] of sources.entries()) {
    if (lastIndex.get(`${configMap.namespace ?? ''}/${configMap.name}\u0000${prefix}`) !== i) continue;
    settings.push(...configMapSettings(configMap, prefix));
  }
  return settings;
}

/** Per ConfigMap and prefix, computed once per scan (ConfigMap entries live as long as their index). */
const envFromCache = new WeakMap<ConfigMapEntry, Map<string, readonly Setting[]>>();

/**
 * The settings a ConfigMap gives through `envFrom` with a prefix: of each variable only its last
 * definition (a ConfigMap key defined twice: the last one wins). Every etcd container reading the
 * ConfigMap shares the result: 2,000 containers reading a ConfigMap of 20,000 `ETCD_*` keys (a
 * 470 KB file) made 40 million settings and ran out of memory.
 */
function configMapSettings(configMap: ConfigMapEntry, prefix: string): readonly Setting[] {
  const byPrefix = envFromCache.get(configMap) ?? new Map<string, readonly Setting[]>();
  envFromCache.set(configMap, byPrefix);
  const cached = byPrefix.get(prefix);
  if (cached) return cached;
  const cm = configMap.context;
  const kept: Setting[] = [];
  const seen = new Set<string>();
  const pairs = cm.nav.pairs(configMap.data);
  const from: EnvSource = {
    kind: 'configmap',
    name: configMap.name,
    ...(configMap.namespace ? { namespace: configMap.namespace } : {}),
    via: 'envFrom',
  };
  for (let j = pairs.length - 1; j >= 0; j--) {
    const pair = pairs[j] as Pair;
    const key = `${prefix}${cm.nav.keyText(pair) ?? ''}`;
    const value = cm.nav.text(pair.value);
    if (value === undefined || seen.has(key) || !flagOfEnv(key)) continue;
    seen.add(key);
    const setting = envVariable(key, value, cm.pairSpan(pair), from, scalarValue(cm, pair.value));
    if (setting) kept.push({ ...setting, file: cm.fileRef });
  }
  kept.reverse();
  byPrefix.set(prefix, kept);
  return kept;
}

function envSettings(
  object: PodSpecObject,
  entries: readonly EnvEntry[],
  env: ExtractEnv,
  own: FileRef,
  open: string[],
): Setting[] {
  const settings: Setting[] = [];
  for (const entry of entries) {
    const { name } = entry;
    if (!flagOfEnv(name)) continue;
    const { context } = entry.at;
    const inFile = (setting: Setting, file: FileRef) =>
      file.absPath === own.absPath ? setting : { ...setting, file };
    if (entry.value && entry.valueFrom) {
      // The API server refuses an entry with both (a kustomize merge can make one).
      open.push(`${name} has both value and valueFrom, which Kubernetes refuses`);
      continue;
    }
    if (!entry.valueFrom) {
      const value = entry.value ? (entry.value.context.nav.text(entry.value.node) ?? '') : '';
      // Where the value's characters are (one URL of a list), when the value is in the entry's file.
      const where =
        entry.value && entry.value.context === context ? scalarValue(context, entry.value.node) : {};
      const setting = envVariable(name, value, context.pairSpan(entry.at.pair), { kind: 'container' }, where);
      // `value: {{ .Values.x | quote }}` in a template: set, to a value not known here.
      const templated = entry.value?.context.isTemplated(entry.value.node) === true;
      if (setting)
        settings.push(inFile(templated ? { ...setting, valueUnknown: true } : setting, context.fileRef));
      continue;
    }
    const { nav } = entry.valueFrom.context;
    const ref = nav.get(entry.valueFrom.node, 'configMapKeyRef');
    const cmName = nav.text(nav.get(ref, 'name'));
    const key = nav.text(nav.get(ref, 'key'));
    const configMap = cmName ? env.index.configMap(cmName, object.namespace, own.relPath) : undefined;
    const pair = configMap && key ? env.index.configMapKey(configMap, key) : undefined;
    const value = pair ? configMap?.context.nav.text(pair.value) : undefined;
    if (!configMap || !pair || value === undefined) {
      open.push(`${name} comes from valueFrom, whose value is not in the files`);
      continue;
    }
    const setting = envVariable(
      name,
      value,
      configMap.context.pairSpan(pair),
      {
        kind: 'configmap',
        name: configMap.name,
        ...(configMap.namespace ? { namespace: configMap.namespace } : {}),
        key: key ?? '',
        via: 'valueFrom',
      },
      scalarValue(configMap.context, pair.value),
    );
    if (setting) settings.push({ ...setting, file: configMap.context.fileRef });
  }
  return settings;
}
