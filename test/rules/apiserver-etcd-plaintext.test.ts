import type { Setting } from '../../src/model.js';
import { apiServerEtcdPlaintext } from '../../src/rules/apiserver-etcd-plaintext.js';
import { apiserver, flag, located } from '../support/configs.js';
import { clientRuleTable } from '../support/rule-tester.js';

const servers = (urls: string, line = 3): Setting => located(flag('etcd-servers', urls), line, 22);
const files = () => [
  flag('etcd-cafile', '/pki/etcd/ca.crt'),
  flag('etcd-certfile', '/pki/apiserver-etcd-client.crt'),
  flag('etcd-keyfile', '/pki/apiserver-etcd-client.key'),
];

clientRuleTable(apiServerEtcdPlaintext, {
  valid: [
    {
      name: 'https etcd servers with the three files',
      config: apiserver([servers('https://127.0.0.1:2379'), ...files()]),
    },
    { name: "kine's unix socket (k3s, k0s)", config: apiserver([servers('unix:///run/kine.sock')]) },
    {
      name: 'a scheme-less endpoint (the etcd client decides by its TLS files)',
      config: apiserver([servers('10.0.0.5:2379')]),
    },
    {
      name: 'a templated scheme',
      config: apiserver([{ ...servers('{{ .scheme }}://10.0.0.5:2379'), valueUnknown: true }]),
    },
    {
      name: 'a kube-apiserver that will not start (a tool rejects its configuration)',
      config: {
        ...apiserver([servers('http://10.0.0.5:2379')]),
        startupProblems: [
          {
            message: 'kubeadm rejects the configuration',
            span: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
          },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'http to another machine: error at the URL, whatever the files say',
      config: apiserver([servers('http://10.0.0.5:2379'), ...files()]),
      findings: [
        {
          line: 3,
          column: 22,
          level: 'error',
          message: [
            'Pod kube-apiserver, container kube-apiserver: the kube-apiserver is started with `--etcd-servers=http://10.0.0.5:2379`, which makes the kube-apiserver talk to etcd at http://10.0.0.5:2379 without TLS',
            'whatever `--etcd-certfile`/`--etcd-cafile` say',
            'Fix: use `https://` etcd endpoints',
          ],
        },
      ],
    },
    {
      name: 'http on loopback: a warning',
      config: apiserver([servers('http://127.0.0.1:2379')]),
      findings: [{ line: 3, column: 22, level: 'warning', message: ['The endpoint is on loopback'] }],
    },
    {
      name: 'one finding per flag at its worst endpoint; repeated --etcd-servers accumulate (pflag)',
      config: apiserver([
        servers('https://10.0.0.4:2379,http://127.0.0.1:2379'),
        servers('http://10.0.0.6:2379', 4),
        ...files(),
      ]),
      findings: [{ line: 4, column: 22, level: 'error' }],
    },
    {
      name: 'an --etcd-servers-overrides entry (after #, servers separated by ;)',
      config: apiserver([
        servers('https://127.0.0.1:2379'),
        located(flag('etcd-servers-overrides', '/events#https://127.0.0.1:4001;http://10.0.0.7:4002'), 5, 32),
        ...files(),
      ]),
      findings: [{ line: 5, column: 63, level: 'error' }],
    },
    {
      name: 'a literal http scheme with a placeholder host',
      config: apiserver([{ ...servers('http://$(ETCD_HOST):2379'), valueUnknown: true }]),
      findings: [{ line: 3, column: 22, level: 'error', message: ['The host is a placeholder'] }],
    },
  ],
});
