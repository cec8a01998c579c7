import type { Node, Pair } from 'yaml';
import { isScalar } from 'yaml';
import { type ArgWord, parseEtcdArgv } from '../etcd/go-flags.js';
import {
  impliedSettings,
  K0S_DEFAULTS,
  K3S_DEFAULTS,
  RKE_DEFAULTS,
  TALOS_DEFAULTS,
  TALOS_IF_ABSENT,
} from '../etcd/launchers.js';
import type { Distribution, EtcdConfig, Setting, SettingOrigin, Span, StartupProblem } from '../model.js';
import type { YamlExtractor } from './extractor.js';
import { envVariable, renderedArg, scalarValue } from './setting.js';
import type { YamlContext } from './yaml-context.js';

type ExtraArgOrigin = Extract<SettingOrigin, { kind: 'extra-arg' }>;

/**
 * The k0s `ClusterConfig` of the document: the document itself, or a k0sctl `Cluster`'s
 * `spec.k0s.config` (then `prefix` is that path, for the fields settings name).
 */
export function k0sClusterConfig(
  context: YamlContext,
): { config: Node; prefix: string; kind: string | undefined } | undefined {
  const { nav } = context;
  const root = context.root;
  const apiVersion = nav.text(nav.get(root, 'apiVersion')) ?? '';
  const kind = nav.text(nav.get(root, 'kind'));
  if (apiVersion.startsWith('k0s.k0sproject.io/') && (kind === 'ClusterConfig' || kind === 'Cluster'))
    return root ? { config: root, prefix: '', kind } : undefined;
  if (apiVersion.startsWith('k0sctl.k0sproject.io/') && kind === 'Cluster') {
    const config = nav.map(nav.path(root, ['spec', 'k0s', 'config']));
    return config ? { config, prefix: 'spec.k0s.config.', kind } : undefined;
  }
  return undefined;
}

/**
 * k0s `ClusterConfig` (`k0s.k0sproject.io/v1beta1`, kind `ClusterConfig` or `Cluster`), standalone
 * or embedded in a k0sctl `Cluster` at `spec.k0s.config`. k0s runs etcd with its own TLS settings,
 * renders `spec.storage.etcd.extraArgs` as `--name=value` (replacing its own default of the same
 * name, sorted by name), then appends `spec.storage.etcd.rawArgs` verbatim, one argv element each,
 * so a raw argument wins. With `spec.storage.type: kine` or `spec.storage.etcd.externalCluster` k0s
 * runs no etcd.
 */
export const k0sExtractor: YamlExtractor = {
  id: 'k0s',
  extract(context) {
    const { nav } = context;
    const root = context.root;
    const found = k0sClusterConfig(context);
    if (!found) return [];
    const { config, prefix, kind } = found;
    const storage = nav.path(config, ['spec', 'storage']);
    const type = nav.text(nav.get(storage, 'type'));
    if (type !== undefined && type !== '' && type !== 'etcd') return [];
    const etcdPair = nav.pair(storage, 'etcd');
    const etcd = nav.resolve(etcdPair?.value);
    if (isSet(nav.get(etcd, 'externalCluster'))) return [];
    const extraArgs = mapArgs(context, nav.pairs(nav.get(etcd, 'extraArgs')), {
      kind: 'extra-arg',
      tool: 'k0s',
      field: `${prefix}spec.storage.etcd.extraArgs`,
      shape: 'map',
    });
    const raw = rawArgs(context, nav.get(etcd, 'rawArgs'), {
      kind: 'extra-arg',
      tool: 'k0s',
      field: `${prefix}spec.storage.etcd.rawArgs`,
      shape: 'raw',
    });
    const objectName =
      nav.text(nav.path(config, ['metadata', 'name'])) ??
      nav.text(nav.path(root, ['metadata', 'name'])) ??
      kind ??
      'ClusterConfig';
    const span = keySpan(context, etcdPair ?? nav.pair(root, 'kind'));
    return [
      distributionConfig(context, 'k0s', objectName, span, {
        flags: [...extraArgs, ...raw.flags],
        implied: impliedSettings('k0s', K0S_DEFAULTS, 'flag', span),
        startupProblems: raw.startupProblems,
      }),
    ];
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
    const etcdPair = nav.pair(nav.get(cluster, 'services'), 'etcd');
    const etcd = nav.map(etcdPair?.value);
    if (!etcd || !etcdPair) return [];
    const looksLikeRke =
      nested !== undefined ||
      ['nodes', 'kubernetes_version', 'network'].some((key) => nav.pair(cluster, key) !== undefined) ||
      nav.path(cluster, ['services', 'kube-api']) !== undefined;
    if (!looksLikeRke || nav.items(nav.get(etcd, 'external_urls')).length > 0) return [];
    const flags = [
      ...mapArgs(context, nav.pairs(nav.get(etcd, 'extra_args')), {
        kind: 'extra-arg',
        tool: 'RKE',
        field: `${prefix}.extra_args`,
        shape: 'map',
      }),
      ...arrayArgs(context, nav.pairs(nav.get(etcd, 'extra_args_array')), {
        kind: 'extra-arg',
        tool: 'RKE',
        field: `${prefix}.extra_args_array`,
        shape: 'list',
      }),
    ];
    const env = envList(context, nav.get(etcd, 'extra_env'), `${prefix}.extra_env`);
    const objectName =
      nav.text(nav.get(cluster, 'cluster_name')) ??
      nav.text(nav.get(root, 'name')) ??
      baseName(context.fileRef.relPath);
    const span = keySpan(context, etcdPair);
    return [
      distributionConfig(context, 'RKE', objectName, span, {
        flags,
        env,
        implied: impliedSettings('RKE', RKE_DEFAULTS, 'flag', span),
      }),
    ];
  },
};

