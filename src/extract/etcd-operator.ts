// The coreos etcd-operator's `EtcdCluster` (etcd.database.coreos.com/v1beta2; archived project,
// coreos/etcd-operator @ 13a1831f; shared/research/semantics-tls-posture.md §3.11). The operator
// starts each member itself (pkg/util/k8sutil/k8sutil.go newEtcdPod): listeners on 0.0.0.0, with
// the scheme `https` only for a secure side (pkg/util/etcdutil/member.go clientScheme/peerScheme):
// clients are secure iff `spec.TLS.static.operatorSecret` is set, peers iff
// `spec.TLS.static.member.peerSecret` is set (pkg/apis/etcd/v1beta2/cluster_tls.go); a secure side
// also gets its certificate files, its trusted CA and client-certificate auth. `spec.pod.etcdEnv`
// adds variables to the etcd container.

import type { Node, Pair } from 'yaml';
import { impliedSettings } from '../etcd/launchers.js';
import type { EtcdConfig, Launcher, Setting } from '../model.js';
import type { YamlExtractor } from './extractor.js';
import { kubernetesObjects } from './kubernetes-objects.js';
import { envVariable, scalarValue } from './setting.js';
import type { YamlContext } from './yaml-context.js';

export const COREOS_OPERATOR = 'coreos/etcd-operator';
const CERTS = '/etc/etcdtls';

/** What the operator passes for a secure side (k8sutil.go newEtcdPod). */
const SECURE = {
  client: {
    'listen-client-urls': 'https://0.0.0.0:2379',
    'advertise-client-urls': 'https://<member>.<cluster>.<namespace>.svc:2379',
    'client-cert-auth': 'true',
    'trusted-ca-file': `${CERTS}/operator/etcd-client-ca.crt`,
    'cert-file': `${CERTS}/member/server/server.crt`,
    'key-file': `${CERTS}/member/server/server.key`,
  },
  peer: {
    'listen-peer-urls': 'https://0.0.0.0:2380',
    'initial-advertise-peer-urls': 'https://<member>.<cluster>.<namespace>.svc:2380',
    'peer-client-cert-auth': 'true',
    'peer-trusted-ca-file': `${CERTS}/member/peer/peer-ca.crt`,
    'peer-cert-file': `${CERTS}/member/peer/peer.crt`,
    'peer-key-file': `${CERTS}/member/peer/peer.key`,
  },
} as const;

export const etcdOperatorExtractor: YamlExtractor = {
  id: 'etcd-operator',
  extract(context) {
    if (!context.mayMention('EtcdCluster')) return [];
    const { nav } = context;
    const configs: EtcdConfig[] = [];
    for (const object of kubernetesObjects(context)) {
      const apiVersion = nav.text(nav.get(object, 'apiVersion')) ?? '';
      if (
        !apiVersion.startsWith('etcd.database.coreos.com/') ||
        nav.text(nav.get(object, 'kind')) !== 'EtcdCluster'
      )
        continue;
      const specPair = nav.pair(object, 'spec');
      if (!specPair) continue;
      configs.push(clusterConfig(context, object, specPair));
    }
    return configs;
  },
};

function clusterConfig(context: YamlContext, object: Node, specPair: Pair): EtcdConfig {
  const { nav } = context;
  const spec = nav.resolve(specPair.value);
  const metadata = nav.get(object, 'metadata');
  const namespace = context.shownText(nav.get(metadata, 'namespace'));
  const launcher: Launcher = {
    kind: 'operator',
    operator: COREOS_OPERATOR,
    objectKind: 'EtcdCluster',
    objectName: context.shownText(nav.get(metadata, 'name')) ?? '(unnamed)',
    ...(namespace ? { namespace } : {}),
  };
  const span = context.nodeSpan(specPair.key as Node);
  const staticTls = nav.path(spec, ['TLS', 'static']);
  const secureClient = (nav.text(nav.get(staticTls, 'operatorSecret')) ?? '') !== '';
  const securePeer = (nav.text(nav.path(staticTls, ['member', 'peerSecret'])) ?? '') !== '';
  const implied: Setting[] = [];
  const flags: Setting[] = [];
  const side = (
    secure: boolean,
    defaults: Record<string, string>,
    field: string,
    listen: string,
    port: string,
  ) => {
    if (secure) {
      implied.push(...impliedSettings(COREOS_OPERATOR, defaults, 'flag', span));
      return;
    }
    const url = `http://0.0.0.0:${port}`;
    flags.push({
      name: listen,
      key: `--${listen}`,
      text: `--${listen}=${url}`,
      rawValue: url,
      origin: { kind: 'operator', operator: COREOS_OPERATOR, field },
      span,
    });
    const advertise =
      listen === 'listen-client-urls' ? 'advertise-client-urls' : 'initial-advertise-peer-urls';
    implied.push(
      ...impliedSettings(COREOS_OPERATOR, { [advertise]: `http://<member>:${port}` }, 'flag', span),
    );
  };
  side(secureClient, SECURE.client, 'spec.TLS.static.operatorSecret', 'listen-client-urls', '2379');
  side(securePeer, SECURE.peer, 'spec.TLS.static.member.peerSecret', 'listen-peer-urls', '2380');
  const env = etcdEnv(context, nav.path(spec, ['pod', 'etcdEnv']));
  return {
    file: context.fileRef,
    launcher,
    span,
    kind: 'process',
    completeness: context.file.template
      ? { complete: false, reasons: ['the resource is a template'] }
      : { complete: true },
    flags,
    env,
    implied,
    startupProblems: [],
  };
}

/** `spec.pod.etcdEnv`: core/v1 EnvVar entries of the etcd container; literal values are known. */
function etcdEnv(context: YamlContext, list: Node | undefined): Setting[] {
  const { nav } = context;
  return nav.items(list).flatMap((item) => {
    const namePair = nav.pair(item, 'name');
    const name = nav.text(namePair?.value);
    const valueNode = nav.get(item, 'value');
    const value = nav.text(valueNode);
    if (!namePair || !name || value === undefined) return [];
    const from = { kind: 'tool-field' as const, tool: COREOS_OPERATOR, field: 'spec.pod.etcdEnv' };
    const setting = envVariable(
      name,
      value,
      context.pairSpan(namePair),
      from,
      scalarValue(context, valueNode),
    );
    return setting ? [setting] : [];
  });
}
