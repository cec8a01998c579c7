import { describe, expect, it } from 'vitest';
import { type Layer, resolve } from '../../src/etcd/resolve.js';
import type { EtcdConfig } from '../../src/model.js';
import { configFile, configKey, env, flag, kubeadm, process } from '../support/configs.js';

interface Row {
  name: string;
  config: EtcdConfig;
  setting: string;
  layer: Layer;
  raw?: string | undefined;
  bool?: 'true' | 'false' | 'invalid';
}

describe('resolve: which value etcd acts on (etcd pkg/flags, etcdmain/config.go)', () => {
  const rows: Row[] = [
    {
      name: 'a bare boolean flag is true',
      config: process({ flags: [flag('auto-tls')] }),
      setting: 'auto-tls',
      layer: 'flag',
      raw: undefined,
      bool: 'true',
    },
    {
      name: 'the last of repeated flags wins',
      config: process({ flags: [flag('auto-tls', 'true'), flag('auto-tls', 'false')] }),
      setting: 'auto-tls',
      layer: 'flag',
      raw: 'false',
      bool: 'false',
    },
    {
      name: 'a variable applies when the flag is absent',
      config: process({ env: [env('auto-tls', 'T')] }),
      setting: 'auto-tls',
      layer: 'env',
      raw: 'T',
      bool: 'true',
    },
    {
      name: 'an empty variable is skipped',
      config: process({ env: [env('auto-tls', '')] }),
      setting: 'auto-tls',
      layer: 'etcd-default',
      raw: 'false',
      bool: 'false',
    },
    {
      name: 'the last definition of a variable wins',
      config: process({ env: [env('auto-tls', 'true'), env('auto-tls', '0')] }),
      setting: 'auto-tls',
      layer: 'env',
      raw: '0',
      bool: 'false',
    },
    {
      name: 'the flag wins over a variable (etcd refuses to start, see below)',
      config: process({ flags: [flag('auto-tls', 'false')], env: [env('auto-tls', 'true')] }),
      setting: 'auto-tls',
      layer: 'flag',
      raw: 'false',
    },
    {
      name: 'nothing set: etcd default in a complete config',
      config: process(),
      setting: 'listen-client-urls',
      layer: 'etcd-default',
      raw: 'http://localhost:2379',
    },
    {
      name: 'nothing set: unknown in an open config',
      config: process({ completeness: { complete: false, reasons: ['envFrom a Secret'] } }),
      setting: 'listen-client-urls',
      layer: 'unknown',
    },
    {
      name: 'nothing set: unknown in a fragment',
      config: process({ kind: 'fragment' }),
      setting: 'client-cert-auth',
      layer: 'unknown',
    },
    {
      name: '--config-file makes etcd ignore flags and variables',
      config: process({
        flags: [flag('config-file', '/etc/etcd.yml'), flag('auto-tls')],
        env: [env('peer-auto-tls', 'true')],
      }),
      setting: 'auto-tls',
      layer: 'unknown',
    },
    {
      name: 'ETCD_CONFIG_FILE does too',
      config: process({ flags: [flag('auto-tls')], env: [env('config-file', '/etc/etcd.yml')] }),
      setting: 'auto-tls',
      layer: 'unknown',
    },
    {
      name: 'an empty --config-file does not',
      config: process({ flags: [flag('config-file', ''), flag('auto-tls')] }),
      setting: 'auto-tls',
      layer: 'flag',
      bool: 'true',
    },
    {
      name: 'a config file: a key under its section counts',
      config: configFile([
        configKey('client-transport-security.auto-tls', 'auto-tls', 'yes', { kind: 'true' }),
      ]),
      setting: 'auto-tls',
      layer: 'config-file',
      bool: 'true',
    },
    {
      name: 'a config file: a top-level TLS key is ignored',
      config: configFile([configKey('auto-tls', 'auto-tls', 'true', { kind: 'true' })]),
      setting: 'auto-tls',
      layer: 'etcd-default',
      bool: 'false',
    },
    {
      name: 'a config file: a peer key under the client section is not the peer setting',
      config: configFile([
        configKey('client-transport-security.auto-tls', 'auto-tls', 'true', { kind: 'true' }),
      ]),
      setting: 'peer-auto-tls',
      layer: 'etcd-default',
      bool: 'false',
    },
    {
      name: 'a config file without the key: etcd default',
      config: configFile([configKey('name', 'name', 'x')]),
      setting: 'listen-client-urls',
      layer: 'etcd-default',
      raw: 'http://localhost:2379',
    },
    {
      name: 'kubeadm: its own value when extraArgs do not override it',
      config: kubeadm(),
      setting: 'client-cert-auth',
      layer: 'launcher-default',
      raw: 'true',
      bool: 'true',
    },
    {
      name: 'kubeadm: an extraArgs value replaces its own',
      config: kubeadm([flag('client-cert-auth', 'false')]),
      setting: 'client-cert-auth',
      layer: 'flag',
      raw: 'false',
      bool: 'false',
    },
    {
      name: 'an invalid boolean keeps its intent for messages',
      config: process({ flags: [flag('auto-tls', 'yes')] }),
      setting: 'auto-tls',
      layer: 'flag',
      raw: 'yes',
      bool: 'invalid',
    },
  ];
  it.each(rows)('$name', ({ config, setting, layer, raw, bool }) => {
    const effective = resolve(config).get(setting);
    expect(effective.layer).toBe(layer);
    if (raw !== undefined || layer === 'flag') expect(effective.raw).toBe(raw);
    if (bool) expect(effective.bool?.kind).toBe(bool);
  });
});

