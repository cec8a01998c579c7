import {
  impliedSettings,
  K0S_DEFAULTS,
  K3S_DEFAULTS,
  RKE_DEFAULTS,
  TALOS_DEFAULTS,
} from '../../src/etcd/launchers.js';
import type { Setting } from '../../src/model.js';
import { etcdPeerPlaintext } from '../../src/rules/etcd-peer-plaintext.js';
import { at, flag, kubeadm, located, process } from '../support/configs.js';
import { ruleTable } from '../support/rule-tester.js';

const DEFAULTS = { k0s: K0S_DEFAULTS, RKE: RKE_DEFAULTS, 'k3s/RKE2': K3S_DEFAULTS, Talos: TALOS_DEFAULTS };

const listen = (urls: string, line = 4) => located(flag('listen-peer-urls', urls), line, 28);
const distribution = (name: 'k0s' | 'RKE' | 'k3s/RKE2', flags: Setting[]) =>
  process({
    launcher: { kind: 'distribution', distribution: name, objectName: 'c' },
    flags,
    implied: impliedSettings(name, DEFAULTS[name], name === 'k3s/RKE2' ? 'config-file' : 'flag', at(1)),
  });

ruleTable(etcdPeerPlaintext, {
  valid: [
    {
      name: 'https peers with peer certificates',
      config: process({
        flags: [
          flag('listen-peer-urls', 'https://10.0.0.5:2380'),
          flag('peer-cert-file', '/c'),
          flag('peer-key-file', '/k'),
        ],
      }),
    },
    { name: "kubeadm's peers", config: kubeadm() },
    { name: 'RKE, no override (implied https peers are never reported)', config: distribution('RKE', []) },
    { name: 'an open configuration', config: process({ completeness: { complete: false, reasons: ['x'] } }) },
    {
      name: 'https peers without certificates: etcd will not start (T2)',
      config: process({ flags: [listen('https://10.0.0.5:2380')] }),
    },
    {
      name: 'a peer URL etcd rejects (no port)',
      config: process({ flags: [listen('http://10.0.0.5')] }),
    },
  ],
  invalid: [
    {
      name: 'http peers on a network address: error',
      config: process({ flags: [listen('http://10.0.0.5:2380')] }),
      findings: [
        {
          line: 4,
          column: 28,
          level: 'error',
          message: [
            'which makes etcd replicate with its peers without TLS on 10.0.0.5:2380; replication carries every key in clear text, and anyone who reaches the port can join or impersonate a member (CIS Kubernetes 2.4)',
            'Fix: use `https://` in `--listen-peer-urls` and give etcd `--peer-cert-file`/`--peer-key-file` signed by a CA, with `--peer-trusted-ca-file` and `--peer-client-cert-auth=true`.',
          ],
        },
      ],
    },
    {
      name: 'http peers on loopback: a note (a single-member etcd)',
      config: process({ flags: [listen('http://127.0.0.1:2380')] }),
      findings: [{ line: 4, column: 28, level: 'note', message: ['as in a single-member etcd'] }],
    },
    {
      name: "etcd's default in a complete configuration: a note on the launcher",
      config: process(),
      findings: [{ line: 1, column: 1, level: 'note' }],
    },
    {
      name: "an explicit override of k0s' peer listener",
      config: distribution('k0s', [located(flag('listen-peer-urls', 'http://0.0.0.0:2380'), 7, 25)]),
      findings: [{ line: 7, column: 25, level: 'error' }],
    },
    {
      name: 'a plaintext client side never hides the peer side (sides are independent)',
      config: process({
        flags: [
          flag('listen-client-urls', 'http://0.0.0.0:2379'),
          flag('advertise-client-urls', 'http://x:2379'),
          listen('http://10.0.0.5:2380'),
        ],
      }),
      findings: [{ line: 4, column: 28, level: 'error' }],
    },
  ],
});
