import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model.js';
import { RULES } from '../../src/rules/index.js';
import { findingsInFiles, where } from '../support/scan-text.js';

const found = (files: Record<string, string>, diagnostics: Diagnostic[] = []) =>
  where(findingsInFiles(files, diagnostics, RULES)).map((w) => `${w.rule} ${w.line}:${w.column}`);

const own = 'apiVersion: v2\nname: etcd\nversion: 12.0.20\nhome: https://bitnami.com\n';
const umbrella = (dependency: string) =>
  `apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n  - name: etcd\n    version: 12.x\n${dependency}`;
const BITNAMI = '    repository: oci://registry-1.docker.io/bitnamicharts\n';

describe('the Bitnami etcd chart, once a values file is known to be its', () => {
  it('needs the chart identity: the same values elsewhere are only read for auto-TLS', () => {
    const values = 'auth:\n  client:\n    secureTransport: false\n';
    expect(
      found({
        'other/values.yaml': values,
        'other/Chart.yaml': 'apiVersion: v2\nname: etcd\nversion: 1.0.0\n',
      }),
    ).toEqual([]);
    expect(found({ 'etcd/values.yaml': values, 'etcd/Chart.yaml': own })).toEqual([
      'etcd-peer-plaintext 1:1',
      'etcd-client-plaintext 3:5',
    ]);
  });

  it("anchors the chart's defaults on the deepest key written, or on the chart reference", () => {
    // `etcd:` in the umbrella's values.yaml.
    expect(
      found({ 'u/Chart.yaml': umbrella(BITNAMI), 'u/values.yaml': 'etcd:\n  replicaCount: 3\n' }),
    ).toEqual(['etcd-client-plaintext 1:1', 'etcd-peer-plaintext 1:1']);
    // `auth.client` written without secureTransport: on `client:`.
    expect(
      found({
        'u/Chart.yaml': umbrella(BITNAMI),
        'u/values.yaml': 'etcd:\n  auth:\n    client:\n      existingSecret: x\n',
      }),
    ).toEqual(['etcd-peer-plaintext 2:3', 'etcd-client-plaintext 3:5']);
    // No values file in the scan: the dependency entry in Chart.yaml.
    expect(
      found({ 'u/Chart.yaml': umbrella('    repository: https://charts.bitnami.com/bitnami\n') }),
    ).toEqual(['etcd-client-plaintext 5:5', 'etcd-peer-plaintext 5:5']);
  });

  it('respects the dependency condition, tags and aliases, and other repositories', () => {
    const condition = `    condition: etcd.enabled\n${BITNAMI}`;
    expect(
      found({ 'u/Chart.yaml': umbrella(condition), 'u/values.yaml': 'etcd:\n  enabled: false\n' }),
    ).toEqual([]);
    expect(found({ 'u/Chart.yaml': umbrella(`    tags: [storage]\n${BITNAMI}`) })).toEqual([]);
    // An alias: the values sit under it; without a values file, an alias could hide anything.
    const alias = `    alias: kv\n${BITNAMI}`;
    expect(found({ 'u/Chart.yaml': umbrella(alias) })).toEqual([]);
    expect(
      found({
        'u/Chart.yaml': umbrella(alias),
        'u/values.yaml': '# etcd\nkv:\n  auth:\n    peer:\n      secureTransport: true\n',
      }),
    ).toEqual(['etcd-client-plaintext 3:3', 'etcd-peer-client-cert-auth-disabled 4:5']);
    expect(found({ 'u/Chart.yaml': umbrella('    repository: https://example.com/charts\n') })).toEqual([]);
  });

  it('reads another values file of the chart directory for what it writes only', () => {
    const files = {
      'etcd/Chart.yaml': own,
      'etcd/values-production.yaml':
        '# etcd\nauth:\n  client:\n    secureTransport: true\n  peer:\n    secureTransport: false\n',
    };
    expect(found(files)).toEqual(['etcd-peer-plaintext 6:5']);
  });

  it("opens what envFrom may set, and reads literal extraEnvVars after the chart's own", () => {
    const tls =
      'auth:\n  client:\n    secureTransport: true\n  peer:\n    secureTransport: true\n    enableAuthentication: true\n';
    expect(found({ 'etcd/Chart.yaml': own, 'etcd/values.yaml': tls })).toEqual([
      'etcd-client-cert-auth-disabled 2:3',
    ]);
    expect(found({ 'etcd/Chart.yaml': own, 'etcd/values.yaml': `${tls}extraEnvVarsCM: etcd-env\n` })).toEqual(
      [],
    );
    const extra = `${tls}extraEnvVars:\n  - name: ETCD_CLIENT_CERT_AUTH\n    value: "true"\n`;
    expect(found({ 'etcd/Chart.yaml': own, 'etcd/values.yaml': extra })).toEqual([]);
    // A mounted configuration file may replace every variable: only auto-TLS values are read then.
    const mounted = 'auth:\n  client:\n    secureTransport: false\nconfiguration: |\n  name: x\n';
    expect(found({ 'etcd/Chart.yaml': own, 'etcd/values.yaml': mounted })).toEqual([]);
  });

  it('keeps reporting auto-TLS from chart values, where it was found before', () => {
    const auto =
      'auth:\n  client:\n    secureTransport: true\n    useAutoTLS: true\n  peer:\n    secureTransport: true\n    enableAuthentication: true\n';
    expect(found({ 'etcd/Chart.yaml': own, 'etcd/values.yaml': auto })).toEqual(['etcd-auto-tls 4:5']);
  });
});
