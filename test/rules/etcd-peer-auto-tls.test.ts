import { etcdPeerAutoTls } from '../../src/rules/etcd-peer-auto-tls.js';
import { at, configFile, configKey, env, flag, kubeadm, process } from '../support/configs.js';
import { ruleTable } from '../support/rule-tester.js';

const on = <T extends { span: unknown }>(setting: T, n: number): T => ({ ...setting, span: at(n) });

ruleTable(etcdPeerAutoTls, {
  valid: [
    { name: 'client auto-TLS only', config: process({ flags: [flag('auto-tls')] }) },
    { name: 'false', config: process({ env: [env('peer-auto-tls', 'False')] }) },
    {
      name: 'top-level key of a config file',
      config: configFile([configKey('peer-auto-tls', 'peer-auto-tls', 'true', { kind: 'true' })]),
    },
    {
      name: 'the client section key',
      config: configFile([
        configKey('client-transport-security.auto-tls', 'auto-tls', 'true', { kind: 'true' }),
      ]),
    },
    { name: 'kubeadm defaults', config: kubeadm() },
  ],
  invalid: [
    {
      name: 'bare flag, inert with a peer certificate',
      config: process({ flags: [on(flag('peer-auto-tls'), 4), flag('peer-key-file', '/k')] }),
      findings: [
        {
          line: 4,
          column: 1,
          level: 'error',
          message: ['enables peer auto-TLS', '`--peer-cert-file`/`--peer-key-file`', '(CIS Kubernetes 2.6)'],
        },
      ],
    },
    {
      name: 'peer section of a config file',
      config: configFile([
        on(configKey('peer-transport-security.auto-tls', 'peer-auto-tls', 'true', { kind: 'true' }), 6),
      ]),
      findings: [{ line: 6, column: 1, level: 'error' }],
    },
    {
      name: 'variable with the certificate variables named in the same spelling',
      config: process({ env: [on(env('peer-auto-tls', 'true'), 3), env('peer-cert-file', '/c')] }),
      findings: [
        { line: 3, column: 1, level: 'error', message: ['`ETCD_PEER_CERT_FILE`/`ETCD_PEER_KEY_FILE`'] },
      ],
    },
  ],
});
