import type { Setting } from '../../src/model.js';
import { etcdClientPlaintext } from '../../src/rules/etcd-client-plaintext.js';
import { at, configFile, configKey, env, flag, kubeadm, located, process } from '../support/configs.js';
import { ruleTable } from '../support/rule-tester.js';

const on = (setting: Setting, line: number): Setting => ({ ...setting, span: at(line) });
/** `--listen-client-urls=<urls>` on `line`, its value from column 30 (located URL by URL). */
const listen = (urls: string, line = 5) => located(flag('listen-client-urls', urls), line, 30);
const advertise = flag('advertise-client-urls', 'http://10.0.0.5:2379');

ruleTable(etcdClientPlaintext, {
  valid: [
    {
      name: 'https listeners with certificates',
      config: process({
        flags: [
          flag('listen-client-urls', 'https://0.0.0.0:2379'),
          advertise,
          flag('cert-file', '/c'),
          flag('key-file', '/k'),
        ],
      }),
    },
    { name: "kubeadm's own listeners", config: kubeadm() },
    {
      name: 'kubeadm with a plaintext metrics listener (never reported)',
      config: kubeadm([flag('listen-metrics-urls', 'http://0.0.0.0:2381')]),
    },
    {
      name: 'etcd defaults in an open configuration are unknown',
      config: process({ completeness: { complete: false, reasons: ['envFrom reads Secret x'] } }),
    },
    { name: 'a fragment says nothing about defaults', config: process({ kind: 'fragment' }) },
    {
      name: 'a listener under a template condition no values of the repository render',
      config: process({
        flags: [
          {
            ...listen('http://0.0.0.0:2379'),
            conditional: { text: '`{{ if .Values.plain }}`', rendered: false },
          },
          advertise,
        ],
      }),
    },
    {
      name: 'a templated scheme is unknown',
      config: process({ flags: [{ ...listen('      ://0.0.0.0:2379'), valueUnknown: true }, advertise] }),
    },
    {
      name: 'a listen URL without an advertise URL: etcd will not start (T17)',
      config: process({ flags: [listen('http://0.0.0.0:2379')] }),
    },
    {
      name: 'a host name in a listen URL: etcd will not start',
      config: process({ flags: [listen('http://etcd.example:2379'), advertise] }),
    },
    {
      name: 'a flag and its variable both set: etcd will not start',
      config: process({
        flags: [listen('http://0.0.0.0:2379'), advertise],
        env: [env('listen-client-urls', 'http://0.0.0.0:2379')],
      }),
    },
    {
      name: 'a problem that stops the whole process (a plain argument)',
      config: process({
        flags: [listen('http://0.0.0.0:2379'), advertise],
        startupProblems: [{ message: 'etcd will not start: "x" is not a valid flag', span: at(9) }],
      }),
    },
    {
      name: 'a systemd unit or a script whose --config-file is outside the scan: every setting unknown',
      config: process({
        launcher: { kind: 'systemd', unit: 'etcd.service' },
        flags: [flag('config-file', '/etc/etcd/etcd.yml')],
      }),
    },
    {
      name: 'a shell script whose ETCD_CONFIG_FILE is outside the scan',
      config: process({
        launcher: { kind: 'shell-script', path: 'install.sh' },
        env: [env('config-file', '/etc/etcd/etcd.yml')],
      }),
    },
    {
      name: 'flags next to --config-file are ignored (the file is not in the scan)',
      config: process({
        flags: [flag('config-file', '/etc/etcd/etcd.yml'), listen('http://0.0.0.0:2379'), advertise],
      }),
    },
  ],
  invalid: [
    {
      name: 'http on every interface: error at the URL',
      config: process({ flags: [listen('http://0.0.0.0:2379'), advertise] }),
      findings: [
        {
          line: 5,
          column: 30,
          level: 'error',
          message: [
            'Pod etcd, container etcd: etcd is started with `--listen-client-urls=http://0.0.0.0:2379`, which makes etcd serve client traffic without TLS on 0.0.0.0:2379; any host that reaches the port can read and write every key',
            'Fix: use `https://` in `--listen-client-urls`',
          ],
        },
      ],
    },
    {
      name: 'http on loopback: warning',
      config: process({ flags: [listen('http://127.0.0.1:2379'), advertise] }),
      findings: [{ line: 5, column: 30, level: 'warning', message: ['the listener is on the host only'] }],
    },
    {
      name: 'localhost, [::1] and a unix socket are the host only',
      config: process({
        flags: [listen('http://localhost:2379,http://[::1]:2379,unix://localhost:2379'), advertise],
      }),
      findings: [{ line: 5, column: 30, level: 'warning' }],
    },
    {
      name: 'the worst URL of a list decides the level and the place',
      config: process({
        flags: [
          listen('https://127.0.0.1:2379,http://127.0.0.1:2379,http://10.0.0.5:2379'),
          advertise,
          flag('cert-file', '/c'),
          flag('key-file', '/k'),
        ],
      }),
      findings: [{ line: 5, column: 75, level: 'error', message: ['without TLS on 10.0.0.5:2379'] }],
    },
    {
      name: '[::] is every interface',
      config: process({ flags: [listen('http://[::]:2379'), advertise] }),
      findings: [{ line: 5, column: 30, level: 'error' }],
    },
    {
      name: 'HTTP in capitals is http (Go lower-cases the scheme)',
      config: process({ flags: [listen('HTTP://10.0.0.5:2379'), advertise] }),
      findings: [{ line: 5, column: 30, level: 'error' }],
    },
    {
      name: 'a listener under an undecided template condition: warning, with the condition',
      config: process({
        flags: [
          { ...listen('http://0.0.0.0:2379'), conditional: { text: '`{{ if .Values.plain }}`' } },
          advertise,
        ],
      }),
      findings: [
        {
          line: 5,
          column: 30,
          level: 'warning',
          message: [
            'The template renders it only under `{{ if .Values.plain }}`, which the values in the repository do not decide',
          ],
        },
      ],
    },
    {
      name: 'a listener under a template condition the values decide: error, with the reason',
      config: process({
        flags: [
          {
            ...listen('http://0.0.0.0:2379'),
            conditional: {
              text: '`{{ if .Values.plain }}`',
              rendered: true,
              because: 'values.yaml sets `plain: true`',
            },
          },
          advertise,
        ],
      }),
      findings: [
        {
          line: 5,
          column: 30,
          level: 'error',
          message: [
            'The template renders it under `{{ if .Values.plain }}`: values.yaml sets `plain: true`.',
          ],
        },
      ],
    },
    {
      name: 'a literal http scheme with a placeholder host is plaintext, taken as any address',
      config: process({ flags: [{ ...listen('http://$(POD_IP):2379'), valueUnknown: true }, advertise] }),
      findings: [{ line: 5, column: 30, level: 'error', message: ['The host is a placeholder'] }],
    },
    {
      name: 'certificates on an http listener are ignored (T4)',
      config: process({
        flags: [
          listen('http://0.0.0.0:2379'),
          advertise,
          flag('cert-file', '/c'),
          flag('key-file', '/k'),
          flag('client-cert-auth', 'true'),
        ],
      }),
      findings: [
        {
          line: 5,
          column: 30,
          level: 'error',
          message: [
            'etcd ignores `--cert-file`/`--key-file` and client-certificate auth on a plaintext listener',
          ],
        },
      ],
    },
    {
      name: "etcd's default in a complete configuration: warning on the launcher",
      config: process(),
      findings: [
        {
          line: 1,
          column: 1,
          level: 'warning',
          message: [
            'no client listen URL is set, so etcd serves client traffic without TLS on its default http://localhost:2379',
            'Fix: set `--listen-client-urls` to `https://` URLs (with an advertise URL)',
          ],
        },
      ],
    },
    {
      name: 'an empty --listen-client-urls= keeps the default (EMPIRICAL), on the flag',
      config: process({ flags: [on(flag('listen-client-urls', ''), 6), advertise] }),
      findings: [{ line: 6, column: 1, level: 'warning' }],
    },
    {
      name: 'a variable',
      config: process({
        env: [
          located(env('listen-client-urls', 'http://0.0.0.0:2379'), 7, 12),
          env('advertise-client-urls', 'http://10.0.0.5:2379'),
        ],
      }),
      findings: [
        {
          line: 7,
          column: 12,
          level: 'error',
          message: [
            'etcd gets `ETCD_LISTEN_CLIENT_URLS=http://0.0.0.0:2379` in the container env',
            'Fix: use `https://` in `ETCD_LISTEN_CLIENT_URLS` and give etcd `ETCD_CERT_FILE`/`ETCD_KEY_FILE`',
          ],
        },
      ],
    },
    {
      name: 'listen-client-http-urls is a client listener too (one finding per setting)',
      config: process({
        flags: [
          listen('http://10.0.0.5:2379'),
          advertise,
          located(flag('listen-client-http-urls', 'http://127.0.0.1:2382'), 8, 35),
        ],
      }),
      findings: [
        { line: 5, column: 30, level: 'error' },
        { line: 8, column: 35, level: 'warning' },
      ],
    },
    {
      name: 'a config file: a listen URL (no advertise URL needed, C5)',
      config: configFile([
        located(configKey('listen-client-urls', 'listen-client-urls', 'http://10.0.0.5:2379'), 3, 21),
      ]),
      findings: [
        {
          line: 3,
          column: 21,
          level: 'error',
          message: [
            'Fix: use `https://` in `listen-client-urls` and set `cert-file`, `key-file`, `trusted-ca-file` and `client-cert-auth: true` under `client-transport-security`.',
          ],
        },
      ],
    },
    {
      name: 'a config file without a listen URL: the default',
      config: configFile([configKey('data-dir', 'data-dir', '/var/lib/etcd')]),
      findings: [{ line: 1, column: 1, level: 'warning' }],
    },
    {
      name: "kubeadm extraArgs replacing kubeadm's listeners",
      config: kubeadm([located(flag('listen-client-urls', 'http://0.0.0.0:2379'), 9, 27)]),
      findings: [
        {
          line: 9,
          column: 27,
          level: 'error',
          message: [
            'Fix: remove `listen-client-urls` from `etcd.local.extraArgs`; kubeadm then listens with https',
          ],
        },
      ],
    },
  ],
});
