import { apiServerEtcdCaFileMissing } from '../../src/rules/apiserver-etcd-cafile-missing.js';
import { apiserver, flag } from '../support/configs.js';
import { clientRuleTable } from '../support/rule-tester.js';

const https = () => flag('etcd-servers', 'https://10.0.0.5:2379');

clientRuleTable(apiServerEtcdCaFileMissing, {
  valid: [
    { name: 'the CA given', config: apiserver([https(), flag('etcd-cafile', '/ca')]) },
    {
      name: 'the last --etcd-cafile wins',
      config: apiserver([https(), flag('etcd-cafile', ''), flag('etcd-cafile', '/ca')]),
    },
    { name: 'kine', config: apiserver([flag('etcd-servers', 'unix:///run/kine.sock')]) },
    { name: 'absence in an open configuration', config: apiserver([https()], ['x']) },
  ],
  invalid: [
    {
      name: 'https without --etcd-cafile: a note',
      config: apiserver([https(), flag('etcd-certfile', '/c'), flag('etcd-keyfile', '/k')]),
      findings: [
        {
          line: 1,
          column: 1,
          level: 'note',
          message: [
            "so it checks etcd's certificate against the host's system roots instead of etcd's own CA (CIS Kubernetes 1.2.26)",
          ],
        },
      ],
    },
    {
      name: 'a unixs endpoint is TLS too',
      config: apiserver([flag('etcd-servers', 'unixs://etcd.sock:0')]),
      findings: [{ line: 1, column: 1, level: 'note' }],
    },
  ],
});
