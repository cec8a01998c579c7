import { missingClientFile } from './apiserver-templates.js';
import type { RuleMeta } from './rule.js';

const meta: RuleMeta = {
  id: 'apiserver-etcd-client-cert-missing',
  name: 'ApiServerEtcdClientCertMissing',
  cis: '1.2.23',
  setting: '--etcd-certfile',
  defaultLevel: 'warning',
  securitySeverity: '5.3',
  precision: 'high',
  tags: ['security', 'kubernetes', 'etcd', 'kube-apiserver', 'tls', 'cis-1.2.23', 'external/cwe/cwe-306'],
  shortDescription:
    'The kube-apiserver dials etcd over TLS without a client certificate (--etcd-certfile/--etcd-keyfile).',
  fullDescription:
    'The kube-apiserver connects to https:// etcd endpoints without --etcd-certfile and --etcd-keyfile, so it presents no client certificate: it works only against an etcd that accepts clients without one (CIS Kubernetes Benchmark "Ensure that the --etcd-certfile and --etcd-keyfile arguments are set as appropriate", 1.2.23 in v1.9–v1.12).',
  helpText:
    "Without --etcd-certfile and --etcd-keyfile the kube-apiserver presents no client certificate to etcd, which is only possible if etcd accepts unauthenticated TLS clients. Give it a client certificate signed by etcd's CA (kubeadm: etcd.external.certFile and keyFile; k0s: clientCertFile and clientKeyFile). Reported only where the whole kube-apiserver configuration is visible. See docs/rules/apiserver-etcd-client-cert-missing.md.",
  helpMarkdown: [
    '**CIS Kubernetes Benchmark** "Ensure that the --etcd-certfile and --etcd-keyfile arguments are set as appropriate" (1.2.23 in v1.9–v1.12; 1.2.29 in v1.5/v1.6).',
    '',
    'With `https://` etcd endpoints but no `--etcd-certfile`/`--etcd-keyfile`, the kube-apiserver presents no client certificate. That works only against an etcd that lets any TLS client in, which `etcd-client-cert-auth-disabled` reports on the etcd side. A warning: the traffic is still encrypted.',
    '',
    '**Fix**',
    "- kube-apiserver flags: `--etcd-certfile` and `--etcd-keyfile` with a client certificate signed by etcd's CA.",
    '- kubeadm / Cluster API: `etcd.external.certFile` and `keyFile` (with `caFile`).',
    '- k0s: `caFile`, `clientCertFile` and `clientKeyFile` in `spec.storage.etcd.externalCluster` (k0s passes them only all together).',
    '',
    'kubeadm with local etcd, RKE and Talos always pass these files; they are not reported.',
    '',
    '[Rule documentation](https://github.com/etcd-tls-guard/etcd-tls-guard/blob/main/docs/rules/apiserver-etcd-client-cert-missing.md)',
  ].join('\n'),
  docsPath: 'docs/rules/apiserver-etcd-client-cert-missing.md',
};

export const apiServerEtcdClientCertMissing = missingClientFile(meta, {
  title: 'kube-apiserver has no etcd client certificate',
  files: ['etcd-certfile', 'etcd-keyfile'],
  effect: 'it presents no client certificate and works only against an etcd that lets any TLS client in',
  what: 'certificate',
});