/**
 * k3s and RKE2 `config.yaml` (`/etc/rancher/{k3s,rke2}/config.yaml`) with `etcd-arg` (or the
 * appending `etcd-arg+`): k3s writes etcd's configuration as a config file of its own (TLS on both
 * sides) and each `name=value` entry becomes a top-level key of that file (k3s
 * pkg/daemons/executor ETCDConfig.ToConfigFile), where etcd reads URLs but ignores TLS keys (they
 * count only under the transport-security blocks). A string value is a CLI string slice: entries
 * are separated by commas.
 */
export const k3sExtractor: YamlExtractor = {
  id: 'k3s',
  extract(context) {
    const { nav } = context;
    const root = context.root;
    if (!nav.map(root) || (nav.get(root, 'apiVersion') && nav.get(root, 'kind'))) return [];
    const settings: Setting[] = [];
    let anchor: Pair | undefined;
    for (const key of ['etcd-arg', 'etcd-arg+']) {
      const pair = nav.pair(root, key);
      if (!pair) continue;
      anchor ??= pair;
      const value = nav.resolve(pair.value);
      const items = nav.seq(value) ? nav.items(value) : value ? [value] : [];
      const origin: ExtraArgOrigin = { kind: 'extra-arg', tool: 'k3s/RKE2', field: key, shape: 'raw' };
      for (const item of items) settings.push(...etcdArgEntries(context, item, origin));
    }
    if (!anchor) return [];
    const span = keySpan(context, anchor);
    const config = distributionConfig(context, 'k3s/RKE2', 'config.yaml', span, {
      implied: impliedSettings('k3s/RKE2', K3S_DEFAULTS, 'config-file', span),
    });
    return [{ ...config, configFile: settings }];
  },
};

/**
 * Talos machine config (`version: v1alpha1` with `machine` and `cluster`): Talos runs etcd with a
 * deny-listed argument set (TLS everywhere); `cluster.etcd.extraArgs` (a string or a list of
 * strings per name) are added as `--name=value`, and a deny-listed name is refused (etcd is not
 * started), which resolve reports.
 */
export const talosExtractor: YamlExtractor = {
  id: 'talos',
  extract(context) {
    const { nav } = context;
    const root = context.root;
    if (nav.text(nav.get(root, 'version')) !== 'v1alpha1') return [];
    if (!nav.map(nav.get(root, 'machine')) || !nav.map(nav.get(root, 'cluster'))) return [];
    const etcdPair = nav.pair(nav.get(root, 'cluster'), 'etcd');
    const type = nav.text(nav.path(root, ['machine', 'type']));
    if (!etcdPair && type !== 'controlplane' && type !== 'init') return [];
    const origin: ExtraArgOrigin = {
      kind: 'extra-arg',
      tool: 'Talos',
      field: 'cluster.etcd.extraArgs',
      shape: 'map',
    };
    const flags = nav.pairs(nav.get(nav.resolve(etcdPair?.value), 'extraArgs')).flatMap((pair) => {
      const name = nav.keyText(pair);
      if (!name) return [];
      const values = nav.seq(pair.value) ? nav.items(pair.value) : [nav.resolve(pair.value)];
      return values.flatMap((value) => {
        const rawValue = nav.text(value);
        if (rawValue === undefined) return [];
        return [renderedArg(name, rawValue, `${name}: ${rawValue}`, origin, context.pairSpan(pair))];
      });
    });
    const clusterName =
      nav.text(nav.path(root, ['cluster', 'clusterName'])) ?? baseName(context.fileRef.relPath);
    const span = keySpan(context, etcdPair ?? nav.pair(root, 'cluster'));
    return [
      distributionConfig(context, 'Talos', clusterName, span, {
        flags,
        implied: impliedSettings('Talos', { ...TALOS_DEFAULTS, ...TALOS_IF_ABSENT }, 'flag', span),
      }),
    ];
  },
};

