import { plaintextListener } from './posture-templates.js';
import type { RuleMeta } from './rule.js';

const meta: RuleMeta = {
  id: 'etcd-peer-plaintext',
  name: 'EtcdPeerPlaintext',
  cis: '2.4',
  setting: '--listen-peer-urls',
  defaultLevel: 'error',
  securitySeverity: '8.1',
  precision: 'very-high',
  tags: ['security', 'kubernetes', 'etcd', 'tls', 'cis-2.4', 'external/cwe/cwe-319'],
  shortDescription: 'etcd members talk to each other over plaintext http:// peer listeners.',
  fullDescription:
    'etcd listens for peers on an http:// or unix:// URL, so replication traffic, which carries every key, travels unencrypted and unauthenticated; peer certificate files do not change that (CIS Kubernetes Benchmark 2.4 intent).',
  helpText:
    'CIS Kubernetes Benchmark 2.4 (intent): etcd members must talk to each other over TLS. The scheme of --listen-peer-urls decides: http:// is plaintext even when --peer-cert-file and --peer-key-file are given. Use https:// peer URLs with --peer-cert-file, --peer-key-file, --peer-trusted-ca-file and --peer-client-cert-auth=true. See docs/rules/etcd-peer-plaintext.md.',
  helpMarkdown: [
    '**CIS Kubernetes Benchmark 2.4** (intent): etcd peer traffic should use TLS.',
    '',
    "On an `http://` peer listener etcd replicates in clear text and ignores the peer certificate flags. Anyone who reaches the peer port can read the replicated data and, without client-certificate auth, join or impersonate a member. etcd's default is `http://localhost:2380`.",
    '',
    "Errors are peer listeners on a non-loopback address; a loopback-only listener or etcd's default (a single-member development etcd) is a note.",
    '',
    '**Fix**',
    '- Plain etcd: `--listen-peer-urls=https://…` and `--initial-advertise-peer-urls=https://…` with `--peer-cert-file`, `--peer-key-file`, `--peer-trusted-ca-file` and `--peer-client-cert-auth=true`.',
    '- kubeadm, k0s, RKE, k3s/RKE2: remove the `listen-peer-urls` override.',
    '- Bitnami etcd chart: `auth.peer.secureTransport: true` with certificates in `auth.peer.existingSecret` and `auth.peer.enableAuthentication: true`.',
    '',
    '[Rule documentation](https://github.com/etcd-tls-guard/etcd-tls-guard/blob/main/docs/rules/etcd-peer-plaintext.md) · [etcd transport security](https://etcd.io/docs/latest/op-guide/security/)',
  ].join('\n'),
  docsPath: 'docs/rules/etcd-peer-plaintext.md',
};

export const etcdPeerPlaintext = plaintextListener(meta, {
  side: 'peer',
  localLevel: 'note',
  title: 'etcd members talk without TLS',
  serves: 'replicate with its peers',
  servesThirdPerson: 'replicates with its peers',
  risk: 'replication carries every key in clear text, and anyone who reaches the port can join or impersonate a member',
  localCaveat:
    'the peer listener is on the host only, as in a single-member etcd, so no other machine can reach it',
});
