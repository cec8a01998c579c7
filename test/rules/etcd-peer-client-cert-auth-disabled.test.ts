import type { Setting } from '../../src/model.js';
import { etcdPeerClientCertAuthDisabled } from '../../src/rules/etcd-peer-client-cert-auth-disabled.js';
import { at, env, flag, kubeadm, process } from '../support/configs.js';
import { ruleTable } from '../support/rule-tester.js';

const on = (setting: Setting, line: number): Setting => ({ ...setting, span: at(line) });
const tlsPeer = (host = '10.0.0.5') => [
  flag('listen-peer-urls', `https://${host}:2380`),
  flag('peer-cert-file', '/etc/etcd/peer.crt'),
  flag('peer-key-file', '/etc/etcd/peer.key'),
];

ruleTable(etcdPeerClientCertAuthDisabled, {
  valid: [
    {
      name: 'peer mutual TLS',
      config: process({
        flags: [...tlsPeer(), flag('peer-trusted-ca-file', '/ca'), flag('peer-client-cert-auth')],
      }),
    },
    { name: "kubeadm's peers", config: kubeadm() },
    {
      name: 'a plaintext peer side',
      config: process({ flags: [flag('listen-peer-urls', 'http://10.0.0.5:2380')] }),
    },
    {
      name: 'peer auto-TLS',
      config: process({ flags: [flag('listen-peer-urls', 'https://10.0.0.5:2380'), flag('peer-auto-tls')] }),
    },
  ],
  invalid: [
    {
      name: 'a network peer listener without a peer CA: error (T10)',
      config: process({ flags: [...tlsPeer(), on(flag('peer-client-cert-auth', 'false'), 7)] }),
      findings: [
        {
          line: 7,
          column: 1,
          level: 'error',
          message: [
            "and no `--peer-trusted-ca-file` is set, so etcd's TLS peer listener accepts anyone who reaches the port without a certificate, as a member (CIS Kubernetes 2.5)",
          ],
        },
      ],
    },
    {
      name: 'the variable (§5.6 7)',
      config: process({ flags: tlsPeer(), env: [on(env('peer-client-cert-auth', 'false'), 9)] }),
      findings: [
        { line: 9, column: 1, level: 'error', message: ['etcd gets `ETCD_PEER_CLIENT_CERT_AUTH=false`'] },
      ],
    },
    {
      name: 'with a peer CA: peer certificates still required (T9), a warning',
      config: process({
        flags: [...tlsPeer(), flag('peer-trusted-ca-file', '/ca'), on(flag('peer-client-cert-auth', 'f'), 7)],
      }),
      findings: [{ line: 7, column: 1, level: 'warning' }],
    },
    {
      name: 'every peer listener on loopback: a note',
      config: process({ flags: [...tlsPeer('127.0.0.1'), on(flag('peer-client-cert-auth', 'false'), 7)] }),
      findings: [{ line: 7, column: 1, level: 'note', message: ['Every peer listener is on loopback'] }],
    },
    {
      name: 'absent in a complete configuration: on the launcher',
      config: process({ flags: tlsPeer() }),
      findings: [{ line: 1, column: 1, level: 'error' }],
    },
    {
      name: 'kubeadm extraArgs peer-client-cert-auth: "false"',
      config: kubeadm([on(flag('peer-client-cert-auth', 'false'), 6)]),
      findings: [{ line: 6, column: 1, level: 'warning' }],
    },
  ],
});
