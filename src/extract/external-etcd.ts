// Tools that run the kube-apiserver against an etcd they do not run themselves, and render its
// `--etcd-*` flags from their own fields:
// - kubeadm and Cluster API `etcd.external` (cmd/kubeadm/app/phases/controlplane getAPIServerCommand:
//   `--etcd-servers` = the endpoints, `--etcd-cafile` only when `caFile` is set, `--etcd-certfile`/
//   `--etcd-keyfile` only when both are set; ValidateEtcd in cmd/kubeadm/app/apis/kubeadm/validation
//   @ 00d24de6: https is required as soon as one file is given, the cert/key pair goes together and
//   needs the CA);
// - k0s `spec.storage.etcd.externalCluster` (pkg/apis/k0s/v1beta1/storage.go: `caFile`,
//   `clientCertFile`, `clientKeyFile` all or none, passed only all together; endpoint schemes are not
//   validated);
// - RKE1 `services.etcd.external_urls` (cluster/plan.go BuildKubeAPIProcess: the URLs joined as
//   `--etcd-servers`, and always `--etcd-cafile`/`--etcd-certfile`/`--etcd-keyfile` of its own).

import type { Node, Pair } from 'yaml';
import type {
  ClientLauncher,
  EtcdClientConfig,
  Setting,
  SettingOrigin,
  Span,
  StartupProblem,
} from '../model.js';
import { k0sClusterConfig } from './distributions.js';
import type { ClientYamlExtractor } from './extractor.js';
import { CLUSTER_API_PATHS } from './kubeadm.js';
import { renderedArg, scalarValue } from './setting.js';
import type { YamlContext } from './yaml-context.js';

type ExtraArg = Extract<SettingOrigin, { kind: 'extra-arg' }>;

interface FileField {
  field: string;
  flag: 'etcd-cafile' | 'etcd-certfile' | 'etcd-keyfile';
}

const KUBEADM_FILES: readonly FileField[] = [
  { field: 'caFile', flag: 'etcd-cafile' },
  { field: 'certFile', flag: 'etcd-certfile' },
  { field: 'keyFile', flag: 'etcd-keyfile' },
];

const K0S_FILES: readonly FileField[] = [
  { field: 'caFile', flag: 'etcd-cafile' },
  { field: 'clientCertFile', flag: 'etcd-certfile' },
  { field: 'clientKeyFile', flag: 'etcd-keyfile' },
];

