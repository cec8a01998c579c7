import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model.js';
import { FIXTURES, findingsInFixture } from '../support/fixtures.js';
import { findingsIn, findingsInFiles, where } from '../support/scan-text.js';

const A = 'etcd-auto-tls';
const P = 'etcd-peer-auto-tls';

/** Findings and scan notices of one fixture file. */
function scanFixture(relPath: string) {
  const diagnostics: Diagnostic[] = [];
  const findings = findingsInFiles(
    { [relPath]: readFileSync(path.join(FIXTURES, relPath), 'utf8') },
    diagnostics,
  );
  return { findings, diagnostics };
}

describe('k0s ClusterConfig spec.storage.etcd', () => {
  it.each([
    // spec.api.extraArgs are the API server's, not etcd's.
    { file: 'distributions/k0s-extra-args.yaml', expected: [{ rule: A, line: 15, column: 9 }] },
    // rawArgs come after extraArgs: `--auto-tls=false` wins over `auto-tls: "true"`.
    { file: 'distributions/k0s-raw-args.yaml', expected: [{ rule: P, line: 12, column: 11 }] },
    // A k0sctl Cluster embeds the ClusterConfig at spec.k0s.config.
    { file: 'distributions/k0sctl.yaml', expected: [{ rule: P, line: 21, column: 15 }] },
  ])('$file', ({ file, expected }) => {
    expect(where(findingsInFixture(file))).toEqual(expected);
  });

  it('explains the k0s rendering and that k0s certificates make the setting inert', () => {
    const [finding] = findingsInFixture('distributions/k0s-extra-args.yaml');
    expect(finding?.span).toEqual({ startLine: 15, startColumn: 9, endLine: 15, endColumn: 25 });
    expect(finding?.subject).toBe('k0s configuration k0s');
    expect(finding?.message).toContain(
      'spec.storage.etcd.extraArgs sets `auto-tls: "true"`, which k0s passes to etcd as `--auto-tls=true`',
    );
    expect(finding?.message).toContain('etcd ignores auto-TLS at run time');
    expect(finding?.fix).toBe(
      'remove `auto-tls` from `spec.storage.etcd.extraArgs`; k0s already gives etcd certificates.',
    );
  });

  it('points a rawArgs finding at the list item', () => {
    const [finding] = findingsInFixture('distributions/k0s-raw-args.yaml');
    expect(finding?.span).toEqual({ startLine: 12, startColumn: 11, endLine: 12, endColumn: 31 });
    expect(finding?.message).toContain('spec.storage.etcd.rawArgs sets `--peer-auto-tls=true`');
    expect(finding?.message).toContain('k0s already gives etcd certificates');
  });

  const k0s = (etcd: string, storage = '') => `apiVersion: k0s.k0sproject.io/v1beta1
kind: ClusterConfig
metadata:
  name: k0s
spec:
  storage:
${storage}    etcd:
${etcd}`;

  it.each([
    {
      name: 'rawArgs true',
      yaml: k0s('      rawArgs: ["--auto-tls=true"]\n'),
      expected: [{ rule: A, line: 8, column: 17 }],
    },
    {
      name: 'a bare rawArgs flag',
      yaml: k0s('      rawArgs:\n      - -peer-auto-tls\n'),
      expected: [{ rule: P, line: 9, column: 9 }],
    },
    {
      name: 'rawArgs false after extraArgs true',
      yaml: k0s(
        '      extraArgs:\n        peer-auto-tls: "true"\n      rawArgs:\n      - --peer-auto-tls=false\n',
      ),
      expected: [],
    },
    { name: 'extraArgs false', yaml: k0s('      extraArgs:\n        auto-tls: "false"\n'), expected: [] },
    {
      name: 'kine storage',
      yaml: k0s('      extraArgs:\n        auto-tls: "true"\n', '    type: kine\n'),
      expected: [],
    },
    {
      name: 'an external etcd cluster',
      yaml: k0s(
        '      externalCluster:\n        endpoints: ["https://etcd:2379"]\n      extraArgs:\n        auto-tls: "true"\n',
      ),
      expected: [],
    },
  ])('$name', ({ yaml, expected }) => {
    expect(where(findingsIn(yaml))).toEqual(expected);
  });

  it('reports auto-TLS as effective when extraArgs blank the certificate files', () => {
    const [finding] = findingsIn(
      k0s('      extraArgs:\n        auto-tls: "true"\n        cert-file: ""\n        key-file: ""\n'),
    );
    expect(finding?.ruleId).toBe(A);
    expect(finding?.message).not.toContain('ignores auto-TLS');
  });
});

