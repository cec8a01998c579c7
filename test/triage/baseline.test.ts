import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/model.js';
import { scan } from '../../src/scan.js';
import { applyBaseline, readBaseline, writeBaseline } from '../../src/triage/baseline.js';
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
});
