// Issue 10, items 3, 5 and 6: what the inputs name is checked before the scan, in a temporary
// workspace with real links: a missing or outside `path`, a `sarif-file` that is a folder, a link or
// outside, a bad baseline all stop the step with a clear message.

import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSettings } from '../../src/action/inputs.js';
import { preflight } from '../../src/action/preflight.js';

const scratch = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'etg-preflight-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ws = path.join(scratch, 'ws');
const outside = path.join(scratch, 'outside');
mkdirSync(path.join(ws, 'k8s'), { recursive: true });
mkdirSync(path.join(ws, 'out.sarif'));
mkdirSync(outside);
writeFileSync(path.join(outside, 'x.sarif'), '');
symlinkSync(outside, path.join(ws, 'escape'));
symlinkSync(path.join(outside, 'x.sarif'), path.join(ws, 'linked.sarif'));
symlinkSync(path.join(ws, 'k8s'), path.join(ws, 'k8s-alias'));
writeFileSync(path.join(ws, 'baseline.json'), '{"version":1,"tool":"etcd-tls-guard","findings":[]}');

const check = (inputs: Record<string, string>) => {
  try {
    preflight(readSettings({ GITHUB_WORKSPACE: ws }, (name) => inputs[name] ?? ''));
    return 'ok';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('preflight', () => {
  it.each([
    [{}, 'ok'],
    [{ path: 'k8s' }, 'ok'],
    [{ path: path.join(ws, 'k8s') }, 'ok'],
    [{ path: 'k8s-alias' }, 'ok'],
    [
      { path: 'k8s/missing' },
      'path "k8s/missing" does not exist in the workspace (is it spelt right, and checked out?)',
    ],
    [{ path: '../outside' }, 'path "../outside" is outside the workspace'],
    [{ path: '/etc' }, 'path "/etc" is outside the workspace'],
    [{ path: 'escape' }, 'path "escape" leads outside the workspace through a symbolic link'],
    [{ 'sarif-file': 'out.sarif' }, 'sarif-file "out.sarif" is a folder, not a file'],
    [{ 'sarif-file': '../r.sarif' }, 'sarif-file "../r.sarif" is outside the workspace'],
    [
      { 'sarif-file': 'linked.sarif' },
      'sarif-file "linked.sarif" is a symbolic link; it is not written through',
    ],
    [
      { 'sarif-file': 'escape/r.sarif' },
      'the folder of sarif-file "escape" leads outside the workspace through a symbolic link',
    ],
    [{ 'sarif-file': 'new/dir/r.sarif' }, 'ok'],
    [{ baseline: 'baseline.json' }, 'ok'],
    [{ baseline: 'missing.json' }, 'baseline "missing.json" does not exist'],
  ])('%j: %s', (inputs, expected) => {
    expect(check(inputs)).toBe(expected);
  });
});
