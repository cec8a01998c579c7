import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchoredMatch } from '../../src/extract/kustomize.js';
import { relevance } from '../../src/load/prefilter.js';
import { scan } from '../../src/scan.js';
import { FIXTURES } from '../support/fixtures.js';
import { AUTO_TLS_ONLY, findingsInFiles, where } from '../support/scan-text.js';

const A = 'etcd-auto-tls';
const P = 'etcd-peer-auto-tls';

describe('kustomize JSON 6902 patches of etcd containers (fixtures/kustomize)', async () => {
  const result = await scan({ base: path.join(FIXTURES, 'kustomize'), rules: AUTO_TLS_ONLY });
  const found = result.findings.map((f) => ({
    file: f.file.relPath,
    rule: f.ruleId,
    line: f.span.startLine,
    column: f.span.startColumn,
  }));

  it('finds exactly the flags the patches add, located in the patches', () => {
    expect(found).toEqual([
      // patches: inline `add .../args/-` in the kustomization.
      { file: 'overlays/append/kustomization.yaml', rule: P, line: 12, column: 16 },
      // A Pod: `add /spec/containers/0/command/-`, and `replace` of an init container's command.
      { file: 'overlays/pod/pod-patch.yaml', rule: P, line: 3, column: 10 },
      { file: 'overlays/pod/pod-patch.yaml', rule: A, line: 8, column: 7 },
      // patchesJson6902 with a path: `replace .../args/2` swaps the base's --auto-tls=false.
      { file: 'overlays/replace/tls-patch.yaml', rule: A, line: 3, column: 10 },
      // `Kustomization` (no extension), a regex target, a JSON patch replacing the whole args list.
      { file: 'overlays/whole-list/args.json', rule: A, line: 5, column: 32 },
    ]);
  });

  it.each([
    'overlays/not-etcd/kustomization.yaml',
    'overlays/missing-target/kustomization.yaml',
    'overlays/last-wins/kustomization.yaml',
    'base/etcd.yaml',
  ])('reports nothing for %s', (file) => {
    expect(found.filter((f) => f.file === file)).toEqual([]);
  });

  it('names the patched workload and container', () => {
    const byFile = new Map(result.findings.map((f) => [f.file.relPath, f]));
    expect(byFile.get('overlays/append/kustomization.yaml')?.subject).toBe(
      'StatefulSet kube-system/etcd, container etcd',
    );
    expect(byFile.get('overlays/replace/tls-patch.yaml')?.message).toMatch(
      /^StatefulSet kube-system\/etcd, container etcd: etcd is started with `--auto-tls=true`/,
    );
    expect(byFile.get('overlays/replace/tls-patch.yaml')?.message).toContain(
      'Note: a kustomize patch in overlays/replace/kustomization.yaml adds it to the StatefulSet defined in base/etcd.yaml.',
    );
    const pod = result.findings.filter((f) => f.file.relPath === 'overlays/pod/pod-patch.yaml');
    expect(pod.map((f) => f.subject)).toEqual([
      'Pod kv-store, container store',
      'Pod kv-store, container wait',
    ]);
  });

  it('reads kustomization files that do not mention etcd', () => {
    const file = { absPath: '/x/Kustomization', relPath: 'overlay/Kustomization' };
    expect(relevance('patches: []\n', file)).toBe('settings');
    expect(relevance('patches: []\n', { absPath: '/x/k.yaml', relPath: 'overlay/kustomization.yml' })).toBe(
      'settings',
    );
    expect(relevance('patches: []\n', { absPath: '/x/k.yaml', relPath: 'overlay/other.yaml' })).toBe('none');
  });
});

const BASE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: etcd
  labels:
    app: etcd
spec:
  template:
    spec:
      containers:
        - name: sidecar
          image: busybox
        - name: etcd
          command: [etcd]
          args: [--name=a, --auto-tls=false]
`;

/** A kustomization with one inline JSON 6902 patch; its ops start on line 7 + the target's lines. */
const inline = (
  ops: string,
  target = 'kind: Deployment\n      name: etcd',
) => `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources: [base.yaml]
patches:
  - target:
      ${target}
    patch: |-
${ops
  .split('\n')
  .map((line) => `      ${line}`)
  .join('\n')}
