import { describe, expect, it } from 'vitest';
import {
  impliedSettings,
  K0S_DEFAULTS,
  K3S_DEFAULTS,
  RKE_DEFAULTS,
  TALOS_DEFAULTS,
} from '../../src/etcd/launchers.js';
import type { Setting } from '../../src/model.js';
import { etcdClientCertAuthDisabled } from '../../src/rules/etcd-client-cert-auth-disabled.js';
import { at, configFile, configKey, env, flag, kubeadm, process } from '../support/configs.js';
import { ruleTable } from '../support/rule-tester.js';

const DEFAULTS = { k0s: K0S_DEFAULTS, RKE: RKE_DEFAULTS, 'k3s/RKE2': K3S_DEFAULTS, Talos: TALOS_DEFAULTS };

const on = (setting: Setting, line: number): Setting => ({ ...setting, span: at(line) });
const tlsClient = () => [
  flag('listen-client-urls', 'https://0.0.0.0:2379'),
  flag('advertise-client-urls', 'https://10.0.0.5:2379'),
  flag('cert-file', '/etc/etcd/server.crt'),
  flag('key-file', '/etc/etcd/server.key'),
];
const ca = () => flag('trusted-ca-file', '/etc/etcd/ca.crt');
const distribution = (name: 'k0s' | 'RKE' | 'k3s/RKE2' | 'Talos', flags: Setting[]) =>
  process({
    launcher: { kind: 'distribution', distribution: name, objectName: 'c' },
    flags,
    implied: impliedSettings(name, DEFAULTS[name], name === 'k3s/RKE2' ? 'config-file' : 'flag', at(1)),
  });

