import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { findingsInFixture } from '../support/fixtures.js';
import { findingsIn, findingsInFiles, where } from '../support/scan-text.js';

const P = 'etcd-peer-auto-tls';

describe('aenix-io etcd-operator EtcdCluster (fixtures/operators)', () => {
  it.each([
    { file: 'operators/aenix-simple.yaml', expected: [{ rule: P, line: 6, column: 1 }] },
    { file: 'operators/aenix-full.yaml', expected: [{ rule: P, line: 7, column: 1 }] },
    { file: 'operators/aenix-external-certificates.yaml', expected: [] },
  ])('$file', ({ file, expected }) => {
    expect(where(findingsInFixture(file))).toEqual(expected);
  });

  it('says why, and how to fix it in the resource', () => {
    const [finding] = findingsInFixture('operators/aenix-simple.yaml');
    expect(finding?.subject).toBe('EtcdCluster test (aenix-io/etcd-operator)');
    expect(finding?.message).toContain(
      'aenix-io/etcd-operator starts etcd with `--peer-auto-tls` because `spec.security.tls.peerSecret` is not set',
    );
    expect(finding?.fix).toContain('set `spec.security.tls.peerSecret` to a Secret');
  });
});

const cluster = (spec: string) => `apiVersion: etcd.aenix.io/v1alpha1
kind: EtcdCluster
metadata:
  name: c
  namespace: db
spec:
${spec}`;

describe('EtcdCluster spec', () => {
  it.each([
    {
      name: 'security without tls: at `security`',
      spec: '  security:\n    enableAuth: false\n',
      expected: [[7, 3]],
    },
    {
      name: 'only the server Secret: peer auto-TLS stays',
      spec: '  security:\n    tls:\n      serverSecret: server\n',
      expected: [[7, 3]],
    },
    { name: 'peerSecret given', spec: '  security:\n    tls:\n      peerSecret: peer\n', expected: [] },
    { name: 'peerSecret empty', spec: '  security:\n    tls:\n      peerSecret: ""\n', expected: [[7, 3]] },
    {
      name: 'a templated peerSecret is unknown',
      spec: '  security:\n    tls:\n      peerSecret: {{ .Values.peerSecret }}\n',
      expected: [],
    },
  ])('$name', ({ spec, expected }) => {
    expect(where(findingsIn(cluster(spec))).map((f) => [f.line, f.column])).toEqual(expected);
  });

  it('spec.options cannot set peer-auto-tls: the webhook refuses it', () => {
    const [finding] = findingsIn(cluster('  options:\n    peer-auto-tls: "false"\n'));
    expect(finding?.message).toContain(
      "Also, the operator's admission webhook refuses `spec.options.peer-auto-tls`",
    );
  });

  it('other kinds and API groups are not the operator', () => {
    expect(
      findingsIn(
        cluster('  size: 3\n').replace('etcd.aenix.io/v1alpha1', 'etcd.database.coreos.com/v1beta2'),
      ),
    ).toEqual([]);
  });
});

describe('names written by template actions', () => {
  it('shows them as written, not as the blanks the parser read (hatlonely/kubeapp shape)', () => {
    const template = `apiVersion: "etcd.database.coreos.com/v1beta2"\nkind: "EtcdCluster"\nmetadata:\n  namespace: {{ .Release.Namespace }}\n  name: {{ .Values.name }}\nspec:\n  size: {{ .Values.replica }}\n`;
    const findings = findingsInFiles(
      {
        'chart/Chart.yaml': 'apiVersion: v2\nname: kv\nversion: 1.0.0\n',
        'chart/templates/etcd-cluster.yaml': template,
      },
      [],
      RULES,
    );
    expect(findings.map((f) => [f.ruleId, f.span.startLine, f.subject])).toEqual([
      [
        'etcd-client-plaintext',
        6,
        'EtcdCluster {{ .Release.Namespace }}/{{ .Values.name }} (coreos/etcd-operator)',
      ],
      [
        'etcd-peer-plaintext',
        6,
        'EtcdCluster {{ .Release.Namespace }}/{{ .Values.name }} (coreos/etcd-operator)',
      ],
    ]);
  });
});