export const kubeadmExternalEtcdExtractor: ClientYamlExtractor = {
  id: 'kubeadm-external-etcd',
  extract(context) {
    if (!context.mayMention('external')) return [];
    const { nav } = context;
    const root = context.root;
    const apiVersion = nav.text(nav.get(root, 'apiVersion')) ?? '';
    const kind = nav.text(nav.get(root, 'kind')) ?? '';
    let prefix: readonly string[] | undefined;
    let objectName: string | undefined;
    if (apiVersion.startsWith('kubeadm.k8s.io/') && kind === 'ClusterConfiguration') prefix = [];
    else if (apiVersion.includes('cluster.x-k8s.io/') && CLUSTER_API_PATHS[kind]) {
      prefix = CLUSTER_API_PATHS[kind];
      objectName = nav.text(nav.path(root, ['metadata', 'name'])) ?? '(unnamed)';
    }
    if (!prefix) return [];
    const externalPair = nav.pair(nav.path(root, [...prefix, 'etcd']), 'external');
    const external = nav.map(externalPair?.value);
    if (!externalPair || !external) return [];
    const field = [...prefix, 'etcd', 'external'].join('.');
    const launcher: ClientLauncher = {
      kind: 'tool',
      tool: 'kubeadm',
      objectKind: kind,
      ...(objectName ? { objectName } : {}),
      field,
    };
    const origin = (name: string): ExtraArg => ({
      kind: 'extra-arg',
      tool: 'kubeadm',
      field: `${field}.${name}`,
      shape: 'list',
    });
    const endpoints = endpointSettings(context, nav.pair(external, 'endpoints'), origin('endpoints'));
    const files = fileSettings(context, external, KUBEADM_FILES, origin);
    const given = new Set(files.map((setting) => setting.name));
    const problems: StartupProblem[] = [];
    const anchor = keySpan(context, externalPair);
    const reject = (message: string, span = anchor) =>
      problems.push({ message: `kubeadm rejects the configuration: ${message}`, span });
    if (given.has('etcd-certfile') !== given.has('etcd-keyfile'))
      reject('either both or none of .Etcd.External.CertFile and .Etcd.External.KeyFile must be set');
    if (given.has('etcd-certfile') && given.has('etcd-keyfile') && !given.has('etcd-cafile'))
      reject('setting .Etcd.External.CertFile and .Etcd.External.KeyFile requires .Etcd.External.CAFile');
    if (given.size > 0) {
      for (const endpoint of endpoints) {
        const scheme = (endpoint.rawValue ?? '').split('://', 1)[0]?.toLowerCase();
        if (!endpoint.valueUnknown && scheme !== 'https')
          reject('the URL must be using the HTTPS scheme', endpoint.span);
      }
    }
    // kubeadm passes the certificate pair only together.
    const passed = files.filter(
      (setting) =>
        setting.name === 'etcd-cafile' || (given.has('etcd-certfile') && given.has('etcd-keyfile')),
    );
    return [clientConfig(context, launcher, anchor, [...endpoints, ...passed], [], problems)];
  },
};

export const k0sExternalEtcdExtractor: ClientYamlExtractor = {
  id: 'k0s-external-etcd',
  extract(context) {
    if (!context.mayMention('externalCluster')) return [];
    const { nav } = context;
    const found = k0sClusterConfig(context);
    if (!found) return [];
    const { config, prefix, kind } = found;
    const storage = nav.path(config, ['spec', 'storage']);
    const type = nav.text(nav.get(storage, 'type'));
    if (type !== undefined && type !== '' && type !== 'etcd') return [];
    const cluster = nav.map(nav.path(storage, ['etcd', 'externalCluster']));
    if (!cluster) return [];
    const field = `${prefix}spec.storage.etcd.externalCluster`;
    const objectName = nav.text(nav.path(config, ['metadata', 'name'])) ?? kind ?? 'ClusterConfig';
    const launcher: ClientLauncher = {
      kind: 'tool',
      tool: 'k0s',
      objectKind: kind ?? 'ClusterConfig',
      objectName,
      field,
    };
    const origin = (name: string): ExtraArg => ({
      kind: 'extra-arg',
      tool: 'k0s',
      field: `${field}.${name}`,
      shape: 'list',
    });
    const endpointsPair = nav.pair(cluster, 'endpoints');
    const endpoints = endpointSettings(context, endpointsPair, origin('endpoints'));
    const files = fileSettings(context, cluster, K0S_FILES, origin);
    const anchor = keySpan(
      context,
      endpointsPair ?? nav.pair(nav.path(storage, ['etcd']), 'externalCluster'),
    );
    const problems: StartupProblem[] = [];
    // validateOptionalTLSProperties: all three TLS properties or none.
    if (files.length > 0 && files.length < 3) {
      problems.push({
        message:
          'k0s rejects the configuration: externalCluster needs caFile, clientCertFile and clientKeyFile all together, or none of them',
        span: anchor,
      });
    }
    return [
      clientConfig(
        context,
        launcher,
        anchor,
        [...endpoints, ...(files.length === 3 ? files : [])],
        [],
        problems,
      ),
    ];
  },
};

