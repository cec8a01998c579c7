// Issue 10, item 3: globs mean what people expect (`*.yaml` at any depth, like the built-in list),
// a glob that matches nothing is said, an exclude written as reports show paths works as well as
// one relative to the scanned path (and the notice says which), an empty tree is said.

import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXCLUDES } from '../../src/discover/discover.js';
import { globProblem, normalizeGlob } from '../../src/discover/globs.js';
import type { ScanResult } from '../../src/model.js';
import { scan } from '../../src/scan.js';

const scratch = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'etg-globs-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const POD =
  'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: etcd\n    command: [etcd, --auto-tls]\n';

let trees = 0;
function tree(files: Record<string, string>): string {
  const root = path.join(scratch, `t${trees++}`);
  mkdirSync(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

// Which files have findings (a file may have several: auto-TLS and a plaintext listener).
const found = (result: ScanResult) => [...new Set(result.findings.map((f) => f.file.relPath))];
const notices = (result: ScanResult, id: string) =>
  result.diagnostics.filter((d) => d.id === id).map((d) => `${d.level}: ${d.message}`);

describe('include globs', () => {
  const root = tree({
    'top.yaml': POD,
    'clusters/prod/etcd.yaml': POD,
    'clusters/prod/etcd.json': '{}',
    Kustomization: 'resources: []\n',
  });

  it('match a glob without / at any depth, as the built-in **/*.yaml does', async () => {
    const result = await scan({ base: root, patterns: ['*.yaml'], threads: 1 });
    expect(found(result)).toEqual(['clusters/prod/etcd.yaml', 'top.yaml']);
    expect(notices(result, 'glob-matched-nothing')).toEqual([]);
  });

  it('anchor a glob with / to the scanned path, and a leading / to its top', async () => {
    expect(found(await scan({ base: root, patterns: ['clusters/*/etcd.yaml'], threads: 1 }))).toEqual([
      'clusters/prod/etcd.yaml',
    ]);
    expect(found(await scan({ base: root, patterns: ['/*.yaml'], threads: 1 }))).toEqual(['top.yaml']);
  });

  it('warn about each glob that matched 0 files, and say when nothing at all matched', async () => {
    const result = await scan({ base: root, patterns: ['*.yaml', '*.yml', 'prod/*.yaml'], threads: 1 });
    expect(notices(result, 'glob-matched-nothing')).toEqual([
      'warning: include glob "*.yml" matched 0 files',
      'warning: include glob "prod/*.yaml" matched 0 files',
    ]);
    expect(notices(result, 'no-files')).toEqual([]);
    const none = await scan({ base: root, patterns: ['*.yml'], threads: 1 });
    expect(notices(none, 'no-files')).toEqual([
      'note: no file under "." matched the include globs, so nothing was scanned',
    ]);
    expect(none.filesScanned).toBe(0);
  });

  it('say nothing about the built-in list, and note an empty directory', async () => {
    const result = await scan({ base: root, threads: 1 });
    expect(notices(result, 'glob-matched-nothing')).toEqual([]);
    const empty = tree({});
    expect(notices(await scan({ base: empty, threads: 1 }), 'no-files')).toEqual([
      'note: no file under "." matched the include globs, so nothing was scanned',
    ]);
  });
});

describe('exclude globs', () => {
  const root = tree({
    'clusters/prod/etcd.yaml': POD,
    'clusters/lab/etcd.yaml': POD,
    'other/etcd.yaml': POD,
  });

  it.each([
    ['prod/**', 'exclude glob "prod/**" matched 1 entry by their path inside the scanned path'],
    [
      'clusters/prod/**',
      'exclude glob "clusters/prod/**" matched 1 entry by their path as reported (relative to the workspace or current directory)',
    ],
    // A name matches at any depth, so both paths agree.
    ['prod', 'exclude glob "prod" matched 1 entry'],
  ])('accept %j relative to the scanned path or as reported, and say which matched', async (glob, notice) => {
    const result = await scan({
      base: root,
      paths: ['clusters'],
      exclude: [...DEFAULT_EXCLUDES, glob],
      threads: 1,
    });
    expect(found(result)).toEqual(['clusters/lab/etcd.yaml']);
    expect(notices(result, 'exclude-glob')).toEqual([`note: ${notice}`]);
  });

  it('say when an exclude glob matched nothing, and count once when the scanned path is the base', async () => {
    const result = await scan({
      base: root,
      exclude: [...DEFAULT_EXCLUDES, 'vendor/**', 'etcd.yaml'],
      threads: 1,
    });
    expect(found(result)).toEqual([]);
    // (Scan notices are sorted by message.)
    expect(notices(result, 'exclude-glob')).toEqual([
      'note: exclude glob "etcd.yaml" matched 3 entries',
      'note: exclude glob "vendor/**" matched nothing',
    ]);
  });
});

describe('globProblem', () => {
  it.each([
    ['', 'is empty'],
    ['  ', 'is empty'],
    ['[', 'has an unclosed "["'],
    ['**/[ab.yaml', 'has an unclosed "["'],
    ['*.{yaml,yml', 'has an unclosed "{"'],
    ['@(a|b', 'has an unclosed "("'],
  ])('%j %s', (glob, problem) => {
    expect(globProblem(glob)).toBe(problem);
  });

  it.each(['*.yaml', '**/*.{yaml,yml}', '[ab].yaml', 'a]', '\\[x', 'k8s/**', '!vendor/**', '@(a|b).yaml'])(
    'accepts %j',
    (glob) => {
      expect(globProblem(glob)).toBeUndefined();
    },
  );

  it.each([
    ['*.yaml', '**/*.yaml'],
    ['./k8s/*.yaml', 'k8s/*.yaml'],
    ['/etcd.yaml', 'etcd.yaml'],
    ['**/*.yaml', '**/*.yaml'],
    ['!vendor', '!**/vendor'],
  ])('normalizes %j to %j', (glob, normal) => {
    expect(normalizeGlob(glob)).toBe(normal);
  });
});