describe('resolve: start-up problems', () => {
  it('a flag and its variable both present stop etcd 3.4+, even when the variable is empty', () => {
    for (const value of ['true', '']) {
      const effective = resolve(
        process({ flags: [flag('auto-tls', 'true')], env: [env('auto-tls', value)] }),
      );
      expect(effective.startupProblems.map((p) => p.message)).toEqual([
        'etcd 3.4 and later will not start: the environment variable `ETCD_AUTO_TLS` is shadowed by the command-line flag `--auto-tls` ("conflicting environment variable")',
      ]);
      expect(effective.get('auto-tls').conflict?.env.rawValue).toBe(value);
    }
  });

  it('a kubeadm default flag and an extraEnvs variable of the same setting conflict too', () => {
    const effective = resolve(kubeadm([], [env('client-cert-auth', 'false')]));
    expect(effective.startupProblems).toHaveLength(1);
    expect(effective.startupProblems[0]?.message).toContain('`ETCD_CLIENT_CERT_AUTH`');
  });

  it('invalid booleans: every flag occurrence, the variable etcd reads, a config-file type error', () => {
    const flags = resolve(process({ flags: [flag('auto-tls', 'yes'), flag('auto-tls', 'false')] }));
    expect(flags.startupProblems).toMatchObject([{ flag: 'auto-tls' }]);
    expect(flags.startupProblems[0]?.message).toContain('invalid boolean value "yes" for -auto-tls');
    const variable = resolve(process({ env: [env('peer-auto-tls', 'on')] }));
    expect(variable.startupProblems[0]?.message).toContain('invalid value "on" for ETCD_PEER_AUTO_TLS');
    const file = resolve(
      configFile([
        configKey('client-transport-security.auto-tls', 'auto-tls', '"true"', {
          kind: 'invalid',
          meansTrue: true,
        }),
      ]),
    );
    expect(file.startupProblems[0]?.message).toContain('must be a YAML boolean');
  });

  it('with --config-file the variables are not read, so they cannot be invalid or conflict', () => {
    const effective = resolve(
      process({
        flags: [flag('config-file', '/x.yml'), flag('auto-tls', 'true')],
        env: [env('auto-tls', 'yes')],
      }),
    );
    expect(effective.startupProblems).toEqual([]);
  });
});

describe('resolve: inert settings', () => {
  it('auto-TLS is inert when a certificate or key file is given on its side only', () => {
    const withCert = resolve(process({ flags: [flag('auto-tls'), flag('key-file', '/k.pem')] }));
    expect(withCert.get('auto-tls').inert?.kind).toBe('certificates-given');
    const peerCert = resolve(process({ flags: [flag('auto-tls'), flag('peer-cert-file', '/p.pem')] }));
    expect(peerCert.get('auto-tls').inert).toBeUndefined();
    const blanked = resolve(process({ flags: [flag('auto-tls'), flag('cert-file', '')] }));
    expect(blanked.get('auto-tls').inert).toBeUndefined();
  });

  it('kubeadm always passes the certificates; a blank extraArgs value removes them', () => {
    expect(resolve(kubeadm([flag('auto-tls', 'true')])).get('auto-tls').inert?.kind).toBe(
      'certificates-given',
    );
    const blanked = resolve(kubeadm([flag('auto-tls', 'true'), flag('cert-file', ''), flag('key-file', '')]));
    expect(blanked.get('auto-tls').inert).toBeUndefined();
  });

  it('reports a TLS key written where etcd does not read it', () => {
    const effective = resolve(
      configFile([configKey('peer-auto-tls', 'peer-auto-tls', 'true', { kind: 'true' })]),
    );
    expect(effective.ineffective).toMatchObject([
      { reason: { kind: 'config-key-misplaced', expected: 'peer-transport-security.auto-tls' } },
    ]);
  });
});
