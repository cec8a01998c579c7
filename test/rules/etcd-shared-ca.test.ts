import { impliedSettings, RKE_DEFAULTS } from '../../src/etcd/launchers.js';
import type { Setting } from '../../src/model.js';
import { etcdSharedCa } from '../../src/rules/etcd-shared-ca.js';
import { at, flag, kubeadm, process } from '../support/configs.js';
import { ruleTable } from '../support/rule-tester.js';

const on = (setting: Setting, line: number): Setting => ({ ...setting, span: at(line) });
const clusterCa = (path: string) => ({
  ...flag('client-ca-file', path),
  file: { absPath: '/v/kube-apiserver.yaml', relPath: 'kube-apiserver.yaml' },
});

ruleTable(etcdSharedCa, {
  valid: [
    { name: "kubeadm's own etcd CA", config: kubeadm() },
    {
      name: 'different paths prove nothing',
      config: process({
        flags: [flag('trusted-ca-file', '/pki/etcd/ca.crt')],
        clusterClientCa: clusterCa('/pki/ca.crt'),
      }),
    },
    {
      name: 'no kube-apiserver paired',
      config: process({ flags: [flag('trusted-ca-file', '/pki/ca.crt')] }),
    },
    {
      name: "RKE's implied cluster CA is never reported",
      config: process({
        launcher: { kind: 'distribution', distribution: 'RKE', objectName: 'c' },
        implied: impliedSettings('RKE', RKE_DEFAULTS, 'flag', at(1)),
        clusterClientCa: clusterCa('/etc/kubernetes/ssl/kube-ca.pem'),
      }),
    },
  ],
  invalid: [
    {
      name: 'kubeadm extraArgs trusted-ca-file pointing at the cluster CA (<certificatesDir>/ca.crt)',
      config: kubeadm([on(flag('trusted-ca-file', '/etc/kubernetes/pki/ca.crt'), 7)]),
      findings: [
        {
          line: 7,
          column: 1,
          level: 'note',
          message: [
            'makes etcd trust `/etc/kubernetes/pki/ca.crt`, the CA the kube-apiserver also uses for `--client-ca-file`',
            'Fix: remove `trusted-ca-file` from `etcd.local.extraArgs`',
          ],
        },
      ],
    },
    {
      name: 'a static pod next to a kube-apiserver with the same CA, on both sides',
      config: process({
        flags: [
          on(flag('trusted-ca-file', '/pki/ca.crt'), 4),
          on(flag('peer-trusted-ca-file', '/pki//ca.crt'), 5),
        ],
        clusterClientCa: clusterCa('/pki/ca.crt'),
      }),
      findings: [
        { line: 4, column: 1, level: 'note', message: ['in kube-apiserver.yaml'] },
        { line: 5, column: 1, level: 'note' },
      ],
    },
  ],
});
