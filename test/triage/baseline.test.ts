import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model.js';
import { scan } from '../../src/scan.js';
import { applyBaseline, readBaseline, readBaselineFile, writeBaseline } from '../../src/triage/baseline.js';
import { AUTO_TLS_ONLY } from '../support/scan-text.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'etg-baseline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const POD = (flags: string[]) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    command:\n    - etcd\n${flags.map((f) => `    - ${f}\n`).join('')}`;

async function scanWith(text: string): Promise<ScanResult> {
  writeFileSync(path.join(dir, 'etcd.yaml'), text);
  return scan({ base: dir, rules: AUTO_TLS_ONLY });
}

const textOf = (result: ScanResult) => (file: { absPath: string }) => result.sources.get(file.absPath);

describe('baseline', () => {
  it('keeps known findings known when unrelated lines move, and marks new ones', async () => {
    const before = await scanWith(POD(['--auto-tls=true']));
    const baseline = readBaseline(writeBaseline(before.findings, textOf(before)));
    expect(baseline.size).toBe(1);

    const after = await scanWith(
      `# moved down by a comment\n\n${POD(['--data-dir=/d', '--auto-tls=true', '--peer-auto-tls'])}`,
    );
    const marked = applyBaseline(after.findings, baseline, textOf(after));
    expect(marked.map((f) => `${f.ruleId}@${f.span.startLine}:${f.baselineState}`)).toEqual([
      'etcd-auto-tls@12:unchanged',
      'etcd-peer-auto-tls@13:new',
    ]);
  });

  it('writes a sorted, stable file', async () => {
    const result = await scanWith(POD(['--peer-auto-tls', '--auto-tls']));
    const text = writeBaseline(result.findings, textOf(result));
    expect(writeBaseline([...result.findings].reverse(), textOf(result))).toBe(text);
    const parsed = JSON.parse(text);
    expect(parsed.version).toBe(1);
    expect(parsed.findings.map((f: { ruleId: string; file: string }) => `${f.ruleId} ${f.file}`)).toEqual(
      expect.arrayContaining(['etcd-auto-tls etcd.yaml', 'etcd-peer-auto-tls etcd.yaml']),
    );
  });

  it('rejects files that are not baselines', () => {
    expect(() => readBaseline('{')).toThrow(/not valid JSON/);
    expect(() => readBaseline('{"version":2,"tool":"etcd-tls-guard","findings":[]}')).toThrow(
      /--write-baseline/,
    );
  });

  const VALID =
    '{"version":1,"tool":"etcd-tls-guard","findings":[{"ruleId":"etcd-auto-tls","file":"a.yaml","fingerprint":"0123456789abcdef0123:1"}]}';

  it('accepts a UTF-8 byte-order mark (editors on Windows write one)', () => {
    expect(readBaseline(`\uFEFF${VALID}`)).toEqual(new Set(['0123456789abcdef0123:1']));
  });

  it.each([
    ['{"version":1,"tool":"etcd-tls-guard","findings":[null]}', 'entry 1 of "findings" is not a finding'],
    ['{"version":1,"tool":"etcd-tls-guard","findings":[{"fingerprint":"x"}]}', 'entry 1 of "findings"'],
    ['null', 'not written by etcd-tls-guard --write-baseline (version 1)'],
    ['[]', 'not written by etcd-tls-guard --write-baseline (version 1)'],
  ])('rejects %j with a clear message, not a TypeError', (text, message) => {
    expect(() => readBaseline(text)).toThrow(message);
  });

  it('never quotes the file in its messages (a baseline can be pointed at any file)', () => {
    const secret = 'ghp_SECRETSECRETSECRET aws_secret_access_key=abc';
    for (const text of [secret, `{"a": ${secret}}`, `{\n  "x": 1,\n  ${secret}\n}`]) {
      let message = '';
      try {
        readBaseline(text);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/^not valid JSON/);
      expect(message).not.toContain('SECRET');
      expect(message).not.toContain('aws');
    }
  });
});

describe('baseline files in a workspace', () => {
  const ws = path.join(dir, 'ws');
  mkdirSync(ws, { recursive: true });
  writeFileSync(path.join(dir, 'outside.json'), '{"version":1,"tool":"etcd-tls-guard","findings":[]}');
  writeFileSync(path.join(ws, 'real.json'), '{"version":1,"tool":"etcd-tls-guard","findings":[]}');
  symlinkSync(path.join(ws, 'real.json'), path.join(ws, 'inside-link.json'));
  symlinkSync('/dev/zero', path.join(ws, 'zero.json'));
  symlinkSync(path.join(dir, 'outside.json'), path.join(ws, 'outside-link.json'));
  writeFileSync(path.join(ws, 'secret.json'), 'password=hunter2 not json');
  const read = (name: string) => {
    try {
      return readBaselineFile(name, { base: ws, root: ws }).size;
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('reads a baseline in the workspace, also through a link that stays inside', () => {
    expect(read('real.json')).toBe(0);
    expect(read('inside-link.json')).toBe(0);
  });

  it.each([
    ['zero.json', 'baseline "zero.json" leads outside the workspace through a symbolic link'],
    ['outside-link.json', 'baseline "outside-link.json" leads outside the workspace through a symbolic link'],
    ['../outside.json', 'baseline "../outside.json" is outside the workspace'],
    ['missing.json', 'baseline "missing.json" does not exist'],
    ['secret.json', 'baseline "secret.json": not valid JSON'],
  ])('refuses %j', (name, message) => {
    expect(read(name)).toMatch(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(String(read(name))).not.toContain('hunter2');
  });

  it('refuses a device without a workspace to confine it (the CLI), instead of reading forever', () => {
    expect(() => readBaselineFile('/dev/zero', { base: ws })).toThrow(
      'baseline "/dev/zero" is not a regular file',
    );
  });
});
