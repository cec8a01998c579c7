import { missingClientFile } from './apiserver-templates.js';
import type { RuleMeta } from './rule.js';

const meta: RuleMeta = {
  id: 'apiserver-etcd-cafile-missing',
  name: 'ApiServerEtcdCaFileMissing',
  cis: '1.2.26',
  setting: '--etcd-cafile',
  defaultLevel: 'note',
  securitySeverity: '3.7',
  precision: 'high',
  tags: ['security', 'kubernetes', 'etcd', 'kube-apiserver', 'tls', 'cis-1.2.26', 'external/cwe/cwe-295'],
  shortDescription: 'The kube-apiserver dials etcd over TLS without --etcd-cafile.',
  fullDescription:
    "The kube-apiserver connects to https:// etcd endpoints without --etcd-cafile, so it checks etcd's certificate against the host's system roots instead of etcd's own CA (CIS Kubernetes Benchmark \"Ensure that the --etcd-cafile argument is set as appropriate\", 1.2.26 in v1.9–v1.12).",
  helpText:
    "Without --etcd-cafile the kube-apiserver verifies etcd's server certificate against the system roots: a private etcd CA is then not trusted (the connection fails), and any publicly trusted certificate for the name would be. Set --etcd-cafile to etcd's CA (kubeadm: etcd.external.caFile). Reported only where the whole kube-apiserver configuration is visible. See docs/rules/apiserver-etcd-cafile-missing.md.",
  helpMarkdown: [
    '**CIS Kubernetes Benchmark** "Ensure that the --etcd-cafile argument is set as appropriate" (1.2.26 in v1.9–v1.12; 1.2.32 in v1.5/v1.6).',
    '',
    "Without `--etcd-cafile` the kube-apiserver checks etcd's certificate against the host's system roots instead of pinning etcd's own CA. A note: the traffic is still encrypted.",
    '',
    '**Fix**',
    '- kube-apiserver flags: `--etcd-cafile=<etcd CA>`.',
    '- kubeadm / Cluster API: `etcd.external.caFile`.',
    '- k0s: `caFile`, `clientCertFile` and `clientKeyFile` in `spec.storage.etcd.externalCluster`.',
    '',
    '[Rule documentation](https://github.com/etcd-tls-guard/etcd-tls-guard/blob/main/docs/rules/apiserver-etcd-cafile-missing.md)',
  ].join('\n'),
  docsPath: 'docs/rules/apiserver-etcd-cafile-missing.md',
};

export const apiServerEtcdCaFileMissing = missingClientFile(meta, {
  title: "kube-apiserver does not pin etcd's CA",
  files: ['etcd-cafile'],
  effect: "it checks etcd's certificate against the host's system roots instead of etcd's own CA",
  what: 'ca',
});
