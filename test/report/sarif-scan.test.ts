import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serializeSarif, toSarif } from '../../src/report/sarif.js';
import { RULE_METAS } from '../../src/rules/index.js';
import { scan } from '../../src/scan.js';
import { FIXTURES } from '../support/fixtures.js';
import { validateSarif } from '../support/sarif-validate.js';
import { AUTO_TLS_ONLY } from '../support/scan-text.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'etg-sarif-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function sarifOf(base: string, paths?: string[]) {
  const result = await scan({ base, ...(paths ? { paths } : {}), rules: AUTO_TLS_ONLY });
  const log = toSarif(result, RULE_METAS, { fileText: (file) => result.sources.get(file.absPath) });
  return { log, text: serializeSarif(log), result };
}

function write(relPath: string, text: string): string {
  const file = path.join(scratch, relPath);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

describe('SARIF from real scans', () => {
  it('is valid and deterministic for every fixture form', async () => {
    const first = await sarifOf(FIXTURES, ['pod-spec', 'shell', 'kubeadm', 'negative']);
    const second = await sarifOf(FIXTURES, ['negative', 'kubeadm', 'shell', 'pod-spec']);
    expect(validateSarif(first.log)).toEqual([]);
    expect(second.text).toBe(first.text);
    // One result per finding, each with a fingerprint (every finding's file text was kept).
    expect(first.log.runs[0]?.results?.length).toBe(first.result.findings.length);
    expect(first.result.findings.length).toBeGreaterThan(20);
    for (const result of first.log.runs[0]?.results ?? []) {
      expect(result.partialFingerprints?.primaryLocationLineHash).toMatch(/^[0-9a-f]+:\d+$/);
    }
  });

  it('counts columns in UTF-16 code units after non-ASCII text and percent-encodes odd file names', async () => {
    write(
      'my etcd #1/pod é.yaml',
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    command: [etcd, "--name=žluť-😀", --auto-tls]\n',
    );
    const { log } = await sarifOf(scratch, ['my etcd #1']);
    expect(validateSarif(log)).toEqual([]);
    const location = log.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation;
    expect(location?.artifactLocation?.uri).toBe('my%20etcd%20%231/pod%20%C3%A9.yaml');
    // `    command: [etcd, "--name=žluť-😀", ` is 38 UTF-16 units (the emoji counts 2).
    expect(location?.region).toEqual({ startLine: 7, startColumn: 39, endLine: 7, endColumn: 49 });
  });

  it('keeps the fingerprint when unrelated lines are inserted above the finding', async () => {
    const pod =
      'kind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    command:\n    - etcd\n    - --auto-tls=true\n';
    write('stable/a.yaml', `apiVersion: v1\n${pod}`);
    const before = (await sarifOf(scratch, ['stable'])).log.runs[0]?.results?.[0];
    write('stable/a.yaml', `# owner: platform\n# reviewed\n\napiVersion: v1\n${pod}`);
    const after = (await sarifOf(scratch, ['stable'])).log.runs[0]?.results?.[0];
    expect(after?.locations?.[0]?.physicalLocation?.region?.startLine).toBe(
      (before?.locations?.[0]?.physicalLocation?.region?.startLine ?? 0) + 3,
    );
    expect(after?.partialFingerprints).toEqual(before?.partialFingerprints);
  });

  it('writes a valid log with empty results and notifications when nothing parses', async () => {
    write('broken/a.yaml', 'auto-tls: [unclosed\n');
    write('broken/b.json', '{"kind": "Pod", "args": ["--auto-tls"],');
    const { log } = await sarifOf(scratch, ['broken']);
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0]?.results).toEqual([]);
    expect(log.runs[0]?.invocations?.[0]?.toolExecutionNotifications?.map((n) => n.descriptor?.id)).toEqual([
      'parse-error',
      'parse-error',
    ]);
  });
});
