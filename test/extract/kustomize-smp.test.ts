import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.js';
import { FIXTURES } from '../support/fixtures.js';
import { findingsInFiles, where } from '../support/scan-text.js';

const A = 'etcd-auto-tls';
const P = 'etcd-peer-auto-tls';

describe('kustomize strategic-merge patches (fixtures/kustomize-smp)', async () => {
  const result = await scan({ base: path.join(FIXTURES, 'kustomize-smp') });
  const found = result.findings.map((f) => ({
    file: f.file.relPath,
    rule: f.ruleId,
    line: f.span.startLine,
    column: f.span.startColumn,
  }));

  it('finds exactly what the patches add, at the patch lines', () => {
    expect(found).toEqual([
      { file: 'overlays/args-patch/args.yaml', rule: P, line: 13, column: 15 },
      { file: 'overlays/bitnami/kv.yaml', rule: P, line: 12, column: 15 },
      { file: 'overlays/env-patch/peer-tls.yaml', rule: A, line: 12, column: 15 },
      { file: 'overlays/inline/kustomization.yaml', rule: A, line: 17, column: 39 },
    ]);
  });

  it('names the patched workload; the kustomization and the patch are related files', () => {
    const byFile = new Map(result.findings.map((f) => [f.file.relPath, f]));
    const env = byFile.get('overlays/env-patch/peer-tls.yaml');
    expect(env?.subject).toBe('StatefulSet kube-system/etcd, container etcd');
    expect(env?.message).toContain(
      'Note: a kustomize patch in overlays/env-patch/kustomization.yaml adds it to the StatefulSet defined in base/etcd.yaml.',
    );
    expect(env?.related?.map((r) => r.file.relPath)).toEqual([
      'base/etcd.yaml',
      'overlays/env-patch/kustomization.yaml',
    ]);
    const inline = byFile.get('overlays/inline/kustomization.yaml');
    expect(inline?.related?.map((r) => r.file.relPath)).toEqual(['base/etcd.yaml']);
    expect(byFile.get('overlays/bitnami/kv.yaml')?.message).toContain(
      'The container gives no command, so its program is taken from the image',
    );
  });
});

const BASE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: etcd
spec:
  template:
    spec:
      containers:
        - name: etcd
          image: registry.k8s.io/etcd:3.5.15-0
          command: [etcd]
          args: [--name=a]
          env:
            - name: ETCD_PEER_AUTO_TLS
              value: "false"
`;

const PATCH_HEAD = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: etcd
spec:
  template:
    spec:
`;

/** Findings of a base, a kustomization with `patches: [{path: patch.yaml}]` and the patch. */
function patched(podSpec: string) {
  return where(
    findingsInFiles({
      'base.yaml': BASE,
      'kustomization.yaml': 'resources: [base.yaml]\npatches:\n  - path: patch.yaml\n',
      'patch.yaml': PATCH_HEAD + podSpec,
    }),
  );
}

describe('strategic-merge semantics', () => {
  it.each([
    {
      name: 'env merged by name: the patch value replaces the base value',
      podSpec:
        '      containers:\n        - name: etcd\n          env:\n            - name: ETCD_PEER_AUTO_TLS\n              value: "true"\n',
      expected: [{ rule: P, line: 11, column: 15 }],
    },
    {
      name: 'env entry deleted with $patch: delete',
      podSpec:
        '      containers:\n        - name: etcd\n          env:\n            - name: ETCD_PEER_AUTO_TLS\n              $patch: delete\n          args: [--name=a]\n',
      expected: [],
    },
    {
      name: 'a container replaced whole ($patch: replace) with a non-etcd program',
      podSpec:
        '      containers:\n        - name: etcd\n          $patch: replace\n          image: busybox\n          command: [sh]\n          env:\n            - name: ETCD_AUTO_TLS\n              value: "true"\n',
      expected: [],
    },
    {
      name: 'the list replaced ($patch: replace element) by an etcd container',
      podSpec:
        '      containers:\n        - $patch: replace\n        - name: other\n          command: [etcd, --auto-tls]\n',
      expected: [{ rule: A, line: 11, column: 27 }],
    },
    {
      name: 'a new container added by the patch',
      podSpec:
        '      containers:\n        - name: second\n          command: [/usr/local/bin/etcd]\n          args: [--peer-auto-tls]\n',
      expected: [{ rule: P, line: 11, column: 18 }],
    },
    {
      name: 'command replaced with a non-etcd program',
      podSpec:
        '      containers:\n        - name: etcd\n          command: [etcdctl]\n          env:\n            - name: ETCD_PEER_AUTO_TLS\n              value: "true"\n',
      expected: [],
    },
    {
      name: 'env: null removes every variable',
      podSpec:
        '      containers:\n        - name: etcd\n          env: null\n          args: [--auto-tls=false]\n',
      expected: [],
    },
    {
      name: 'a patch without containers changes nothing',
      podSpec: '      nodeSelector:\n        etcd: "true"\n',
      expected: [],
    },
  ])('$name', ({ podSpec, expected }) => {
    expect(patched(podSpec)).toEqual(expected);
  });

  it('patchesStrategicMerge with the patch written inline as a string', () => {
    const kustomization = `resources: [base.yaml]
patchesStrategicMerge:
  - |-
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: etcd
    spec:
      template:
        spec:
          containers:
            - name: etcd
              args: [--auto-tls]
`;
    expect(where(findingsInFiles({ 'base.yaml': BASE, 'kustomization.yaml': kustomization }))).toEqual([
      { rule: A, line: 13, column: 22 },
    ]);
  });

  it('a patch whose kind or apiVersion differs from the base finds no target', () => {
    const findings = findingsInFiles({
      'base.yaml': BASE,
      'kustomization.yaml': 'resources: [base.yaml]\npatches:\n  - path: patch.yaml\n',
      'patch.yaml':
        PATCH_HEAD.replace('apps/v1', 'apps/v1beta2') +
        '      containers:\n        - name: etcd\n          args: [--auto-tls]\n',
    });
    expect(findings).toEqual([]);
  });

  it('a strategic-merge patch holding many documents merges each into its own target', () => {
    const other = BASE.replace('name: etcd\nspec', 'name: etcd-b\nspec');
    const patch = (name: string, flag: string) =>
      `${PATCH_HEAD.replace('name: etcd', `name: ${name}`)}      containers:\n        - name: etcd\n          args: [${flag}]\n`;
    const findings = findingsInFiles({
      'base.yaml': `${BASE}---\n${other}`,
      'kustomization.yaml': 'resources: [base.yaml]\npatchesStrategicMerge: [patch.yaml]\n',
      'patch.yaml': `${patch('etcd', '--auto-tls')}---\n${patch('etcd-b', '--peer-auto-tls')}`,
    });
    expect(where(findings)).toEqual([
      { rule: A, line: 10, column: 18 },
      { rule: P, line: 21, column: 18 },
    ]);
  });
});
