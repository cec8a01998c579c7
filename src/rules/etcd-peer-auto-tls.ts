import type { RuleMeta } from './rule.js';
import { mustNotBeTrue } from './templates.js';

const meta: RuleMeta = {
  id: 'etcd-peer-auto-tls',
  name: 'EtcdPeerAutoTls',
  cis: '2.6',
  setting: '--peer-auto-tls',
  defaultLevel: 'error',
  securitySeverity: '7.5',
  precision: 'very-high',
  tags: ['security', 'kubernetes', 'etcd', 'tls', 'cis-2.6', 'external/cwe/cwe-295'],
  shortDescription: 'etcd members use self-signed peer certificates (--peer-auto-tls).',
  fullDescription:
    'etcd started with --peer-auto-tls=true generates self-signed certificates for member-to-member traffic, which peers cannot verify (CIS Kubernetes Benchmark 2.6).',
  helpText:
    'CIS Kubernetes Benchmark 2.6: do not use self-signed certificates for etcd peer TLS. Remove --peer-auto-tls (or set --peer-auto-tls=false) and configure --peer-cert-file and --peer-key-file with a certificate signed by a trusted CA, plus --peer-trusted-ca-file and --peer-client-cert-auth=true. With kubeadm, remove peer-auto-tls from etcd.local.extraArgs. See docs/rules/etcd-peer-auto-tls.md.',
  helpMarkdown: [
    '**CIS Kubernetes Benchmark 2.6**: self-signed certificates should not be used for etcd peer TLS.',
    '',
    'With `--peer-auto-tls=true` (or a bare `--peer-auto-tls`) each etcd member generates its own self-signed certificate for replication traffic. Members cannot verify each other, so anyone who reaches the peer port can join or impersonate a member and read or rewrite the cluster state.',
    '',
    '**Fix**',
    '- Static pod or workload: remove `--peer-auto-tls` (or set `--peer-auto-tls=false`) and pass `--peer-cert-file`, `--peer-key-file`, `--peer-trusted-ca-file` and `--peer-client-cert-auth=true`.',
    '- kubeadm: remove `peer-auto-tls` from `ClusterConfiguration.etcd.local.extraArgs`; kubeadm already issues CA-signed etcd peer certificates.',
    '',
    'When peer certificate files are also given, etcd ignores peer auto-TLS at run time, but the setting still fails the CIS check and comes back into force if the files are removed.',
    '',
    '[Rule documentation](https://github.com/etcd-tls-guard/etcd-tls-guard/blob/main/docs/rules/etcd-peer-auto-tls.md) · [etcd transport security](https://etcd.io/docs/latest/op-guide/security/)',
  ].join('\n'),
  docsPath: 'docs/rules/etcd-peer-auto-tls.md',
};

export const etcdPeerAutoTls = mustNotBeTrue(meta, {
  setting: 'peer-auto-tls',
  title: 'etcd peer auto-TLS is enabled',
  effect: 'enables peer auto-TLS',
  risk: 'so etcd members talk to each other with self-signed certificates that cannot be verified, which lets anyone who reaches the peer port impersonate a member',
  intent: 'enable auto-TLS',
  replacement: {
    flags:
      '`--peer-cert-file`/`--peer-key-file` signed by a trusted CA (with `--peer-trusted-ca-file` and `--peer-client-cert-auth=true`)',
    env: '`ETCD_PEER_CERT_FILE`/`ETCD_PEER_KEY_FILE` signed by a trusted CA (with `ETCD_PEER_TRUSTED_CA_FILE` and `ETCD_PEER_CLIENT_CERT_AUTH=true`)',
    configKeys:
      '`cert-file`/`key-file` signed by a trusted CA (with `trusted-ca-file` and `client-cert-auth: true`)',
  },
});
