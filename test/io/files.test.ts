// Issue 10, item 6: the files the tool writes and reads besides the scanned ones stay inside the
// workspace; links are never followed out of it. Every case runs with real links in a temporary
// workspace.

import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileProblem, readRegularFile, resolveInside, writeFileInside } from '../../src/io/files.js';

const scratch = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'etg-files-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let count = 0;
/** A workspace and, beside it, an `outside` folder holding a file that must never change. */
function workspace(): { ws: string; outside: string; secret: string } {
  const root = path.join(scratch, `case-${count++}`);
  const ws = path.join(root, 'ws');
  const outside = path.join(root, 'outside');
  mkdirSync(ws, { recursive: true });
  mkdirSync(outside);
  const secret = path.join(outside, 'bashrc');
  writeFileSync(secret, 'original\n');
  return { ws, outside, secret };
}

const problem = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof FileProblem) return error.message;
    throw error;
  }
  throw new Error('no problem reported');
};

describe('writeFileInside', () => {
  it('writes a new file, creating its folders, and replaces an existing one', () => {
    const { ws } = workspace();
    expect(writeFileInside(ws, 'out/deep/r.sarif', 'one', 'sarif-file')).toBe(
      path.join(ws, 'out/deep/r.sarif'),
    );
    writeFileInside(ws, 'out/deep/r.sarif', 'two', 'sarif-file');
    expect(readFileSync(path.join(ws, 'out/deep/r.sarif'), 'utf8')).toBe('two');
    // No temporary file is left behind.
    expect(readdirSync(path.join(ws, 'out/deep'))).toEqual(['r.sarif']);
  });

  it('refuses a target that is a symbolic link, even to a file outside, and leaves that file alone', () => {
    const { ws, secret } = workspace();
    symlinkSync(secret, path.join(ws, 'etcd-tls-guard.sarif'));
    expect(problem(() => writeFileInside(ws, 'etcd-tls-guard.sarif', 'x', 'sarif-file'))).toBe(
      'sarif-file "etcd-tls-guard.sarif" is a symbolic link; it is not written through',
    );
    expect(readFileSync(secret, 'utf8')).toBe('original\n');
  });

  it('refuses a folder reached through a link that leaves the workspace', () => {
    const { ws, outside, secret } = workspace();
    symlinkSync(outside, path.join(ws, 'reports'));
    expect(problem(() => writeFileInside(ws, 'reports/bashrc', 'x', 'sarif-file'))).toBe(
      'sarif-file "reports/bashrc" leads outside the workspace through a symbolic link',
    );
    expect(problem(() => writeFileInside(ws, 'reports/new/r.sarif', 'x', 'sarif-file'))).toBe(
      'sarif-file "reports/new/r.sarif" leads outside the workspace through a symbolic link',
    );
    expect(readFileSync(secret, 'utf8')).toBe('original\n');
    expect(readdirSync(outside)).toEqual(['bashrc']);
  });

  it('accepts a linked folder that stays inside the workspace', () => {
    const { ws } = workspace();
    mkdirSync(path.join(ws, 'real'));
    symlinkSync(path.join(ws, 'real'), path.join(ws, 'alias'));
    writeFileInside(ws, 'alias/r.sarif', 'x', 'sarif-file');
    expect(readFileSync(path.join(ws, 'real/r.sarif'), 'utf8')).toBe('x');
  });

  it.each([
    ['../r.sarif', 'sarif-file "../r.sarif" is outside the workspace'],
    ['/tmp/r.sarif', 'sarif-file "/tmp/r.sarif" is outside the workspace'],
    ['.', 'sarif-file "." is outside the workspace'],
  ])('refuses %j', (name, message) => {
    const { ws } = workspace();
    expect(problem(() => writeFileInside(ws, name, 'x', 'sarif-file'))).toBe(message);
  });

  it('refuses a folder as the target', () => {
    const { ws } = workspace();
    mkdirSync(path.join(ws, 'r.sarif'));
    expect(problem(() => writeFileInside(ws, 'r.sarif', 'x', 'sarif-file'))).toBe(
      'sarif-file "r.sarif" is a folder, not a file',
    );
  });
});

describe('resolveInside', () => {
  it('keeps a path inside the workspace as written and once links are resolved', () => {
    const { ws, outside } = workspace();
    mkdirSync(path.join(ws, 'k8s'));
    symlinkSync(outside, path.join(ws, 'escape'));
    expect(resolveInside(ws, 'k8s', 'path')).toEqual({
      path: path.join(ws, 'k8s'),
      real: path.join(ws, 'k8s'),
    });
    expect(resolveInside(ws, path.join(ws, 'k8s'), 'path').real).toBe(path.join(ws, 'k8s'));
    expect(resolveInside(ws, 'missing', 'path')).toEqual({ path: path.join(ws, 'missing') });
    expect(problem(() => resolveInside(ws, '../outside', 'path'))).toBe(
      'path "../outside" is outside the workspace',
    );
    expect(problem(() => resolveInside(ws, 'escape', 'path'))).toBe(
      'path "escape" leads outside the workspace through a symbolic link',
    );
  });
});

describe('readRegularFile', () => {
  it('reads a regular file and refuses devices, folders, links and oversized files', () => {
    const { ws } = workspace();
    writeFileSync(path.join(ws, 'b.json'), '{}');
    expect(readRegularFile(path.join(ws, 'b.json'), 10, 'baseline', 'b.json').toString()).toBe('{}');
    expect(problem(() => readRegularFile('/dev/zero', 10, 'baseline', 'z'))).toBe(
      'baseline "z" is not a regular file',
    );
    expect(problem(() => readRegularFile(ws, 10, 'baseline', 'ws'))).toBe(
      'baseline "ws" is a folder, not a file',
    );
    symlinkSync(path.join(ws, 'b.json'), path.join(ws, 'link.json'));
    expect(problem(() => readRegularFile(path.join(ws, 'link.json'), 10, 'baseline', 'link.json'))).toBe(
      'baseline "link.json" is a symbolic link',
    );
    expect(problem(() => readRegularFile(path.join(ws, 'b.json'), 1, 'baseline', 'b.json'))).toBe(
      'baseline "b.json" is larger than 1 bytes',
    );
    expect(problem(() => readRegularFile(path.join(ws, 'none'), 10, 'baseline', 'none'))).toBe(
      'baseline "none" does not exist',
    );
  });
});
