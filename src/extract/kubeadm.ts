import type { Node, Pair } from 'yaml';
import { impliedSettings, kubeadmDefaults } from '../etcd/launchers.js';
import type { EtcdConfig, Launcher, Setting, SettingOrigin } from '../model.js';
import type { YamlExtractor } from './extractor.js';
import { envVariable, renderedArg, scalarValue } from './setting.js';
import type { YamlContext } from './yaml-context.js';

/** Where Cluster API keeps a kubeadm ClusterConfiguration (cluster-api api/<group>/<version>/kubeadm_types.go). */
export const CLUSTER_API_PATHS: Record<string, readonly string[]> = {
  KubeadmControlPlane: ['spec', 'kubeadmConfigSpec', 'clusterConfiguration'],
  KubeadmControlPlaneTemplate: ['spec', 'template', 'spec', 'kubeadmConfigSpec', 'clusterConfiguration'],
  KubeadmConfig: ['spec', 'clusterConfiguration'],
  KubeadmConfigTemplate: ['spec', 'template', 'spec', 'clusterConfiguration'],
};

const DEFAULT_CERTIFICATES_DIR = '/etc/kubernetes/pki';

/**
 * kubeadm's local etcd, as a `ClusterConfiguration` describes it (kubeadm's own file, the
 * kubeadm-config ConfigMap, Cluster API objects): kubeadm runs etcd with its own https listeners,
 * certificates and client-certificate auth (implied settings), then `etcd.local.extraArgs` rendered
 * as `--name=value` (a map in v1beta1-v1beta3 and Cluster API v1beta1, a `{name, value}` list in
 * v1beta4, v1 and Cluster API v1beta2) and `etcd.local.extraEnvs` as its environment. With
 * `etcd.external` kubeadm runs no etcd. Other components' extraArgs are not etcd's.
 */
export const kubeadmExtractor: YamlExtractor = {
  id: 'kubeadm',
  extract(context) {
    const { nav } = context;
    const root = context.root;
    const apiVersion = nav.text(nav.get(root, 'apiVersion')) ?? '';
    const kind = nav.text(nav.get(root, 'kind')) ?? '';
    if (apiVersion.startsWith('kubeadm.k8s.io/') && kind === 'ClusterConfiguration') {
      const objectName = context.embedded ? `in ${context.embedded.where}` : undefined;
      const launcher: Launcher = {
        kind: 'kubeadm',
        apiVersion,
        objectKind: kind,
        ...(objectName ? { objectName } : {}),
      };
      return clusterConfiguration(context, root, launcher, [], apiVersion);
    }
    const path = CLUSTER_API_PATHS[kind];
    if (!path || !apiVersion.includes('cluster.x-k8s.io/')) return [];
    const objectName = nav.text(nav.path(root, ['metadata', 'name'])) ?? '(unnamed)';
    const launcher: Launcher = { kind: 'kubeadm', apiVersion, objectKind: kind, objectName };
    const node = nav.path(root, path);
    return node ? clusterConfiguration(context, node, launcher, path, apiVersion) : [];
  },
};

function clusterConfiguration(
  context: YamlContext,
  node: Node | undefined,
  launcher: Launcher,
  prefix: readonly string[],
  apiVersion: string,
): EtcdConfig[] {
  const { nav } = context;
  const etcd = nav.get(node, 'etcd');
  if (nav.get(etcd, 'external') !== undefined) return [];
  const local = nav.get(etcd, 'local');
  const field = (name: string) => [...prefix, 'etcd', 'local', name].join('.');
  const extraArgsPair = nav.pair(local, 'extraArgs');
  const extraArgs = nav.resolve(extraArgsPair?.value);
  const anchor = extraArgsPair ?? nav.pair(node, 'etcd') ?? nav.pair(node, 'kind');
  const span = anchor
    ? context.nodeSpan((anchor.key as Node | null) ?? (anchor.value as Node))
    : context.rangeSpan(0, 1);
  const certificatesDir = nav.text(nav.get(node, 'certificatesDir')) || DEFAULT_CERTIFICATES_DIR;
  const env = extraEnvs(context, nav.get(local, 'extraEnvs'), field('extraEnvs'));
  const base = {
    file: context.fileRef,
    launcher,
    span,
    kind: 'process' as const,
    completeness: context.file.template
      ? { complete: false as const, reasons: ['the configuration is a template'] }
      : { complete: true as const },
    env,
    implied: impliedSettings('kubeadm', kubeadmDefaults(certificatesDir), 'flag', span),
    startupProblems: [],
    // kubeadm's kube-apiserver trusts client certificates from the cluster CA (CACertName "ca.crt").
    clusterClientCa: impliedSettings(
      'kube-apiserver (kubeadm)',
      { 'client-ca-file': `${stripSlashes(certificatesDir)}/ca.crt` },
      'flag',
      span,
    )[0],
  };
  if (!extraArgs || nav.map(extraArgs)) {
    return [{ ...base, flags: extraArgs ? mapArgs(context, extraArgs, field('extraArgs')) : [] }];
  }
  const listed = listArgs(context, extraArgs, field('extraArgs'));
  return listOrders(listed, apiVersion).map((flags) => ({ ...base, flags }));
}

