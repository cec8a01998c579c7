import type { RuleMeta } from './rule.js';
import { mustNotBeTrue } from './templates.js';

const meta: RuleMeta = {
  id: 'etcd-auto-tls',
  name: 'EtcdClientAutoTls',
  cis: '2.3',
  setting: '--auto-tls',
  defaultLevel: 'error',
  securitySeverity: '7.5',
  precision: 'very-high',
  tags: ['security', 'kubernetes', 'etcd', 'tls', 'cis-2.3', 'external/cwe/cwe-295'],
  shortDescription: 'etcd serves clients with self-signed certificates (--auto-tls).',
  fullDescription:
    'etcd started with --auto-tls=true generates a self-signed certificate for client connections, which the kube-apiserver and other clients cannot verify (CIS Kubernetes Benchmark 2.3).',
  helpText:
    'CIS Kubernetes Benchmark 2.3: do not use self-signed certificates for etcd client TLS. Remove --auto-tls (or set --auto-tls=false) and configure --cert-file and --key-file with a certificate signed by a trusted CA, plus --trusted-ca-file and --client-cert-auth=true. With kubeadm, remove auto-tls from etcd.local.extraArgs. See docs/rules/etcd-auto-tls.md.',
  helpMarkdown: [
    '**CIS Kubernetes Benchmark 2.3**: self-signed certificates should not be used for etcd client TLS.',
    '',
    'With `--auto-tls=true` (or a bare `--auto-tls`) etcd generates its own self-signed certificate for client connections. Clients cannot verify it, so a machine in the middle can read or change everything stored in etcd, including Secrets.',
    '',
    '**Fix**',
    '- Static pod or workload: remove `--auto-tls` (or set `--auto-tls=false`) and pass `--cert-file`, `--key-file`, `--trusted-ca-file` and `--client-cert-auth=true`.',
    '- kubeadm: remove `auto-tls` from `ClusterConfiguration.etcd.local.extraArgs`; kubeadm already issues CA-signed etcd certificates.',
    '',
    'When certificate files are also given, etcd ignores auto-TLS at run time, but the setting still fails the CIS check and comes back into force if the files are removed.',
    '',
    '[Rule documentation](https://github.com/etcd-tls-guard/etcd-tls-guard/blob/main/docs/rules/etcd-auto-tls.md) · [etcd transport security](https://etcd.io/docs/latest/op-guide/security/)',
  ].join('\n'),
  docsPath: 'docs/rules/etcd-auto-tls.md',
};

export const etcdAutoTls = mustNotBeTrue(meta, {
  setting: 'auto-tls',
  title: 'etcd client auto-TLS is enabled',
  effect: 'enables client auto-TLS',
  risk: 'so etcd serves client connections with a self-signed certificate that the kube-apiserver and other clients cannot verify, which allows interception of cluster data',
  intent: 'enable auto-TLS',
  replacement: {
    flags:
      '`--cert-file`/`--key-file` signed by a trusted CA (with `--trusted-ca-file` and `--client-cert-auth=true`)',
    env: '`ETCD_CERT_FILE`/`ETCD_KEY_FILE` signed by a trusted CA (with `ETCD_TRUSTED_CA_FILE` and `ETCD_CLIENT_CERT_AUTH=true`)',
    configKeys:
      '`cert-file`/`key-file` signed by a trusted CA (with `trusted-ca-file` and `client-cert-auth: true`)',
  },
});
