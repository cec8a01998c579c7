// Issue 10, item 6: a scanned file is opened without following a symbolic link, so a file swapped
// for a link between listing and reading is not read through it.

import { mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readAndClassify } from '../../src/load/read.js';

const scratch = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'etg-read-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const options = { maxFileSize: 1024 * 1024, classify: () => 'settings' as const };

describe('readAndClassify', () => {
  it('reads the listed file', () => {
    writeFileSync(path.join(scratch, 'a.yaml'), 'kind: Pod\n');
    const file = { absPath: path.join(scratch, 'a.yaml'), relPath: 'a.yaml' };
    expect(readAndClassify(file, options)).toEqual({
      status: 'kept',
      text: 'kind: Pod\n',
    });
  });

  it('refuses a listed path that is now a link, instead of reading its target', () => {
    const secret = path.join(scratch, 'secret.txt');
    writeFileSync(secret, 'ETCD_AUTO_TLS=true token=s3cr3t\n');
    // As if etcd.yaml was a regular file when listed and was swapped for a link before the read.
    symlinkSync(secret, path.join(scratch, 'etcd.yaml'));
    const file = { absPath: path.join(scratch, 'etcd.yaml'), relPath: 'etcd.yaml' };
    expect(readAndClassify(file, options)).toEqual({
      status: 'failed',
      diagnostic: {
        level: 'warning',
        id: 'unreadable-file',
        message: 'skipped: the file is now a symbolic link (it was replaced after it was listed)',
        file,
      },
    });
  });
});

describe('reading large files', () => {
  const big = { maxFileSize: 8 * 1024 * 1024, classify: () => 'settings' as const };
  const put = (name: string, text: string | Buffer) => {
    writeFileSync(path.join(scratch, name), text);
    return { absPath: path.join(scratch, name), relPath: name };
  };

  it('keeps each text whole although large files share one read buffer', () => {
    const a = put('a.json', `"${'a'.repeat(300_000)}"`);
    const b = put('b.json', `"${'b'.repeat(200_000)}"`);
    const first = readAndClassify(a, big);
    const second = readAndClassify(b, big);
    expect(first).toEqual({ status: 'kept', text: `"${'a'.repeat(300_000)}"` });
    expect(second).toEqual({ status: 'kept', text: `"${'b'.repeat(200_000)}"` });
  });

  it('decodes UTF-8 when the file is not ASCII, and takes the prefilter text as is when it is', () => {
    const utf8 = put('u.yaml', `name: "é✓" # ${'x'.repeat(100_000)}\r`);
    expect(readAndClassify(utf8, big)).toEqual({
      status: 'kept',
      text: `name: "é✓" # ${'x'.repeat(100_000)}\n`,
    });
    const ascii = put('s.yaml', `a: 1\rb: 2\r\n${'y'.repeat(70_000)}`);
    expect(readAndClassify(ascii, big)).toEqual({
      status: 'kept',
      text: `a: 1\nb: 2\r\n${'y'.repeat(70_000)}`,
    });
  });
});
