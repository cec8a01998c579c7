import type { Node } from 'yaml';
import { etcdFlagOfEnv } from '../etcd/env-vars.js';
import type { Setting } from '../model.js';
import type { ExtractEnv, YamlContext } from './extractor.js';
import type { PodSpecObject } from './kubernetes-objects.js';

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
  for (const source of nav.items(nav.get(container, 'envFrom'))) {
    const name = nav.text(nav.get(nav.get(source, 'configMapRef'), 'name'));
    const configMap = name ? env.index.configMap(name, object.namespace) : undefined;
    if (!configMap) continue;
    const prefix = nav.text(nav.get(source, 'prefix')) ?? '';
    const cm = configMap.context;
    for (const pair of cm.nav.pairs(configMap.data)) {
      const key = `${prefix}${cm.nav.keyText(pair) ?? ''}`;
      const flag = etcdFlagOfEnv(key);
      const value = cm.nav.text(pair.value);
      if (!flag || value === undefined) continue;
      settings.push({
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
  }
  return settings;
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
    const configMap = cmName ? env.index.configMap(cmName, object.namespace) : undefined;
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
