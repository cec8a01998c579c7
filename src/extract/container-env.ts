import type { Node, Pair } from 'yaml';
import { flagOfEnv } from '../etcd/settings.js';
import type { EnvSource, Setting } from '../model.js';
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
  const open: string[] = [];
  const settings = [
    ...envFromSettings(context, object, container, env, open),
    ...envSettings(context, object, container, env, open),
  ];
  return { settings, open };
}

function envFromSettings(
  context: YamlContext,
  object: PodSpecObject,
  container: Node,
  env: ExtractEnv,
  open: string[],
): Setting[] {
  const { nav } = context;
  const settings: Setting[] = [];
  const sources = nav.items(nav.get(container, 'envFrom')).flatMap((source) => {
    const name = nav.text(nav.get(nav.get(source, 'configMapRef'), 'name'));
    const configMap = name ? env.index.configMap(name, object.namespace, context.fileRef.relPath) : undefined;
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
  context: YamlContext,
  object: PodSpecObject,
  container: Node,
  env: ExtractEnv,
  open: string[],
): Setting[] {
  const { nav } = context;
  const settings: Setting[] = [];
  for (const entry of nav.items(nav.get(container, 'env'))) {
    const namePair = nav.pair(entry, 'name');
    const name = nav.text(namePair?.value);
    if (!namePair || !name || !flagOfEnv(name)) continue;
    const valueFrom = nav.get(entry, 'valueFrom');
    if (!valueFrom) {
      const valueNode = nav.get(entry, 'value');
      const value = nav.text(valueNode) ?? '';
      const setting = envVariable(
        name,
        value,
        context.pairSpan(namePair),
        { kind: 'container' },
        scalarValue(context, valueNode),
      );
      if (setting) settings.push(setting);
      continue;
    }
    const ref = nav.get(valueFrom, 'configMapKeyRef');
    const cmName = nav.text(nav.get(ref, 'name'));
    const key = nav.text(nav.get(ref, 'key'));
    const configMap = cmName
      ? env.index.configMap(cmName, object.namespace, context.fileRef.relPath)
      : undefined;
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
