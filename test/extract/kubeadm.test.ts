import { describe, expect, it } from 'vitest';
import { findingsInFixture } from '../support/fixtures.js';
import { findingsIn, where } from '../support/scan-text.js';

const A = 'etcd-auto-tls';
const P = 'etcd-peer-auto-tls';

describe('kubeadm ClusterConfiguration etcd.local.extraArgs', () => {
  it.each([
    // v1beta3 map: the region starts at the key; apiServer extraArgs are not etcd's.
    { file: 'kubeadm/v1beta3-map.yaml', expected: [{ rule: A, line: 14, column: 7 }] },
    // v1beta4 list: the region is the `name` entry; controllerManager extraArgs are not etcd's.
    { file: 'kubeadm/v1beta4-list.yaml', expected: [{ rule: P, line: 10, column: 7 }] },
    // v1beta4 list with duplicates: kubeadm that sorts by value passes `true` last.
    { file: 'kubeadm/v1-duplicates.yaml', expected: [{ rule: A, line: 6, column: 7 }] },
    // extraArgs merged in with `<<:` from an anchor: the merged entry is reported where it is written.
    { file: 'kubeadm/merge-keys.yaml', expected: [{ rule: A, line: 8, column: 9 }] },
    // `kubectl get cm kubeadm-config -o json`: the whole file in one JSON string with `\n` and `\"`
    // escapes; the finding is on the line of the string, at the column of `auto-tls`.
    { file: 'kubeadm/kubeadm-config-configmap.json', expected: [{ rule: A, line: 4, column: 265 }] },
    // etcd.external runs no etcd.
    { file: 'kubeadm/external.yaml', expected: [] },
  ])('$file', ({ file, expected }) => {
    expect(where(findingsInFixture(file))).toEqual(expected);
  });

  it('covers the whole `key: value` entry of a map and the `name` entry of a list', () => {
    expect(findingsInFixture('kubeadm/v1beta3-map.yaml')[0]?.span).toEqual({
      startLine: 14,
      startColumn: 7,
      endLine: 14,
      endColumn: 23,
    });
    expect(findingsInFixture('kubeadm/v1beta4-list.yaml')[0]?.span).toEqual({
      startLine: 10,
      startColumn: 7,
      endLine: 10,
      endColumn: 26,
    });
  });

  it('explains the kubeadm rendering, the inert certificates and the duplicate ordering', () => {
    const [map] = findingsInFixture('kubeadm/v1beta3-map.yaml');
    expect(map?.message).toContain('which kubeadm passes to etcd as `--auto-tls=true`');
    expect(map?.message).toContain('kubeadm always passes `--cert-file`/`--key-file`');
    expect(map?.fix).toContain('etcd.local.extraArgs');
    const [duplicate] = findingsInFixture('kubeadm/v1-duplicates.yaml');
    expect(duplicate?.message).toContain(
      'kubeadm releases that sort extraArgs by value (before the early-2026 patch releases) pass "true" last',
    );
  });

  // kubeadm before kubernetes/kubernetes#135400 sorted extraArgs by value ("True" < "false" <
  // "true" in byte order); newer kubeadm keeps the list order. A v1beta4 file meets either, so a
  // value that is true under either order is reported, with the order it depends on; v1 never sorted.
  it.each([
    {
      name: 'true then false (sorting keeps true)',
      version: 'v1beta4',
      values: ['true', 'false'],
      expected: [6],
    },
    {
      name: 'false then True (list order ends on True)',
      version: 'v1beta4',
      values: ['false', 'True'],
      expected: [8],
    },
    {
      name: 'True then false (both end on false)',
      version: 'v1beta4',
      values: ['True', 'false'],
      expected: [],
    },
    {
      name: 'false then True in v1 (list order only)',
      version: 'v1',
      values: ['false', 'True'],
      expected: [8],
    },
    {
      name: 'true then false in v1 (list order only)',
      version: 'v1',
      values: ['true', 'false'],
      expected: [],
    },
  ])('duplicates: $name', ({ version, values, expected }) => {
    const list = values.map((value) => `    - name: auto-tls\n      value: "${value}"\n`).join('');
    expect(where(findingsIn(cluster(version, list)))).toEqual(
      expected.map((line) => ({ rule: A, line, column: 7 })),
    );
  });

  const cluster = (apiVersion: string, extraArgs: string) => `apiVersion: kubeadm.k8s.io/${apiVersion}
kind: ClusterConfiguration
etcd:
  local:
    extraArgs:
${extraArgs}`;

  it.each(['v1beta1', 'v1beta2', 'v1beta3'])('reads the %s map form', (version) => {
    expect(where(findingsIn(cluster(version, '      peer-auto-tls: "1"\n')))).toEqual([
      { rule: P, line: 6, column: 7 },
    ]);
  });

  it.each(['v1beta4', 'v1'])('reads the %s list form', (version) => {
    expect(where(findingsIn(cluster(version, '    - name: auto-tls\n      value: "True"\n')))).toEqual([
      { rule: A, line: 6, column: 7 },
    ]);
  });

  it('passes false values, keeps the last of duplicates when they agree, and ignores other kinds', () => {
    expect(findingsIn(cluster('v1beta3', '      auto-tls: "false"\n'))).toEqual([]);
    expect(
      findingsIn(
        cluster(
          'v1beta4',
          '    - name: auto-tls\n      value: "false"\n    - name: auto-tls\n      value: "0"\n',
        ),
      ),
    ).toEqual([]);
    expect(
      findingsIn(
        cluster('v1beta3', '      auto-tls: "true"\n').replace('ClusterConfiguration', 'InitConfiguration'),
      ),
    ).toEqual([]);
    expect(
      findingsIn(cluster('v1beta3', '      auto-tls: "true"\n').replace('kubeadm.k8s.io', 'example.com')),
    ).toEqual([]);
  });

  it('reports auto-TLS as effective when extraArgs blank the certificate files', () => {
    const [finding] = findingsIn(
      cluster('v1beta3', '      auto-tls: "true"\n      cert-file: ""\n      key-file: ""\n'),
    );
    expect(finding?.message).not.toContain('ignores auto-TLS');
  });

  it('reports an unquoted boolean (kubeadm wants a string, but the intent is plain)', () => {
    expect(where(findingsIn(cluster('v1beta3', '      auto-tls: true\n')))).toEqual([
      { rule: A, line: 6, column: 7 },
    ]);
  });
});
