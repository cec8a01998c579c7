import { plaintextEndpoints } from './apiserver-templates.js';
import type { RuleMeta } from './rule.js';

const meta: RuleMeta = {
  id: 'apiserver-etcd-plaintext',
  name: 'ApiServerEtcdPlaintext',
  cis: '1.2.23/1.2.26',
  setting: '--etcd-servers',
  defaultLevel: 'error',
  securitySeverity: '8.1',
  precision: 'very-high',
  tags: [
    'security',
    'kubernetes',
    'etcd',
    'kube-apiserver',
    'tls',
    'cis-1.2.23',
    'cis-1.2.26',
    'external/cwe/cwe-319',
  ],
  shortDescription: 'The kube-apiserver talks to etcd over plaintext http://.',
  fullDescription:
    'An http:// URL in the kube-apiserver --etcd-servers or --etcd-servers-overrides (or the external etcd endpoints of kubeadm, Cluster API, k0s or RKE) makes it send everything it stores, Secrets included, to etcd in clear text, whatever --etcd-certfile and --etcd-cafile say (CIS Kubernetes Benchmark "--etcd-certfile and --etcd-keyfile" and "--etcd-cafile", intent).',
  helpText:
    'The etcd client drops TLS for http:// endpoints even when --etcd-cafile, --etcd-certfile and --etcd-keyfile are given, so a kube-apiserver pointed at http:// etcd passes kube-bench while sending every object in clear text. Use https:// endpoints with --etcd-cafile, --etcd-certfile and --etcd-keyfile (kubeadm: etcd.external.endpoints with caFile, certFile, keyFile). unix:// endpoints (kine) are not reported. See docs/rules/apiserver-etcd-plaintext.md.',
  helpMarkdown: [
    '**CIS Kubernetes Benchmark** "Ensure that the --etcd-certfile and --etcd-keyfile arguments are set" and "--etcd-cafile" (1.2.23 and 1.2.26 in v1.9–v1.12), intent.',
    '',
    "The etcd client decides TLS per endpoint: `http://` drops TLS even when certificate files are configured, so the kube-apiserver sends every object it stores, Secrets included, in clear text while kube-bench's presence checks pass. An endpoint on another machine is an error; one on loopback a warning. `unix://` sockets (kine) are not reported.",
    '',
    '**Fix**',
    '- kube-apiserver flags: `--etcd-servers=https://…` with `--etcd-cafile`, `--etcd-certfile` and `--etcd-keyfile`; the same for every `--etcd-servers-overrides` entry.',
    '- kubeadm / Cluster API: `etcd.external.endpoints: [https://…]` with `caFile`, `certFile` and `keyFile`.',
    '- k0s: `https://` in `spec.storage.etcd.externalCluster.endpoints` with `caFile`, `clientCertFile`, `clientKeyFile`.',
    '- RKE: `https://` in `services.etcd.external_urls`.',
    '',
    '[Rule documentation](https://github.com/etcd-tls-guard/etcd-tls-guard/blob/main/docs/rules/apiserver-etcd-plaintext.md)',
  ].join('\n'),
  docsPath: 'docs/rules/apiserver-etcd-plaintext.md',
};

export const apiServerEtcdPlaintext = plaintextEndpoints(meta, 'kube-apiserver talks to etcd without TLS');