ruleTable(etcdClientCertAuthDisabled, {
  valid: [
    {
      name: 'mutual TLS',
      config: process({ flags: [...tlsClient(), ca(), flag('client-cert-auth', 'true')] }),
    },
    {
      name: 'a bare --client-cert-auth is true',
      config: process({ flags: [...tlsClient(), flag('client-cert-auth')] }),
    },
    {
      name: '=1 and =t are true',
      config: process({ flags: [...tlsClient(), flag('client-cert-auth', '1')] }),
    },
    {
      name: 'ETCD_CLIENT_CERT_AUTH=true',
      config: process({ flags: tlsClient(), env: [env('client-cert-auth', 'True')] }),
    },
    {
      name: 'client-cert-auth=true without a CA: passes CIS (T7, every client refused), not reported',
      config: process({ flags: [...tlsClient(), flag('client-cert-auth', 'true')] }),
    },
    {
      name: 'a plaintext client side gets the plaintext finding instead',
      config: process({
        flags: [
          flag('listen-client-urls', 'http://0.0.0.0:2379'),
          flag('advertise-client-urls', 'http://x:2379'),
          flag('client-cert-auth', 'false'),
        ],
      }),
    },
    {
      name: 'client auto-TLS gets the auto-TLS finding instead',
      config: process({
        flags: [
          flag('listen-client-urls', 'https://0.0.0.0:2379'),
          flag('advertise-client-urls', 'https://x:2379'),
          flag('auto-tls'),
        ],
      }),
    },
    {
      name: 'https without certificates: etcd will not start (T1)',
      config: process({
        flags: [
          flag('listen-client-urls', 'https://0.0.0.0:2379'),
          flag('advertise-client-urls', 'https://x:2379'),
        ],
      }),
    },
    {
      name: 'a flag and its variable both set: etcd will not start',
      config: process({
        flags: [...tlsClient(), flag('client-cert-auth', 'false')],
        env: [env('client-cert-auth', 'false')],
      }),
    },
    {
      name: 'an invalid boolean: etcd will not start',
      config: process({ flags: [...tlsClient(), flag('client-cert-auth', 'no')] }),
    },
    { name: "kubeadm's own client-certificate auth", config: kubeadm() },
    {
      name: 'k3s/RKE2 etcd-arg client-cert-auth=false lands at the top level of the config file (ignored)',
      config: distribution('k3s/RKE2', []),
    },
    {
      name: 'Talos refuses a client-cert-auth override (etcd will not start)',
      config: distribution('Talos', [flag('client-cert-auth', 'false')]),
    },
    {
      name: 'absence in an open configuration',
      config: process({ flags: tlsClient(), completeness: { complete: false, reasons: ['x'] } }),
    },
    {
      name: 'absence when the listeners are not known',
      config: process({
        completeness: { complete: false, reasons: ['x'] },
        flags: [flag('cert-file', '/c')],
      }),
    },
  ],
  invalid: [
    {
      name: 'https with certificate files only: any client (T6), on the launcher',
      config: process({ flags: tlsClient() }),
      findings: [
        {
          line: 1,
          column: 1,
          level: 'error',
          message: [
            "`--client-cert-auth` is not set, so client-certificate auth is off (etcd's default), and no `--trusted-ca-file` is set, so etcd's TLS client listener accepts anyone who reaches the port without a certificate, to read and write every key (CIS Kubernetes 2.2)",
            'Fix: set `--client-cert-auth=true` and give etcd `--trusted-ca-file`',
          ],
        },
      ],
    },
    {
      name: 'explicitly false without a CA: error on the flag',
      config: process({ flags: [...tlsClient(), on(flag('client-cert-auth', 'False'), 8)] }),
      findings: [{ line: 8, column: 1, level: 'error' }],
    },
    {
      name: 'explicitly false with a trusted CA: client certificates still required (T5), a warning',
      config: process({ flags: [...tlsClient(), ca(), on(flag('client-cert-auth', '0'), 8)] }),
      findings: [
        {
          line: 8,
          column: 1,
          level: 'warning',
          message: ['etcd still requires client certificates signed by `--trusted-ca-file` at the TLS layer'],
        },
      ],
    },
    {
      name: 'explicitly false where the CA is not known: a warning',
      config: process({
        flags: [...tlsClient(), on(flag('client-cert-auth', 'false'), 8)],
        completeness: { complete: false, reasons: ['envFrom reads Secret x'] },
      }),
      findings: [{ line: 8, column: 1, level: 'warning', message: ['is not known from the files'] }],
    },
    {
      name: 'explicitly false where the listeners are not known: a warning',
      config: process({
        flags: [on(flag('client-cert-auth', 'false'), 8)],
        completeness: { complete: false, reasons: ['x'] },
      }),
      findings: [{ line: 8, column: 1, level: 'warning' }],
    },
    {
      name: 'kubeadm extraArgs client-cert-auth: "false": kubeadm keeps its CA, a warning',
      config: kubeadm([on(flag('client-cert-auth', 'false'), 6)]),
      findings: [
        {
          line: 6,
          column: 1,
          level: 'warning',
          message: [
            'Fix: remove `client-cert-auth` from `etcd.local.extraArgs`; kubeadm passes `--client-cert-auth=true` with its own etcd CA.',
          ],
        },
      ],
    },
    {
      name: 'RKE extra_args client-cert-auth: "false" replaces the bare flag RKE adds',
      config: distribution('RKE', [
        {
          ...on(flag('client-cert-auth', 'false'), 4),
          origin: { kind: 'extra-arg', tool: 'RKE', field: 'services.etcd.extra_args', shape: 'map' },
        },
      ]),
      findings: [{ line: 4, column: 1, level: 'warning' }],
    },
    {
      name: 'a config file: client-cert-auth: no (YAML 1.1), no CA',
      config: configFile([
        configKey('listen-client-urls', 'listen-client-urls', 'https://10.0.0.5:2379'),
        configKey('client-transport-security.cert-file', 'cert-file', '/c'),
        configKey('client-transport-security.key-file', 'key-file', '/k'),
        on(
          configKey('client-transport-security.client-cert-auth', 'client-cert-auth', 'no', {
            kind: 'false',
          }),
          9,
        ),
      ]),
      findings: [
        {
          line: 9,
          column: 1,
          level: 'error',
          message: ['Fix: set `client-cert-auth: true` and `trusted-ca-file`'],
        },
      ],
    },
  ],
});

describe('kubeadm v1beta4 lists naming client-cert-auth twice', () => {
  it('reports the order that turns it off, saying which kubeadm releases use it', async () => {
    const { findingsInFiles } = await import('../support/scan-text.js');
    const { RULES } = await import('../../src/rules/index.js');
    const config = `apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
etcd:
  local:
    extraArgs:
      - name: client-cert-auth
        value: "true"
      - name: client-cert-auth
        value: "false"
`;
    const findings = findingsInFiles({ 'k.yaml': config }, [], RULES);
    expect(findings.map((f) => [f.ruleId, f.span.startLine, f.level])).toEqual([
      ['etcd-client-cert-auth-disabled', 8, 'warning'],
    ]);
    expect(findings[0]?.message).toContain(
      'Note: "client-cert-auth" is listed more than once; kubeadm releases that keep the list order',
    );
  });
});