/** `extraEnvs` entries are core/v1 EnvVar: a literal `value` is known, `valueFrom` is not. */
function extraEnvs(context: YamlContext, node: Node | undefined, field: string): Setting[] {
  const { nav } = context;
  return nav.items(node).flatMap((item) => {
    const namePair = nav.pair(item, 'name');
    const name = nav.text(namePair?.value);
    if (!namePair || !name || nav.get(item, 'valueFrom')) return [];
    const value = nav.text(nav.get(item, 'value')) ?? '';
    const setting = envVariable(name, value, context.pairSpan(namePair), {
      kind: 'tool-field',
      tool: 'kubeadm',
      field,
    });
    return setting ? [setting] : [];
  });
}

function mapArgs(context: YamlContext, extraArgs: Node, field: string): Setting[] {
  const origin: SettingOrigin = { kind: 'extra-arg', tool: 'kubeadm', field, shape: 'map' };
  return context.nav.pairs(extraArgs).flatMap((pair) => {
    const name = context.nav.keyText(pair);
    if (!name) return [];
    const rawValue = context.nav.text(pair.value) ?? '';
    return [
      {
        ...renderedArg(name, rawValue, `${name}: ${sourceOf(context, pair)}`, origin, context.pairSpan(pair)),
        ...scalarValue(context, pair.value),
      },
    ];
  });
}

function listArgs(context: YamlContext, extraArgs: Node, field: string): Setting[] {
  const { nav } = context;
  const origin: SettingOrigin = { kind: 'extra-arg', tool: 'kubeadm', field, shape: 'list' };
  return nav.items(extraArgs).flatMap((item) => {
    const namePair = nav.pair(item, 'name');
    const name = nav.text(namePair?.value);
    if (!namePair || !name) return [];
    const valueNode = nav.get(item, 'value');
    const rawValue = nav.text(valueNode) ?? '';
    return [
      {
        ...renderedArg(
          name,
          rawValue,
          `name: ${name}, value: ${rawValue}`,
          origin,
          context.pairSpan(namePair),
        ),
        ...scalarValue(context, valueNode),
      },
    ];
  });
}

/**
 * The orders in which kubeadm may pass a list of extra arguments (etcd then keeps the last of each
 * name). kubeadm before kubernetes/kubernetes#135400 (in the 1.32-1.35 patch releases of early
 * 2026) sorted them by name and value, so the greatest value of a name came last (`"True"` <
 * `"false"` < `"true"` in byte order); newer kubeadm keeps the user's order. The v1 API was never
 * sorted; a v1beta4 file may meet either kubeadm, so when the two orders give a name different
 * values both are returned, each with a caveat naming the releases it applies to.
 */
function listOrders(settings: Setting[], apiVersion: string): Setting[][] {
  if (apiVersion === 'kubeadm.k8s.io/v1') return [settings];
  const byName = new Map<string, Setting[]>();
  for (const setting of settings) byName.set(setting.name, [...(byName.get(setting.name) ?? []), setting]);
  const listed = [...settings];
  const sorted = [...settings];
  let differ = false;
  for (const group of byName.values()) {
    const listLast = group[group.length - 1] as Setting;
    const sortedLast = group.reduce((best, s) => ((s.rawValue ?? '') >= (best.rawValue ?? '') ? s : best));
    if (sortedLast.rawValue === listLast.rawValue) continue;
    differ = true;
    const both = `"${listLast.name}" is listed more than once`;
    replace(listed, listLast, {
      ...listLast,
      caveat: `${both}; kubeadm releases that keep the list order (the early-2026 patch releases and later) pass "${listLast.rawValue}" last, while older ones sort extraArgs by value, where "${sortedLast.rawValue}" wins`,
    });
    // Sorted: the greatest value of the name moves behind the others.
    sorted.splice(sorted.indexOf(sortedLast), 1);
    sorted.push({
      ...sortedLast,
      caveat: `${both}; kubeadm releases that sort extraArgs by value (before the early-2026 patch releases) pass "${sortedLast.rawValue}" last, while newer kubeadm keeps the list order, where "${listLast.rawValue}" wins`,
    });
  }
  return differ ? [listed, sorted] : [settings];
}

function stripSlashes(path: string): string {
  let dir = path;
  while (dir.endsWith('/')) dir = dir.slice(0, -1);
  return dir;
}

function replace(settings: Setting[], old: Setting, next: Setting): void {
  settings[settings.indexOf(old)] = next;
}

function sourceOf(context: YamlContext, pair: Pair): string {
  const value = pair.value as Node | null;
  const range = value?.range;
  if (!range) return '';
  const text = context.ownText.slice(range[0], range[1]);
  return text.split(/\r?\n/, 1)[0] ?? text;
}
