import type { Node, Pair } from 'yaml';
import { SIDE_FLAGS } from '../etcd/effective.js';
import { etcdFlagOfEnv } from '../etcd/env-vars.js';
import type { Setting } from '../model.js';
import type { ExtractEnv, YamlContext } from './extractor.js';
import type { PodSpecObject } from './kubernetes-objects.js';
import type { ConfigMapEntry } from './scan-index.js';

/**
 * The `ETCD_*` variables of a container in the kubelet's order: `envFrom` sources first (a later
 * source wins), then `env` entries (they win over `envFrom`; a later entry wins). Values from
 * ConfigMaps in the scanned set are located at the ConfigMap key, in the ConfigMap's file; values
 * from Secrets, fields or ConfigMaps outside the scan are unknown and left out.
 */
export function containerEtcdEnv(
  context: YamlContext,
  object: PodSpecObject,
  container: Node,
  env: ExtractEnv,
): Setting[] {
  return [
    ...envFromSettings(context, object, container, env),
    ...envSettings(context, object, container, env),
  ];
}

function envFromSettings(
  context: YamlContext,
  object: PodSpecObject,
  container: Node,
  env: ExtractEnv,
): Setting[] {
  const { nav } = context;
  const settings: Setting[] = [];
  const sources = nav.items(nav.get(container, 'envFrom')).flatMap((source) => {
    const name = nav.text(nav.get(nav.get(source, 'configMapRef'), 'name'));
    const configMap = name ? env.index.configMap(name, object.namespace, context.fileRef.relPath) : undefined;
    return configMap ? [{ configMap, prefix: nav.text(nav.get(source, 'prefix')) ?? '' }] : [];
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

/**
 * The variables etcd's TLS evaluation reads (src/etcd/effective.ts): each side's auto-TLS and
 * certificate files, and the config file that overrides everything.
 */
const EVALUATED = new Set([
  ...Object.values(SIDE_FLAGS).flatMap((side) => [side.autoTls, side.certFile, side.keyFile]),
  'config-file',
]);

/** Per ConfigMap and prefix, computed once per scan (ConfigMap entries live as long as their index). */
const envFromCache = new WeakMap<ConfigMapEntry, Map<string, readonly Setting[]>>();

/**
 * The settings a ConfigMap gives through `envFrom` with a prefix: only the variables the evaluation
 * reads, and of each only the last non-empty definition (etcd skips empty variables and the last
 * one wins, so the others cannot change a verdict). Every etcd container reading the ConfigMap
 * shares the result: 2,000 containers reading a ConfigMap of 20,000 `ETCD_*` keys (a 470 KB file)
 * made 40 million settings and ran out of memory.
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
  for (let j = pairs.length - 1; j >= 0; j--) {
    const pair = pairs[j] as Pair;
    const key = `${prefix}${cm.nav.keyText(pair) ?? ''}`;
    const flag = etcdFlagOfEnv(key);
    const value = cm.nav.text(pair.value);
    if (!flag || value === undefined || value === '' || !EVALUATED.has(flag) || seen.has(flag)) continue;
    seen.add(flag);
    kept.push({
      name: flag,
      text: `${key}=${value}`,
      rawValue: value,
      origin: {
        kind: 'env',
        via: `from ConfigMap ${qualified(configMap.namespace, configMap.name)} (envFrom)`,
      },
      span: cm.pairSpan(pair),
      file: cm.fileRef,
    });
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
): Setting[] {
  const { nav } = context;
  const settings: Setting[] = [];
  for (const entry of nav.items(nav.get(container, 'env'))) {
    const namePair = nav.pair(entry, 'name');
    const name = nav.text(namePair?.value);
    const flag = name ? etcdFlagOfEnv(name) : undefined;
    if (!namePair || !name || !flag) continue;
    const valueFrom = nav.get(entry, 'valueFrom');
    if (!valueFrom) {
      const value = nav.text(nav.get(entry, 'value')) ?? '';
      settings.push({
        name: flag,
        text: `${name}=${value}`,
        rawValue: value,
        origin: { kind: 'env', via: 'in the container env' },
        span: context.pairSpan(namePair),
      });
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
    if (!configMap || !pair || value === undefined) continue;
    settings.push({
      name: flag,
      text: `${name}=${value}`,
      rawValue: value,
      origin: {
        kind: 'env',
        via: `from ConfigMap ${qualified(configMap.namespace, configMap.name)} key ${key} (valueFrom)`,
      },
      span: configMap.context.pairSpan(pair),
      file: configMap.context.fileRef,
    });
  }
  return settings;
}

function qualified(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}
