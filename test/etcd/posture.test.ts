import { describe, expect, it } from 'vitest';
import { resolveClient } from '../../src/etcd/apiserver.js';
import { resolve } from '../../src/etcd/resolve.js';
import { apiserver, configFile, configKey, env, flag, kubeadm, process } from '../support/configs.js';

const tls = () => [flag('cert-file', '/c'), flag('key-file', '/k')];

describe('each side as it would run (src/etcd/posture.ts)', () => {
  it('lists the listeners of a side with what each serves', () => {
    const side = resolve(
      process({
        flags: [
          flag('listen-client-urls', 'https://127.0.0.1:2379,http://10.0.0.5:2379'),
          flag('advertise-client-urls', 'https://10.0.0.5:2379'),
          flag('listen-client-http-urls', 'http://127.0.0.1:2382'),
          ...tls(),
        ],
      }),
    ).side('client');
    expect(side.listeners.map((l) => [l.name, l.url.text, l.url.scheme, l.url.reach])).toEqual([
      ['listen-client-urls', 'https://127.0.0.1:2379', 'https', 'local'],
      ['listen-client-urls', 'http://10.0.0.5:2379', 'http', 'network'],
      ['listen-client-http-urls', 'http://127.0.0.1:2382', 'http', 'local'],
    ]);
    expect(side.plaintext).toHaveLength(2);
    expect(side.tls).toHaveLength(1);
    expect(side.certificates).toBe('set');
    expect(side.trustedCa).toBe('absent');
    expect(side.problems).toEqual([]);
  });

  it("uses etcd's defaults only in a complete configuration", () => {
    expect(
      resolve(process())
        .side('peer')
        .listeners.map((l) => [l.url.text, l.layer]),
    ).toEqual([['http://localhost:2380', 'etcd-default']]);
    const open = resolve(process({ completeness: { complete: false, reasons: ['x'] } })).side('peer');
    expect(open.listeners).toEqual([]);
    expect(open.listenersUnknown).toBe(true);
    expect(open.trustedCa).toBe('unknown');
  });

  it('takes launcher values as known (kubeadm: https, certificates, CA)', () => {
    const side = resolve(kubeadm()).side('client');
    expect(side.tls.map((l) => l.layer)).toEqual(['launcher-default', 'launcher-default']);
    expect([side.certificates, side.trustedCa, side.problems]).toEqual(['set', 'set', []]);
  });

  it.each([
    [
      'https without certificate files (T1)',
      process({
        flags: [
          flag('listen-client-urls', 'https://0.0.0.0:2379'),
          flag('advertise-client-urls', 'https://x:2379'),
        ],
      }),
      'etcd will not start: TLS key/cert (--cert-file, --key-file) must be provided for client url https://0.0.0.0:2379 with HTTPS scheme',
    ],
    [
      'a certificate without its key',
      process({
        flags: [
          flag('listen-client-urls', 'https://0.0.0.0:2379'),
          flag('advertise-client-urls', 'https://x:2379'),
          flag('cert-file', '/c'),
        ],
      }),
      'etcd will not start: TLS key/cert',
    ],
    [
      'an https peer listener without peer certificates (T2)',
      process({ flags: [flag('listen-peer-urls', 'https://10.0.0.5:2380')] }),
      'etcd will not start: cannot listen on TLS for https://10.0.0.5:2380: KeyFile and CertFile are not presented',
    ],
    [
      'a listen URL flag without an advertise URL (T17)',
      process({ flags: [flag('listen-client-urls', 'http://0.0.0.0:2379')] }),
      'etcd will not start: --listen-client-urls is set without an advertise URL',
    ],
    [
      'a listen URL variable without an advertise URL (T18)',
      process({ env: [env('listen-client-urls', 'http://0.0.0.0:2379')] }),
      'etcd will not start: ETCD_LISTEN_CLIENT_URLS is set without an advertise URL',
    ],
    [
      'a host name in a listen URL',
      process({ flags: [flag('listen-peer-urls', 'http://etcd-0:2380')] }),
      'expected IP in URL for binding',
    ],
  ])('records why etcd will not start: %s', (_name, config, message) => {
    const effective = resolve(config);
    expect(effective.startupProblems.map((p) => p.message).join('\n')).toContain(message);
  });

  it('needs no advertise URL in a config file (C5), nor when auto-TLS makes the certificate', () => {
    const file = resolve(
      configFile([configKey('listen-client-urls', 'listen-client-urls', 'http://10.0.0.5:2379')]),
    );
    expect(file.startupProblems).toEqual([]);
    const auto = resolve(
      process({
        flags: [
          flag('listen-client-urls', 'https://0.0.0.0:2379'),
          flag('advertise-client-urls', 'https://x:2379'),
          flag('auto-tls'),
        ],
      }),
    );
    expect(auto.startupProblems).toEqual([]);
    expect(auto.side('client').autoTls).toBe('on');
  });

  it('knows nothing about certificates it cannot see, and invents no problem', () => {
    const open = resolve(
      process({
        flags: [
          flag('listen-client-urls', 'https://0.0.0.0:2379'),
          flag('advertise-client-urls', 'https://x:2379'),
        ],
        completeness: { complete: false, reasons: ['envFrom'] },
      }),
    );
    expect(open.side('client').certificates).toBe('unknown');
    expect(open.startupProblems).toEqual([]);
  });
});

describe("the kube-apiserver's etcd flags (pflag)", () => {
  it('accumulates repeated --etcd-servers and reads override servers after # and ;', () => {
    const client = resolveClient(
      apiserver([
        flag('etcd-servers', 'https://10.0.0.1:2379,https://10.0.0.2:2379'),
        flag('etcd-servers', 'https://10.0.0.3:2379'),
        flag(
          'etcd-servers-overrides',
          '/events#http://127.0.0.1:4002;http://127.0.0.1:4003,coordination.k8s.io/leases#https://10.0.0.9:2379',
        ),
      ]),
    );
    expect(client.endpoints.map((e) => `${e.setting.name} ${e.url.text} ${e.url.start}`)).toEqual([
      'etcd-servers https://10.0.0.1:2379 0',
      'etcd-servers https://10.0.0.2:2379 22',
      'etcd-servers https://10.0.0.3:2379 0',
      'etcd-servers-overrides http://127.0.0.1:4002 8',
      'etcd-servers-overrides http://127.0.0.1:4003 30',
      'etcd-servers-overrides https://10.0.0.9:2379 79',
    ]);
  });

  it('lets the last file flag win and knows absence only in a complete configuration', () => {
    const client = resolveClient(apiserver([flag('etcd-cafile', '/a'), flag('etcd-cafile', '')]));
    expect(client.file('etcd-cafile').state).toBe('empty');
    expect(client.file('etcd-certfile').state).toBe('absent');
    expect(resolveClient(apiserver([], ['x'])).file('etcd-certfile').state).toBe('unknown');
  });
});
