import type { Node, Pair } from 'yaml';
import { CERTIFICATE_FLAGS } from '../etcd/effective.js';
import { etcdFlagOfEnv } from '../etcd/env-vars.js';
import type { EtcdConfig, Launcher, Setting, SettingOrigin } from '../model.js';
import type { YamlContext, YamlExtractor } from './extractor.js';

/**
 * kubeadm always passes these to the etcd it runs (cmd/kubeadm/app/phases/etcd/local.go), so
 * auto-TLS there is inert at run time unless extraArgs blanks them.
 */

/** Where Cluster API keeps a kubeadm ClusterConfiguration (cluster-api api/<group>/<version>/kubeadm_types.go). */
const CLUSTER_API_PATHS: Record<string, readonly string[]> = {
  KubeadmControlPlane: ['spec', 'kubeadmConfigSpec', 'clusterConfiguration'],
  KubeadmControlPlaneTemplate: ['spec', 'template', 'spec', 'kubeadmConfigSpec', 'clusterConfiguration'],
  KubeadmConfig: ['spec', 'clusterConfiguration'],
  KubeadmConfigTemplate: ['spec', 'template', 'spec', 'clusterConfiguration'],
};

/**
 * kubeadm `ClusterConfiguration.etcd.local`: `extraArgs` is a map in v1beta1-v1beta3 and a
 * `{name, value}` list in v1beta4 and v1, rendered by kubeadm as `--name=value` on etcd's command
 * line; `extraEnvs` (v1beta4, v1) become the etcd container's environment. The same structure sits
 * inside Cluster API objects (v1beta1 map, v1beta2 list). `etcd.external` runs no etcd, and other
 * components' extraArgs are not etcd's.
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
      return clusterConfiguration(context, root, launcher, []);
    }
    const path = CLUSTER_API_PATHS[kind];
    if (!path || !apiVersion.includes('cluster.x-k8s.io/')) return [];
    const objectName = nav.text(nav.path(root, ['metadata', 'name'])) ?? '(unnamed)';
    const launcher: Launcher = { kind: 'kubeadm', apiVersion, objectKind: kind, objectName };
    return clusterConfiguration(context, nav.path(root, path), launcher, path);
  },
};

function clusterConfiguration(
  context: YamlContext,
  node: Node | undefined,
  launcher: Launcher,
  prefix: readonly string[],
): EtcdConfig[] {
  const { nav } = context;
  const local = nav.path(node, ['etcd', 'local']);
  if (!local) return [];
  const field = (name: string) => [...prefix, 'etcd', 'local', name].join('.');
  const extraArgs = nav.get(local, 'extraArgs');
  const flags = !extraArgs
    ? []
    : nav.map(extraArgs)
      ? mapArgs(context, extraArgs, field('extraArgs'))
      : orderListArgs(listArgs(context, extraArgs, field('extraArgs')));
  const env = extraEnvs(context, nav.get(local, 'extraEnvs'), field('extraEnvs'));
  if (flags.length === 0 && env.length === 0) return [];
  return [
    {
      file: context.fileRef,
      launcher,
      flags,
      env,
      // kubeadm always passes the certificate files (cmd/kubeadm/app/phases/etcd/local.go), so
      // auto-TLS is inert at run time unless extraArgs blanks them.
      impliedFlags: CERTIFICATE_FLAGS,
      startupProblems: [],
    },
  ];
}

/** `extraEnvs` entries are core/v1 EnvVar: a literal `value` is known, `valueFrom` is not. */
function extraEnvs(context: YamlContext, node: Node | undefined, field: string): Setting[] {
  const { nav } = context;
  return nav.items(node).flatMap((item) => {
    const namePair = nav.pair(item, 'name');
    const name = nav.text(namePair?.value);
    const flag = name ? etcdFlagOfEnv(name) : undefined;
    if (!namePair || !name || !flag || nav.get(item, 'valueFrom')) return [];
    const value = nav.text(nav.get(item, 'value')) ?? '';
    return [
      {
        name: flag,
        text: `${name}=${value}`,
        rawValue: value,
        origin: { kind: 'env', via: `in ${field}` },
        span: context.pairSpan(namePair),
      },
    ];
  });
}

function mapArgs(context: YamlContext, extraArgs: Node, field: string): Setting[] {
  const origin: SettingOrigin = { kind: 'extra-arg', tool: 'kubeadm', field, shape: 'map' };
  return context.nav.pairs(extraArgs).flatMap((pair) => {
    const name = context.nav.keyText(pair);
    if (!name) return [];
    const rawValue = context.nav.text(pair.value) ?? '';
    return [
      { name, text: `${name}: ${sourceOf(context, pair)}`, rawValue, origin, span: context.pairSpan(pair) },
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
    const rawValue = nav.text(nav.get(item, 'value')) ?? '';
    return [
      { name, text: `name: ${name}, value: ${rawValue}`, rawValue, origin, span: context.pairSpan(namePair) },
    ];
  });
}

/**
 * Duplicate names are allowed in the list. kubeadm before kubernetes/kubernetes#135400 (patch
 * releases of early 2026) sorted extra arguments by value, so the greatest value came last and won
 * (`true` beats `false`); newer kubeadm keeps the user's order. When the two disagree we keep the
 * stricter older outcome and say so on the setting.
 */
function orderListArgs(settings: Setting[]): Setting[] {
  const byName = new Map<string, Setting[]>();
  for (const setting of settings) byName.set(setting.name, [...(byName.get(setting.name) ?? []), setting]);
  const out = [...settings];
  for (const group of byName.values()) {
    const userLast = group[group.length - 1] as Setting;
    const sortedLast = group.reduce((best, s) => ((s.rawValue ?? '') >= (best.rawValue ?? '') ? s : best));
    if (sortedLast.rawValue === userLast.rawValue) continue;
    const index = out.indexOf(sortedLast);
    out.splice(index, 1);
    out.push({
      ...sortedLast,
      caveat: `"${sortedLast.name}" is listed more than once; kubeadm releases that sort extraArgs by value (before the early-2026 patch releases) pass "${sortedLast.rawValue}" last, while newer kubeadm keeps the list order, where "${userLast.rawValue}" wins`,
    });
  }
  return out;
}

function sourceOf(context: YamlContext, pair: Pair): string {
  const value = pair.value as Node | null;
  const range = value?.range;
  if (!range) return '';
  const text = context.ownText.slice(range[0], range[1]);
  return text.split(/\r?\n/, 1)[0] ?? text;
}