describe('RKE1 cluster.yml services.etcd', () => {
  it.each([
    {
      file: 'distributions/rke-cluster.yml',
      expected: [
        { rule: A, line: 15, column: 7 }, // extra_args (kube-api's extra_args are not etcd's)
        { rule: P, line: 19, column: 11 }, // the last value of extra_args_array wins
      ],
    },
    { file: 'distributions/rke-extra-env.yml', expected: [{ rule: P, line: 8, column: 9 }] },
    { file: 'distributions/rancher-cluster.yml', expected: [{ rule: A, line: 11, column: 9 }] },
  ])('$file', ({ file, expected }) => {
    expect(where(findingsInFixture(file))).toEqual(expected);
  });

  it('explains the RKE rendering, the field and the certificates', () => {
    const [args, array] = findingsInFixture('distributions/rke-cluster.yml');
    expect(args?.subject).toBe('RKE configuration prod');
    expect(args?.message).toContain(
      'services.etcd.extra_args sets `auto-tls: "true"`, which RKE passes to etcd as `--auto-tls=true`',
    );
    expect(args?.message).toContain('etcd ignores auto-TLS at run time');
    expect(args?.fix).toBe(
      'remove `auto-tls` from `services.etcd.extra_args`; RKE already gives etcd certificates.',
    );
    expect(array?.message).toContain('services.etcd.extra_args_array sets `peer-auto-tls: ["true"]`');
    const [env] = findingsInFixture('distributions/rke-extra-env.yml');
    expect(env?.message).toContain('etcd gets `ETCD_PEER_AUTO_TLS=true` in services.etcd.extra_env');
    // RKE passes certificate flags itself: the caveat names them, and the fix only removes the variable.
    expect(env?.message).toContain('Because RKE always passes `--peer-cert-file`/`--peer-key-file`');
    expect(env?.fix).toBe(
      'remove `ETCD_PEER_AUTO_TLS` from `services.etcd.extra_env`; RKE already gives etcd certificates.',
    );
    const [rancher] = findingsInFixture('distributions/rancher-cluster.yml');
    expect(rancher?.subject).toBe('RKE configuration downstream');
    expect(rancher?.fix).toContain('`rancher_kubernetes_engine_config.services.etcd.extra_args`');
  });

  const rke = (etcd: string) =>
    `nodes:\n  - address: 10.0.0.1\n    role: [etcd]\nservices:\n  etcd:\n${etcd}`;

  it.each([
    {
      name: 'extra_args_array after extra_args',
      yaml: rke(
        '    extra_args:\n      auto-tls: "true"\n    extra_args_array:\n      auto-tls: ["false"]\n',
      ),
      expected: [],
    },
    { name: 'extra_env false', yaml: rke('    extra_env: ["ETCD_AUTO_TLS=false"]\n'), expected: [] },
    {
      name: 'external etcd (external_urls)',
      yaml: rke('    external_urls: ["https://etcd:2379"]\n    extra_args:\n      auto-tls: "true"\n'),
      expected: [],
    },
    {
      name: 'a services.etcd map without any other RKE key',
      yaml: 'services:\n  etcd:\n    extra_args:\n      auto-tls: "true"\n',
      expected: [],
    },
    {
      name: 'kubernetes_version instead of nodes',
      yaml: 'kubernetes_version: v1.28.15-rancher1-1\nservices:\n  etcd:\n    extra_args:\n      peer-auto-tls: "true"\n',
      expected: [{ rule: P, line: 5, column: 7 }],
    },
  ])('$name', ({ yaml, expected }) => {
    expect(where(findingsIn(yaml, 'cluster.yml'))).toEqual(expected);
  });

  it('reports auto-TLS as effective when extra_args blank the certificate files', () => {
    const [finding] = findingsIn(
      rke('    extra_args:\n      auto-tls: "true"\n      cert-file: ""\n      key-file: ""\n'),
    );
    expect(finding?.message).not.toContain('ignores auto-TLS');
  });
});

describe('settings that never reach etcd: k3s/RKE2 etcd-arg and Talos', () => {
  it('notes a k3s etcd-arg auto-tls entry without reporting a finding', () => {
    const { findings, diagnostics } = scanFixture('distributions/k3s-config.yaml');
    expect(findings).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      level: 'note',
      id: 'ineffective-setting',
      span: { startLine: 6, startColumn: 5, endLine: 6, endColumn: 18 },
    });
    expect(diagnostics[0]?.message).toContain('etcd ignores a top-level `auto-tls`');
    expect(diagnostics[0]?.message).toContain('not a CIS 2.3 violation');
  });

  it('notes a Talos extraArgs auto-TLS entry without reporting a finding', () => {
    const { findings, diagnostics } = scanFixture('distributions/talos-controlplane.yaml');
    expect(findings).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      level: 'note',
      id: 'ineffective-setting',
      span: { startLine: 14, startColumn: 7, endLine: 14, endColumn: 28 },
    });
    expect(diagnostics[0]?.message).toContain('deny-list');
    expect(diagnostics[0]?.message).toContain('etcd will not start');
  });

  it.each([
    { name: 'an RKE2 etcd-arg string', yaml: 'etcd-arg: "--peer-auto-tls=true"\n', line: 1, column: 12 },
    { name: 'an appending etcd-arg+ list', yaml: 'etcd-arg+:\n  - auto-tls=false\n', line: 2, column: 5 },
    {
      name: 'Talos auto-tls',
      yaml: 'version: v1alpha1\nmachine:\n  type: init\ncluster:\n  etcd:\n    extraArgs:\n      auto-tls: "true"\n',
      line: 7,
      column: 7,
    },
  ])('notes $name', ({ yaml, line, column }) => {
    const diagnostics: Diagnostic[] = [];
    expect(findingsInFiles({ 'config.yaml': yaml }, diagnostics)).toEqual([]);
    expect(diagnostics.map((d) => [d.id, d.level, d.span?.startLine, d.span?.startColumn])).toEqual([
      ['ineffective-setting', 'note', line, column],
    ]);
  });

  it('says nothing about other etcd-arg entries', () => {
    const diagnostics: Diagnostic[] = [];
    findingsInFiles(
      { 'config.yaml': 'etcd-arg: ["quota-backend-bytes=8589934592", "auto-tls-x=1"]\n' },
      diagnostics,
    );
    expect(diagnostics).toEqual([]);
  });
});
