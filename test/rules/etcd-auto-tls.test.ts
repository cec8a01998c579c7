import { etcdAutoTls } from '../../src/rules/etcd-auto-tls.js';
import { at, configFile, configKey, env, flag, kubeadm, process } from '../support/configs.js';
import { ruleTable } from '../support/rule-tester.js';

const line = (n: number) => ({ ...at(n) });
const on = (setting: ReturnType<typeof flag>, n: number) => ({ ...setting, span: line(n) });

ruleTable(etcdAutoTls, {
  valid: [
    { name: 'no auto-tls', config: process({ flags: [flag('cert-file', '/c'), flag('key-file', '/k')] }) },
    { name: 'false', config: process({ flags: [flag('auto-tls', 'false')] }) },
    {
      name: 'last false wins',
      config: process({ flags: [flag('auto-tls', 'true'), flag('auto-tls', '0')] }),
    },
    { name: 'peer only', config: process({ flags: [flag('peer-auto-tls')] }) },
    {
      name: 'ignored next to --config-file',
      config: process({ flags: [flag('config-file', '/x'), flag('auto-tls')] }),
    },
    {
      name: 'ignored at the top level of a config file',
      config: configFile([configKey('auto-tls', 'auto-tls', 'true', { kind: 'true' })]),
    },
    { name: 'empty variable', config: process({ env: [env('auto-tls', '')] }) },
    { name: 'invalid value that does not mean true', config: process({ flags: [flag('auto-tls', 'no')] }) },
    {
      name: 'under a template condition',
      config: process({
        flags: [{ ...flag('auto-tls'), conditional: { text: '`{{ if .Values.tls }}`', rendered: false } }],
      }),
    },
    { name: 'kubeadm defaults', config: kubeadm() },
  ],
  invalid: [
    {
      name: 'bare flag',
      config: process({ flags: [on(flag('auto-tls'), 7)] }),
      findings: [
        {
          line: 7,
          column: 1,
          level: 'error',
          message: [
            'Pod etcd, container etcd: etcd is started with `--auto-tls`, which enables client auto-TLS',
            '(CIS Kubernetes 2.3)',
          ],
        },
      ],
    },
    {
      name: 'last true wins',
      config: process({ flags: [on(flag('auto-tls', 'false'), 3), on(flag('auto-tls', 'T'), 4)] }),
      findings: [{ line: 4, column: 1, level: 'error' }],
    },
    {
      name: 'variable',
      config: process({ env: [on(env('auto-tls', '1'), 5)] }),
      findings: [
        { line: 5, column: 1, level: 'error', message: ['etcd gets `ETCD_AUTO_TLS=1` in the container env'] },
      ],
    },
    {
      name: 'flag and variable: the one that enables it, and etcd will not start',
      config: process({ flags: [on(flag('auto-tls', 'false'), 3)], env: [on(env('auto-tls', 'true'), 6)] }),
      findings: [
        { line: 6, column: 1, level: 'error', message: ['Also, etcd 3.4 and later will not start'] },
      ],
    },
    {
      name: 'invalid value that means true',
      config: process({ flags: [on(flag('auto-tls', 'yes'), 8)] }),
      findings: [
        {
          line: 8,
          column: 1,
          level: 'error',
          message: ['is not a boolean etcd accepts', 'the intent to enable auto-TLS'],
        },
      ],
    },
    {
      name: 'config file section key, YAML 1.1 boolean',
      config: configFile([
        on(configKey('client-transport-security.auto-tls', 'auto-tls', 'on', { kind: 'true' }), 9),
      ]),
      findings: [
        {
          line: 9,
          column: 1,
          level: 'error',
          message: ['Fix: set `client-transport-security.auto-tls: false`'],
        },
      ],
    },
    {
      name: 'inert with certificates: still reported, with the reason',
      config: process({ flags: [on(flag('auto-tls'), 2), flag('cert-file', '/c')] }),
      findings: [
        {
          line: 2,
          column: 1,
          level: 'error',
          message: [
            'Because the configuration also sets `--cert-file`/`--key-file`, etcd ignores auto-TLS at run time',
          ],
        },
      ],
    },
    {
      name: 'kubeadm extraArgs: inert under kubeadm, fix in extraArgs',
      config: kubeadm([on(flag('auto-tls', 'true'), 12)]),
      findings: [
        {
          line: 12,
          column: 1,
          level: 'error',
          message: [
            'which kubeadm passes to etcd as `--auto-tls=true`',
            'Because kubeadm always passes `--cert-file`/`--key-file`',
            'Fix: remove `auto-tls` from `etcd.local.extraArgs`',
          ],
        },
      ],
    },
  ],
});
