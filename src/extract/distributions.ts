import type { Node, Pair } from 'yaml';
import { isScalar } from 'yaml';
import { CERTIFICATE_FLAGS } from '../etcd/effective.js';
import { etcdFlagOfEnv } from '../etcd/env-vars.js';
import { type ArgWord, parseEtcdArgv } from '../etcd/go-flags.js';
import type { EtcdConfig, Setting, SettingOrigin, StartupProblem } from '../model.js';
import type { YamlContext, YamlExtractor } from './extractor.js';

/**
 * k0s and RKE always start etcd with their own certificates (k0s pkg/component/controller/etcd.go,
 * RKE cluster/plan.go BuildEtcdProcess), so auto-TLS there is inert at run time unless the user's
 * own arguments blank them.
 */

/**
 * k0s `ClusterConfig` (`k0s.k0sproject.io/v1beta1`, kind `ClusterConfig` or `Cluster`), standalone
 * or embedded in a k0sctl `Cluster` at `spec.k0s.config`. k0s renders `spec.storage.etcd.extraArgs`
 * as `--name=value` (replacing its own default of the same name, sorted by name), then appends
 * `spec.storage.etcd.rawArgs` verbatim, one argv element each, so a raw argument wins. With
 * `spec.storage.type: kine` or `spec.storage.etcd.externalCluster` k0s runs no etcd.
 */
export const k0sExtractor: YamlExtractor = {
  id: 'k0s',
  extract(context) {
    const { nav } = context;
    const root = context.root;
    const apiVersion = nav.text(nav.get(root, 'apiVersion')) ?? '';
    const kind = nav.text(nav.get(root, 'kind'));
    let config: Node | undefined;
    let prefix = '';
    if (apiVersion.startsWith('k0s.k0sproject.io/') && (kind === 'ClusterConfig' || kind === 'Cluster')) {
      config = root;
    } else if (apiVersion.startsWith('k0sctl.k0sproject.io/') && kind === 'Cluster') {
      config = nav.map(nav.path(root, ['spec', 'k0s', 'config']));
      prefix = 'spec.k0s.config.';
    }
    const storage = nav.path(config, ['spec', 'storage']);
    const type = nav.text(nav.get(storage, 'type'));
    if (!config || (type !== undefined && type !== '' && type !== 'etcd')) return [];
    const etcd = nav.get(storage, 'etcd');
    if (!etcd || isSet(nav.get(etcd, 'externalCluster'))) return [];
    const extraArgsField = `${prefix}spec.storage.etcd.extraArgs`;
    const mapOrigin: SettingOrigin = { kind: 'extra-arg', tool: 'k0s', field: extraArgsField, shape: 'map' };
    const rawOrigin: SettingOrigin = {
      kind: 'extra-arg',
      tool: 'k0s',
      field: `${prefix}spec.storage.etcd.rawArgs`,
      shape: 'raw',
    };
    const raw = rawArgs(context, nav.get(etcd, 'rawArgs'), rawOrigin);
    const flags = [...mapArgs(context, nav.pairs(nav.get(etcd, 'extraArgs')), mapOrigin), ...raw.flags];
    if (flags.length === 0) return [];
    const objectName =
      nav.text(nav.path(config, ['metadata', 'name'])) ??
      nav.text(nav.path(root, ['metadata', 'name'])) ??
      kind ??
      'ClusterConfig';
    const result: EtcdConfig = {
      file: context.fileRef,
      launcher: { kind: 'distribution', distribution: 'k0s', objectName },
      flags,
      env: [],
      impliedFlags: CERTIFICATE_FLAGS,
      startupProblems: raw.startupProblems,
    };
    return [result];
  },
};

/**
 * RKE1 `cluster.yml` (`services.etcd`, or `rancher_kubernetes_engine_config.services.etcd` in a
 * Rancher cluster config). RKE builds etcd's command from its defaults overridden by `extra_args`
 * (`--name=value`), then appends every value of `extra_args_array` (`--name=value` each), and
 * appends `extra_env` (`KEY=VALUE`) to the container environment (cluster/plan.go
 * BuildEtcdProcess). With `services.etcd.external_urls` RKE runs no etcd.
 */
