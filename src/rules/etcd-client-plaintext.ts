import { plaintextListener } from './posture-templates.js';
import type { RuleMeta } from './rule.js';

const meta: RuleMeta = {
  id: 'etcd-client-plaintext',
  name: 'EtcdClientPlaintext',
  cis: '2.1',
  setting: '--listen-client-urls',
  defaultLevel: 'error',
  securitySeverity: '8.8',
  precision: 'very-high',
  tags: ['security', 'kubernetes', 'etcd', 'tls', 'cis-2.1', 'external/cwe/cwe-319'],
  shortDescription: 'etcd serves clients over plaintext http:// (or unix://) listeners.',
  fullDescription:
    'etcd listens for clients on an http:// or unix:// URL, so client traffic, every key including Secrets, travels unencrypted and any host that reaches the port can read and write it; certificate files do not change that (CIS Kubernetes Benchmark 2.1 intent).',
  helpText:
    'CIS Kubernetes Benchmark 2.1 (intent): etcd must serve clients over TLS. The scheme of --listen-client-urls (and --listen-client-http-urls) decides: http:// and unix:// are plaintext even when --cert-file and --key-file are given. Use https:// listen URLs with --cert-file, --key-file, --trusted-ca-file and --client-cert-auth=true. With kubeadm, remove listen-client-urls from etcd.local.extraArgs. With the Bitnami chart, set auth.client.secureTransport: true and give it certificates. See docs/rules/etcd-client-plaintext.md.',
  helpMarkdown: [
    '**CIS Kubernetes Benchmark 2.1** (intent): etcd should serve its clients over TLS.',
    '',
    "etcd decides TLS by the scheme of each listen URL. On an `http://` (or `unix://`) listener it serves plaintext and ignores `--cert-file`, `--key-file` and `--client-cert-auth` (it logs that it does), so kube-bench's presence check of the certificate flags passes while every key, Secrets included, travels in clear text and anyone who reaches the port can read and write it. etcd's default is `http://localhost:2379`.",
    '',
    "Errors are listeners on a non-loopback address (`0.0.0.0`, `[::]`, a node address, a placeholder); a loopback-only listener or etcd's default is a warning.",
    '',
    '**Fix**',
    '- Plain etcd: `--listen-client-urls=https://…` with `--cert-file`, `--key-file`, `--trusted-ca-file` and `--client-cert-auth=true` (or the `ETCD_*` variables, or `client-transport-security` in a config file).',
    '- kubeadm, k0s, RKE, k3s/RKE2: remove the `listen-client-urls` override; they listen with https and their own certificates.',
    '- Bitnami etcd chart: `auth.client.secureTransport: true` with certificates in `auth.client.existingSecret` and `auth.client.enableAuthentication: true`.',
    '',
    '`--listen-metrics-urls` is never reported: it serves only `/metrics` and `/health`.',
    '',
    '[Rule documentation](https://github.com/etcd-tls-guard/etcd-tls-guard/blob/main/docs/rules/etcd-client-plaintext.md) · [etcd transport security](https://etcd.io/docs/latest/op-guide/security/)',
  ].join('\n'),
  docsPath: 'docs/rules/etcd-client-plaintext.md',
};

export const etcdClientPlaintext = plaintextListener(meta, {
  side: 'client',
  localLevel: 'warning',
  title: 'etcd serves clients without TLS',
  serves: 'serve client traffic',
  servesThirdPerson: 'serves client traffic',
  risk: 'any host that reaches the port can read and write every key, including Secrets, and the traffic crosses the network in clear text',
  localCaveat:
    'the listener is on the host only (loopback or a unix socket), which limits who can reach it, but any process there can read and write every key without credentials',
});