`;

function patched(kustomization: string) {
  return where(findingsInFiles({ 'base.yaml': BASE, 'kustomization.yaml': kustomization }));
}

/** Findings expected at a line of the ops (1-based), with the default two-line target. */
const at = (rule: string, opLine: number, column: number) => [{ rule, line: 8 + opLine, column }];

describe('kustomize operations', () => {
  it.each([
    {
      name: 'append to args',
      ops: '- op: add\n  path: /spec/template/spec/containers/1/args/-\n  value: --auto-tls=true',
      expected: at(A, 3, 16),
    },
    {
      name: 'insert into args after the base flag wins over it',
      ops: '- op: add\n  path: /spec/template/spec/containers/1/args/2\n  value: --auto-tls',
      expected: at(A, 3, 16),
    },
    {
      name: 'insert before the base flag loses to it',
      ops: '- op: add\n  path: /spec/template/spec/containers/1/args/1\n  value: --auto-tls',
      expected: [],
    },
    {
      name: 'replace an element',
      ops: '- op: replace\n  path: /spec/template/spec/containers/1/args/1\n  value: --peer-auto-tls=1',
      expected: at(P, 3, 16),
    },
    {
      name: 'replace the whole args list',
      ops: '- op: replace\n  path: /spec/template/spec/containers/1/args\n  value:\n    - --name=b\n    - --auto-tls=true',
      expected: at(A, 5, 13),
    },
    {
      name: 'replace the command, after which args still follow',
      ops: '- op: replace\n  path: /spec/template/spec/containers/1/command\n  value: [/usr/local/bin/etcd, --peer-auto-tls]',
      expected: at(P, 3, 38),
    },
    {
      name: 'add a whole etcd container',
      ops: '- op: add\n  path: /spec/template/spec/containers/0\n  value:\n    name: etcd2\n    command: [etcd, --auto-tls]',
      expected: at(A, 5, 27),
    },
    {
      name: 'an index shifted by a container added before it',
      ops: [
        '- op: add',
        '  path: /spec/template/spec/containers/0',
        '  value: {name: first}',
        '- op: add',
        '  path: /spec/template/spec/containers/2/args/-',
        '  value: --auto-tls=true',
      ].join('\n'),
      expected: at(A, 6, 16),
    },
    {
      name: 'a container made etcd by the patch',
      ops: '- op: add\n  path: /spec/template/spec/containers/0/command\n  value: [etcd, --auto-tls=true]',
      expected: at(A, 3, 23),
    },
    {
      name: 'a non-etcd container',
      ops: '- op: add\n  path: /spec/template/spec/containers/0/args\n  value: [--auto-tls=true]',
      expected: [],
    },
    {
      name: 'an index out of range',
      ops: '- op: replace\n  path: /spec/template/spec/containers/1/args/7\n  value: --auto-tls=true',
      expected: [],
    },
    {
      name: 'a container list the target does not have',
      ops: '- op: add\n  path: /spec/template/spec/initContainers/-\n  value: {name: x, command: [etcd, --auto-tls]}',
      expected: [],
    },
    {
      name: 'a path outside the pod spec',
      ops: '- op: add\n  path: /spec/containers/1/args/-\n  value: --auto-tls=true',
      expected: [],
    },
    {
      name: 'an op that adds nothing (remove, test, move)',
      ops: '- op: remove\n  path: /spec/template/spec/containers/1/args/1\n- op: test\n  path: /spec/template/spec/containers/1/args/0\n  value: --auto-tls',
      expected: [],
    },
    {
      name: 'a strategic-merge patch (a map)',
      ops: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: etcd}',
      expected: [],
    },
  ])('$name', ({ ops, expected }) => {
    expect(patched(inline(ops))).toEqual(expected);
  });

  const append = '- op: add\n  path: /spec/template/spec/containers/1/args/-\n  value: --auto-tls=true';
  it.each([
    { target: 'kind: Deployment', found: true },
    { target: 'kind: Deployment\n      name: et.*', found: true },
    { target: 'kind: Deployment\n      namespace: default', found: true },
    { target: 'kind: Deployment\n      labelSelector: app=etcd', found: true },
    { target: 'group: apps\n      version: v1\n      kind: Deployment', found: true },
    { target: 'kind: StatefulSet\n      name: etcd', found: false },
    { target: 'kind: Deployment\n      name: etc', found: false },
    { target: 'kind: Deployment\n      namespace: kube-system', found: false },
    { target: 'kind: Deployment\n      labelSelector: app!=etcd', found: false },
    { target: 'kind: Deployment\n      labelSelector: app in (etcd)', found: false },
    { target: 'group: batch\n      kind: Deployment', found: false },
  ])('target $target', ({ target, found }) => {
    const line = 7 + target.split('\n').length + 2;
    expect(patched(inline(append, target))).toEqual(found ? [{ rule: A, line, column: 16 }] : []);
  });

  it('applies patchesJson6902 after patches, with exact names', () => {
    const kustomization = `resources: [base.yaml]