export const rkeExtractor: YamlExtractor = {
  id: 'rke',
  extract(context) {
    const { nav } = context;
    const root = context.root;
    const nested = nav.map(nav.get(root, 'rancher_kubernetes_engine_config'));
    const cluster = nested ?? root;
    const prefix = nested ? 'rancher_kubernetes_engine_config.services.etcd' : 'services.etcd';
    const etcd = nav.map(nav.path(cluster, ['services', 'etcd']));
    if (!etcd) return [];
    const looksLikeRke =
      nested !== undefined ||
      ['nodes', 'kubernetes_version', 'network'].some((key) => nav.pair(cluster, key) !== undefined) ||
      nav.path(cluster, ['services', 'kube-api']) !== undefined;
    if (!looksLikeRke || nav.items(nav.get(etcd, 'external_urls')).length > 0) return [];
    const mapOrigin: SettingOrigin = {
      kind: 'extra-arg',
      tool: 'RKE',
      field: `${prefix}.extra_args`,
      shape: 'map',
    };
    const arrayOrigin: SettingOrigin = {
      kind: 'extra-arg',
      tool: 'RKE',
      field: `${prefix}.extra_args_array`,
      shape: 'list',
    };
    const flags = [
      ...mapArgs(context, nav.pairs(nav.get(etcd, 'extra_args')), mapOrigin),
      ...arrayArgs(context, nav.pairs(nav.get(etcd, 'extra_args_array')), arrayOrigin),
    ];
    const env = envList(context, nav.get(etcd, 'extra_env'), `in ${prefix}.extra_env`);
    if (flags.length === 0 && env.length === 0) return [];
    const objectName =
      nav.text(nav.get(cluster, 'cluster_name')) ??
      nav.text(nav.get(root, 'name')) ??
      baseName(context.fileRef.relPath);
    const result: EtcdConfig = {
      file: context.fileRef,
      launcher: { kind: 'distribution', distribution: 'RKE', objectName },
      flags,
      env,
      impliedFlags: CERTIFICATE_FLAGS,
      startupProblems: [],
    };
    return [result];
  },
};

/** A map of flag name to value, each rendered `--name=value`; the region is the whole entry. */
function mapArgs(context: YamlContext, pairs: Pair[], origin: SettingOrigin): Setting[] {
  return pairs.flatMap((pair) => {
    const name = context.nav.keyText(pair);
    const rawValue = context.nav.text(pair.value);
    if (!name || rawValue === undefined) return [];
    return [
      {
        name,
        text: `${name}: ${firstLine(context, pair.value as Node | null)}`,
        rawValue,
        origin,
        span: context.pairSpan(pair),
      },
    ];
  });
}

/** RKE `extra_args_array`: a map of flag name to a list of values, each rendered `--name=value`. */
function arrayArgs(context: YamlContext, pairs: Pair[], origin: SettingOrigin): Setting[] {
  const { nav } = context;
  return pairs.flatMap((pair) => {
    const name = nav.keyText(pair);
    if (!name) return [];
    return nav.items(pair.value).flatMap((item) => {
      const rawValue = nav.text(item);
      if (rawValue === undefined) return [];
      const text = `${name}: [${firstLine(context, item)}]`;
      return [{ name, text, rawValue, origin, span: context.nodeSpan(item) }];
    });
  });
}

/** k0s `rawArgs`: argv elements as written, read the way etcd's flag parser reads them. */
function rawArgs(
  context: YamlContext,
  list: Node | undefined,
  origin: SettingOrigin,
): { flags: Setting[]; startupProblems: StartupProblem[] } {
  const { nav } = context;
  const words: ArgWord[] = nav.items(list).flatMap((item) => {
    const value = nav.text(item);
    return value === undefined ? [] : [{ value, opaque: false, span: context.nodeSpan(item) }];
  });
  const parsed = parseEtcdArgv(words, false);
  return {
    flags: parsed.flags.map((flag) => ({ ...flag, origin })),
    startupProblems: parsed.startupProblems,
  };
}

/** A list of `KEY=VALUE` strings (RKE `extra_env`); entries without `=` set nothing. */
function envList(context: YamlContext, list: Node | undefined, via: string): Setting[] {
  const { nav } = context;
  const origin: SettingOrigin = { kind: 'env', via };
  return nav.items(list).flatMap((item) => {
    const entry = nav.text(item);
    const eq = entry?.indexOf('=') ?? -1;
    if (entry === undefined || eq < 0) return [];
    const name = etcdFlagOfEnv(entry.slice(0, eq));
    if (!name) return [];
    return [{ name, text: entry, rawValue: entry.slice(eq + 1), origin, span: context.nodeSpan(item) }];
  });
}

/** Whether a field holds a value (not absent, not null). */
function isSet(node: Node | undefined): boolean {
  return node !== undefined && !(isScalar(node) && node.value === null);
}

/** The first line of a value's source text, for messages. */
function firstLine(context: YamlContext, node: Node | null): string {
  const range = node?.range;
  if (!range) return '';
  const text = context.ownText.slice(range[0], range[1]);
  return text.split(/\r?\n/, 1)[0] ?? text;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
