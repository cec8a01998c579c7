import { apiServerEtcdClientCertMissing } from '../../src/rules/apiserver-etcd-client-cert-missing.js';
import { apiserver, at, flag } from '../support/configs.js';
import { clientRuleTable } from '../support/rule-tester.js';

const https = () => flag('etcd-servers', 'https://10.0.0.5:2379');

clientRuleTable(apiServerEtcdClientCertMissing, {
  valid: [
    {
      name: 'both files given',
      config: apiserver([https(), flag('etcd-certfile', '/c'), flag('etcd-keyfile', '/k')]),
    },
    {
      name: 'http endpoints (the plaintext rule instead)',
      config: apiserver([flag('etcd-servers', 'http://10.0.0.5:2379')]),
    },
    {
      name: 'absence in an open configuration',
      config: apiserver([https()], ['the manifest is a template']),
    },
    {
      name: 'a certificate without its key: the kube-apiserver will not start',
      config: apiserver([https(), flag('etcd-certfile', '/c')]),
    },
    {
      name: 'an opaque file value',
      config: apiserver([
        https(),
        { ...flag('etcd-certfile', '$(CERT)'), valueUnknown: true },
        flag('etcd-keyfile', '/k'),
      ]),
    },
  ],
  invalid: [
    {
      name: 'https without either file, on the launcher',
      config: apiserver([https()]),
      findings: [
        {
          line: 1,
          column: 1,
          level: 'warning',
          message: [
            'the kube-apiserver dials etcd over TLS (https://10.0.0.5:2379) without `--etcd-certfile`/`--etcd-keyfile`',
            'Fix: give the kube-apiserver `--etcd-certfile` and `--etcd-keyfile`',
          ],
        },
      ],
    },
    {
      name: 'both written empty, on the first empty flag (explicit, so also in an open configuration)',
      config: apiserver(
        [https(), { ...flag('etcd-certfile', ''), span: at(6) }, flag('etcd-keyfile', '')],
        ['x'],
      ),
      findings: [{ line: 6, column: 1, level: 'warning' }],
    },
    {
      name: 'an https override counts',
      config: apiserver([
        flag('etcd-servers', 'http://127.0.0.1:2379'),
        flag('etcd-servers-overrides', '/events#https://10.0.0.5:4001'),
      ]),
      findings: [{ line: 1, column: 1, level: 'warning' }],
    },
  ],
});
