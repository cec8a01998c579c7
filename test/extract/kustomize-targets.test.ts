import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { findingsInFiles, where } from '../support/scan-text.js';

const found = (files: Record<string, string>) =>
  where(findingsInFiles(files, [], RULES)).map((w) => `${w.rule} ${w.line}:${w.column}`);

const base = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: etcd
spec:
  template:
    spec:
      containers:
      - name: etcd
        command: [etcd, --name=e0]
`;

describe('a kustomize base an overlay patches is open: its absence findings are not reported', () => {
  it('reports the defaults of a base nothing patches', () => {
    expect(found({ 'base/etcd.yaml': base, 'base/kustomization.yaml': 'resources: [etcd.yaml]\n' })).toEqual([
      'etcd-client-plaintext 10:19',
      'etcd-peer-plaintext 10:19',
    ]);
  });

  it.each([
    [
      'a strategic-merge patch file',
      'patches:\n  - path: tls.yaml\n',
      { 'overlay/tls.yaml': 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: etcd}\nspec: {}\n' },
    ],
    [
      'patchesStrategicMerge',
      'patchesStrategicMerge: [tls.yaml]\n',
      { 'overlay/tls.yaml': 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: etcd}\n' },
    ],
    [
      'an inline strategic-merge patch',
      'patches:\n  - patch: |-\n      apiVersion: apps/v1\n      kind: StatefulSet\n      metadata: {name: etcd}\n',
      {},
    ],
    [
      'a target selector with a name pattern',
      'patches:\n  - target: {kind: StatefulSet, name: "et.*"}\n    path: p.yaml\n',
      {},
    ],
    [
      'a patch file that is not among the scanned files',
      'resources: [../base]\npatches:\n  - path: missing.yaml\n',
      {},
    ],
    [
      'replacements',
      'replacements:\n  - source: {kind: ConfigMap, name: x}\n    targets:\n      - select: {kind: StatefulSet, name: etcd}\n',
      {},
    ],
  ])('%s', (_name, kustomization, extra) => {
    expect(found({ 'base/etcd.yaml': base, 'overlay/kustomization.yaml': kustomization, ...extra })).toEqual(
      [],
    );
  });

  it('still reports what the base writes explicitly', () => {
    const explicit = base.replace(
      '[etcd, --name=e0]',
      '[etcd, --listen-client-urls=http://0.0.0.0:2379, --advertise-client-urls=http://e:2379]',
    );
    expect(
      found({
        'base/etcd.yaml': explicit,
        'overlay/kustomization.yaml': 'patchesStrategicMerge: [tls.yaml]\n',
        'overlay/tls.yaml': 'kind: StatefulSet\nmetadata: {name: etcd}\n',
      }),
    ).toEqual(['etcd-client-plaintext 10:46']);
  });

  it('a patch of another object leaves the base complete', () => {
    const other = 'patches:\n  - target: {kind: Deployment, name: web}\n    path: p.yaml\n';
    expect(found({ 'base/etcd.yaml': base, 'overlay/kustomization.yaml': other })).toEqual([
      'etcd-client-plaintext 10:19',
      'etcd-peer-plaintext 10:19',
    ]);
  });
});