patchesJson6902:
  - target: {kind: Deployment, name: etcd}
    patch: '[{"op": "add", "path": "/spec/template/spec/containers/1/args/-", "value": "--peer-auto-tls"}]'
  - target: {kind: Deployment, name: "et.*"}
    patch: '[{"op": "add", "path": "/spec/template/spec/containers/1/args/-", "value": "--auto-tls"}]'
patches:
  - target: {kind: Deployment, name: etcd}
    patch: '[{"op": "add", "path": "/spec/template/spec/containers/1/args/-", "value": "--peer-auto-tls=false"}]'
`;
    // The json6902 `--peer-auto-tls` comes after the `patches` false: it wins. `et.*` is no regex there.
    expect(where(findingsInFiles({ 'base.yaml': BASE, 'kustomization.yaml': kustomization }))).toEqual([
      { rule: P, line: 4, column: 88 },
    ]);
  });

  it('ignores Flux Kustomizations and documents that are not kustomizations', () => {
    const flux = `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\n${inline(append).split('\n').slice(2).join('\n')}`;
    expect(patched(flux)).toEqual([]);
    const files = { 'base.yaml': BASE, 'overlay.yaml': inline(append).split('\n').slice(2).join('\n') };
    expect(where(findingsInFiles(files))).toEqual([]);
  });
});

describe('anchoredMatch (kustomize target names)', () => {
  it.each([
    { pattern: 'etcd', value: 'etcd', match: true },
    { pattern: 'etcd', value: 'etcd-0', match: false },
    { pattern: 'etcd.*', value: 'etcd-0', match: true },
    { pattern: '^etcd-.$', value: 'etcd-0', match: true },
    { pattern: 'et.d', value: 'etcd', match: true },
    { pattern: 'a\\.b', value: 'a.b', match: true },
    { pattern: 'a\\.b', value: 'axb', match: false },
    { pattern: '.*-.*-.*-.*-.*-x', value: `${'a-'.repeat(120)}y`, match: false },
    { pattern: 'etcd|db', value: 'etcd', match: false },
    { pattern: '(etcd)', value: 'etcd', match: false },
    { pattern: '*etcd', value: 'etcd', match: false },
  ])('$pattern ~ $value', ({ pattern, value, match }) => {
    expect(anchoredMatch(pattern, value)).toBe(match);
  });
});

describe('patch files the prefilter skipped', () => {
  it('are asked for by path and read in a second pass, whole', async () => {
    // A patch need not name etcd: here it replaces the certificate flags, which makes auto-TLS
    // effective. Its kustomization names it, so the scan loads it although the prefilter skipped it.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'etg-kustomize-'));
    const write = (rel: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    };
    write(
      'base/etcd.yaml',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: kv}\nspec:\n  containers:\n  - name: kv\n    command: [etcd, --auto-tls, --cert-file=/c.pem, --key-file=/k.pem]\n',
    );
    write(
      'overlay/kustomization.yaml',
      'resources: [../base]\npatches:\n- path: blank.yaml\n  target: {kind: Pod, name: kv}\n',
    );
    write(
      'overlay/blank.yaml',
      '- op: replace\n  path: /spec/containers/0/command/2\n  value: --name=kv\n- op: replace\n  path: /spec/containers/0/command/3\n  value: --data-dir=/d\n',
    );
    try {
      const result = await scan({ base: dir });
      expect(result.findings.map((f) => [f.file.relPath, f.span.startLine, f.ruleId])).toEqual([
        ['base/etcd.yaml', 7, 'etcd-auto-tls'],
      ]);
      // Through the patched process: the certificate file is gone, auto-TLS is effective.
      expect(result.findings[0]?.message).not.toContain('ignores auto-TLS');
      expect(result.findings[0]?.related?.map((r) => r.file.relPath)).toEqual([
        'overlay/kustomization.yaml',
        'overlay/blank.yaml',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
