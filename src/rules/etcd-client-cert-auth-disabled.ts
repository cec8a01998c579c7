import { clientCertAuthOff } from './posture-templates.js';
import type { RuleMeta } from './rule.js';

const meta: RuleMeta = {
  id: 'etcd-client-cert-auth-disabled',
  name: 'EtcdClientCertAuthDisabled',
  cis: '2.2',
  setting: '--client-cert-auth',
  defaultLevel: 'error',
  securitySeverity: '8.1',
  precision: 'very-high',
  tags: ['security', 'kubernetes', 'etcd', 'tls', 'cis-2.2', 'external/cwe/cwe-306'],
  shortDescription: 'etcd serves TLS clients without client-certificate authentication (--client-cert-auth).',
  fullDescription:
    'etcd listens for clients with TLS but --client-cert-auth is off: without --trusted-ca-file any client that reaches the port is accepted without a certificate; with one, only the mapping of certificate names to etcd users is lost (CIS Kubernetes Benchmark 2.2).',
  helpText:
    'CIS Kubernetes Benchmark 2.2: --client-cert-auth should be true. etcd checks client certificates at the TLS layer when --trusted-ca-file is set or --client-cert-auth is true; with neither, a TLS listener accepts any client (error). With a trusted CA but client-cert-auth off, clients still need CA-signed certificates and only the CN-to-user mapping is lost (warning). Set --client-cert-auth=true and --trusted-ca-file. With kubeadm, remove the client-cert-auth override. See docs/rules/etcd-client-cert-auth-disabled.md.',
  helpMarkdown: [
    '**CIS Kubernetes Benchmark 2.2**: `--client-cert-auth` should be `true`.',
    '',
    "etcd asks clients for a certificate when `--trusted-ca-file` is set **or** `--client-cert-auth` is true (etcd `TLSInfo.ServerConfig`). With neither, an https listener accepts any client: anyone who reaches the port reads and writes every key (error). With a trusted CA but `--client-cert-auth` off, the TLS layer still demands a CA-signed client certificate; only the mapping of the certificate's name to an etcd user is lost (warning). A bare `--client-cert-auth`, `=1`, `=t` and `=True` all mean true.",
    '',
    'A plaintext listener is reported by `etcd-client-plaintext` instead, and client auto-TLS by `etcd-auto-tls`.',
    '',
    '**Fix**',
    '- Plain etcd: `--client-cert-auth=true` and `--trusted-ca-file=<the CA that signs client certificates>` (or `client-transport-security` keys in a config file).',
    '- kubeadm, k0s, RKE: remove the `client-cert-auth` override; they pass `--client-cert-auth=true` with their etcd CA.',
    '- Bitnami etcd chart: `auth.client.enableAuthentication: true`.',
    '',
    '[Rule documentation](https://github.com/etcd-tls-guard/etcd-tls-guard/blob/main/docs/rules/etcd-client-cert-auth-disabled.md) · [etcd transport security](https://etcd.io/docs/latest/op-guide/security/)',
  ].join('\n'),
  docsPath: 'docs/rules/etcd-client-cert-auth-disabled.md',
};

export const etcdClientCertAuthDisabled = clientCertAuthOff(meta, {
  side: 'client',
  title: 'etcd client-certificate auth is off',
  localIsNote: false,
});