export const rkeExternalEtcdExtractor: ClientYamlExtractor = {
  id: 'rke-external-etcd',
  extract(context) {
    if (!context.mayMention('external_urls')) return [];
    const { nav } = context;
    const root = context.root;
    const nested = nav.map(nav.get(root, 'rancher_kubernetes_engine_config'));
    const cluster = nested ?? root;
    const prefix = nested ? 'rancher_kubernetes_engine_config.services.etcd' : 'services.etcd';
    const etcd = nav.map(nav.path(cluster, ['services', 'etcd']));
    const urlsPair = nav.pair(etcd, 'external_urls');
    const looksLikeRke =
      nested !== undefined ||
      ['nodes', 'kubernetes_version', 'network'].some((key) => nav.pair(cluster, key) !== undefined) ||
      nav.path(cluster, ['services', 'kube-api']) !== undefined;
    if (!looksLikeRke || !urlsPair || nav.items(urlsPair.value).length === 0) return [];
    const field = `${prefix}.external_urls`;
    const objectName = nav.text(nav.get(cluster, 'cluster_name')) ?? nav.text(nav.get(root, 'name'));
    const launcher: ClientLauncher = {
      kind: 'tool',
      tool: 'RKE',
      objectKind: 'cluster.yml',
      ...(objectName ? { objectName } : {}),
      field,
    };
    const origin: ExtraArg = { kind: 'extra-arg', tool: 'RKE', field, shape: 'list' };
    const endpoints = endpointSettings(context, urlsPair, origin);
    const span = keySpan(context, urlsPair);
    // RKE always passes its own etcd client certificate and CA to the kube-apiserver.
    const implied: Setting[] = ['etcd-cafile', 'etcd-certfile', 'etcd-keyfile'].map((name) => ({
      name,
      key: `--${name}`,
      text: `--${name}=<RKE etcd client certificate>`,
      rawValue: '/etc/kubernetes/ssl/<rke-file>',
      origin: { kind: 'launcher-default', tool: 'RKE', as: 'flag' },
      span,
    }));
    return [clientConfig(context, launcher, span, endpoints, implied, [])];
  },
};

function clientConfig(
  context: YamlContext,
  launcher: ClientLauncher,
  span: Span,
  flags: Setting[],
  implied: Setting[],
  startupProblems: StartupProblem[],
): EtcdClientConfig {
  return {
    file: context.fileRef,
    launcher,
    span,
    completeness: context.file.template
      ? { complete: false, reasons: ['the configuration is a template'] }
      : { complete: true },
    flags,
    implied,
    startupProblems,
  };
}

/** Each endpoint of a list (or a single string) as one `--etcd-servers` entry, at its own item. */
function endpointSettings(context: YamlContext, pair: Pair | undefined, origin: ExtraArg): Setting[] {
  const { nav } = context;
  const value = nav.resolve(pair?.value);
  const items = nav.seq(value) ? nav.items(value) : value ? [value] : [];
  return items.flatMap((item) => {
    const text = nav.text(item);
    if (text === undefined) return [];
    return [
      {
        ...renderedArg('etcd-servers', text, text, origin, context.nodeSpan(item)),
        key: origin.field,
        ...scalarValue(context, item),
      },
    ];
  });
}

/** The TLS file fields that are set (non-empty), as the kube-apiserver flags they become. */
function fileSettings(
  context: YamlContext,
  map: Node,
  fields: readonly FileField[],
  origin: (field: string) => ExtraArg,
): Setting[] {
  const { nav } = context;
  return fields.flatMap(({ field, flag }) => {
    const pair = nav.pair(map, field);
    const text = nav.text(pair?.value);
    if (!pair || text === undefined || text === '') return [];
    return [
      { ...renderedArg(flag, text, `${field}: ${text}`, origin(field), context.pairSpan(pair)), key: field },
    ];
  });
}

function keySpan(context: YamlContext, pair: Pair | undefined): Span {
  const node = (pair?.key as Node | null) ?? (pair?.value as Node | null);
  return node ? context.nodeSpan(node) : context.rangeSpan(0, 1);
}
