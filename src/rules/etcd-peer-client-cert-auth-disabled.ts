import { clientCertAuthOff } from './posture-templates.js';
import type { RuleMeta } from './rule.js';

const meta: RuleMeta = {
  id: 'etcd-peer-client-cert-auth-disabled',
  name: 'EtcdPeerClientCertAuthDisabled',
  cis: '2.5',
  setting: '--peer-client-cert-auth',
  defaultLevel: 'error',
  securitySeverity: '7.5',
  precision: 'very-high',
  tags: ['security', 'kubernetes', 'etcd', 'tls', 'cis-2.5', 'external/cwe/cwe-306'],
  shortDescription:
    'etcd accepts TLS peers without client-certificate authentication (--peer-client-cert-auth).',
  fullDescription:
    'etcd listens for peers with TLS but --peer-client-cert-auth is off: without --peer-trusted-ca-file any machine that reaches the peer port can connect as a member; with one, only the certificate-name checks are lost (CIS Kubernetes Benchmark 2.5).',
  helpText:
    'CIS Kubernetes Benchmark 2.5: --peer-client-cert-auth should be true. Without --peer-trusted-ca-file a TLS peer listener accepts connections without a certificate (error on a non-loopback listener, note on loopback only); with a peer CA, peers still need CA-signed certificates (warning). Set --peer-client-cert-auth=true and --peer-trusted-ca-file. See docs/rules/etcd-peer-client-cert-auth-disabled.md.',
  helpMarkdown: [
    '**CIS Kubernetes Benchmark 2.5**: `--peer-client-cert-auth` should be `true`.',
    '',
    'Without `--peer-trusted-ca-file` and `--peer-client-cert-auth`, an https peer listener accepts any connection: a machine that reaches the peer port can talk to the member as if it were one (error). With a peer CA the TLS layer still demands CA-signed peer certificates (warning). Peer listeners on loopback only (a single-host cluster) give a note.',
    '',
    '**Fix**',
    '- Plain etcd: `--peer-client-cert-auth=true` and `--peer-trusted-ca-file=<the CA that signs peer certificates>` (config file: `peer-transport-security.client-cert-auth: true`; the key is `client-cert-auth`, not `peer-client-cert-auth`).',
    '- kubeadm, k0s, RKE: remove the `peer-client-cert-auth` override.',
    '- Bitnami etcd chart: `auth.peer.enableAuthentication: true`.',
    '',
    '[Rule documentation](https://github.com/etcd-tls-guard/etcd-tls-guard/blob/main/docs/rules/etcd-peer-client-cert-auth-disabled.md) · [etcd transport security](https://etcd.io/docs/latest/op-guide/security/)',
  ].join('\n'),
  docsPath: 'docs/rules/etcd-peer-client-cert-auth-disabled.md',
};

export const etcdPeerClientCertAuthDisabled = clientCertAuthOff(meta, {
  side: 'peer',
  title: 'etcd peer client-certificate auth is off',
  localIsNote: true,
});
