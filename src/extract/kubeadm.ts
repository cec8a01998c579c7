import type { Node, Pair } from 'yaml';
import type { EtcdConfig, Setting, SettingOrigin } from '../model.js';
import type { YamlContext, YamlExtractor } from './extractor.js';

/**
 * kubeadm always passes these to the etcd it runs (cmd/kubeadm/app/phases/etcd/local.go), so
 * auto-TLS there is inert at run time unless extraArgs blanks them.
 */
const KUBEADM_CERTIFICATE_FLAGS = ['cert-file', 'key-file', 'peer-cert-file', 'peer-key-file'];

/**
 * kubeadm `ClusterConfiguration.etcd.local.extraArgs`: a map in v1beta1-v1beta3, a `{name, value}`
 * list in v1beta4 and v1. kubeadm renders each entry as `--name=value` on etcd's command line.
 * `etcd.external` runs no etcd, and other components' extraArgs are not etcd's.
 */
export const kubeadmExtractor: YamlExtractor = {
  id: 'kubeadm',
  extract(context) {
    const { nav } = context;
    const root = context.root;
    const apiVersion = nav.text(nav.get(root, 'apiVersion')) ?? '';
    if (
      !apiVersion.startsWith('kubeadm.k8s.io/') ||
      nav.text(nav.get(root, 'kind')) !== 'ClusterConfiguration'
    ) {
      return [];
    }
    const local = nav.path(root, ['etcd', 'local']);
    const extraArgs = nav.get(local, 'extraArgs');
    if (!local || !extraArgs) return [];
    const flags = nav.map(extraArgs)
      ? mapArgs(context, extraArgs)
      : orderListArgs(listArgs(context, extraArgs));
    if (flags.length === 0) return [];
    const config: EtcdConfig = {
      file: context.file.file,
      launcher: { kind: 'kubeadm', apiVersion, objectKind: 'ClusterConfiguration' },
      flags,
      env: [],
      impliedFlags: KUBEADM_CERTIFICATE_FLAGS,
      startupProblems: [],
    };
    return [config];
  },
};

function mapArgs(context: YamlContext, extraArgs: Node): Setting[] {
  const origin: SettingOrigin = {
    kind: 'extra-arg',
    tool: 'kubeadm',
    field: 'etcd.local.extraArgs',
    shape: 'map',
  };
  return context.nav.pairs(extraArgs).flatMap((pair) => {
    const name = context.nav.keyText(pair);
    if (!name) return [];
    const rawValue = context.nav.text(pair.value) ?? '';
    return [
      { name, text: `${name}: ${sourceOf(context, pair)}`, rawValue, origin, span: context.pairSpan(pair) },
    ];
  });
}

function listArgs(context: YamlContext, extraArgs: Node): Setting[] {
  const { nav } = context;
  const origin: SettingOrigin = {
    kind: 'extra-arg',
    tool: 'kubeadm',
    field: 'etcd.local.extraArgs',
    shape: 'list',
  };
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
  const text = context.file.text.slice(range[0], range[1]);
  return text.split(/\r?\n/, 1)[0] ?? text;
}