function distributionConfig(
  context: YamlContext,
  distribution: Distribution,
  objectName: string,
  span: Span,
  parts: { flags?: Setting[]; env?: Setting[]; implied: Setting[]; startupProblems?: StartupProblem[] },
): EtcdConfig {
  return {
    file: context.fileRef,
    launcher: { kind: 'distribution', distribution, objectName },
    span,
    kind: 'process',
    completeness: context.file.template
      ? { complete: false, reasons: ['the configuration is a template'] }
      : { complete: true },
    flags: parts.flags ?? [],
    env: parts.env ?? [],
    implied: parts.implied,
    startupProblems: parts.startupProblems ?? [],
  };
}

/**
 * The `name=value` entries of one etcd-arg value. k3s trims leading dashes from the name; a value
 * may hold several comma-separated entries (a CLI string slice); `true`/`false` become booleans.
 */
function etcdArgEntries(context: YamlContext, item: Node, origin: ExtraArgOrigin): Setting[] {
  const value = context.nav.text(item);
  if (value === undefined) return [];
  const out: Setting[] = [];
  let start = 0;
  for (const part of value.split(',')) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    const eq = text.indexOf('=');
    const name = (eq < 0 ? text : text.slice(0, eq)).replace(/^-+/, '');
    if (name !== '' && eq >= 0) {
      const mappable = isScalar(item) && typeof item.value === 'string';
      const span = mappable
        ? context.valueSpan(item, start + lead, start + lead + text.length)
        : context.nodeSpan(item);
      const setting = renderedArg(name, text.slice(eq + 1), text, origin, span);
      const valueStart = start + lead + eq + 1;
      if (mappable)
        setting.locateValue = (from, to) => context.valueSpan(item, valueStart + from, valueStart + to);
      out.push(setting);
    }
    start += part.length + 1;
  }
  return out;
}

/** A map of flag name to value, each rendered `--name=value`; the region is the whole entry. */
function mapArgs(context: YamlContext, pairs: Pair[], origin: ExtraArgOrigin): Setting[] {
  return pairs.flatMap((pair) => {
    const name = context.nav.keyText(pair);
    const rawValue = context.nav.text(pair.value);
    if (!name || rawValue === undefined) return [];
    const text = `${name}: ${firstLine(context, pair.value as Node | null)}`;
    return [
      {
        ...renderedArg(name, rawValue, text, origin, context.pairSpan(pair)),
        ...scalarValue(context, pair.value),
      },
    ];
  });
}

/** RKE `extra_args_array`: a map of flag name to a list of values, each rendered `--name=value`. */
function arrayArgs(context: YamlContext, pairs: Pair[], origin: ExtraArgOrigin): Setting[] {
  const { nav } = context;
  return pairs.flatMap((pair) => {
    const name = nav.keyText(pair);
    if (!name) return [];
    return nav.items(pair.value).flatMap((item) => {
      const rawValue = nav.text(item);
      if (rawValue === undefined) return [];
      const text = `${name}: [${firstLine(context, item)}]`;
      return [
        {
          ...renderedArg(name, rawValue, text, origin, context.nodeSpan(item)),
          ...scalarValue(context, item),
        },
      ];
    });
  });
}

/** k0s `rawArgs`: argv elements as written, read the way etcd's flag parser reads them. */
function rawArgs(
  context: YamlContext,
  list: Node | undefined,
  origin: ExtraArgOrigin,
): { flags: Setting[]; startupProblems: StartupProblem[] } {
  const { nav } = context;
  const words: ArgWord[] = nav.items(list).flatMap((item) => {
    const value = nav.text(item);
    return value === undefined
      ? []
      : [
          {
            value,
            opaque: false,
            span: context.nodeSpan(item),
            locate: scalarValue(context, item).locateValue,
          },
        ];
  });
  const parsed = parseEtcdArgv(words, false);
  return {
    flags: parsed.flags.map((flag) => ({ ...flag, origin })),
    startupProblems: parsed.startupProblems,
  };
}

/** A list of `KEY=VALUE` strings (RKE `extra_env`); entries without `=` set nothing. */
function envList(context: YamlContext, list: Node | undefined, field: string): Setting[] {
  const { nav } = context;
  return nav.items(list).flatMap((item) => {
    const entry = nav.text(item);
    const eq = entry?.indexOf('=') ?? -1;
    if (entry === undefined || eq < 0) return [];
    const setting = envVariable(entry.slice(0, eq), entry.slice(eq + 1), context.nodeSpan(item), {
      kind: 'tool-field',
      tool: 'RKE',
      field,
    });
    return setting ? [setting] : [];
  });
}

function keySpan(context: YamlContext, pair: Pair | undefined): Span {
  const node = (pair?.key as Node | null) ?? (pair?.value as Node | null);
  return node ? context.nodeSpan(node) : context.rangeSpan(0, 1);
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
