import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.js';

/** Verdicts whose input form a later issue adds; they are asserted once that form exists. */
const PENDING: Record<string, string> = {};

type Verdict = { rule: string; line: number; column?: number; level?: string }[] | null;

const ROOT = path.resolve(__dirname, '../../fixtures/corpus');
const AUTO_TLS = new Set(['etcd-auto-tls', 'etcd-peer-auto-tls']);

/**
 * Two answer keys per corpus: `expected.json`, the auto-TLS verdicts (rule and line, copied from the
 * shared research material), and `expected-posture.json`, the TLS-posture rules' verdicts (rule,
 * line, column, level), each read and explained in NOTES-expected.md.
 */
const KEYS = [
  { file: 'expected.json', rules: (rule: string) => AUTO_TLS.has(rule), exact: false },
  { file: 'expected-posture.json', rules: (rule: string) => !AUTO_TLS.has(rule), exact: true },
];

for (const corpus of ['peers', 'real']) {
  describe(`${corpus} corpus verdicts (fixtures/corpus/${corpus})`, async () => {
    const base = path.join(ROOT, corpus);
    const keys = KEYS.map((key) => ({
      ...key,
      expected: JSON.parse(readFileSync(path.join(base, key.file), 'utf8')).files as Record<string, Verdict>,
    }));
    // Every file is named, not just the default patterns: the verdicts cover .service, .j2, Procfile...
    const result = await scan({ base, paths: Object.keys(keys[0]?.expected ?? {}) });

    for (const key of keys) {
      const actual = new Map<string, NonNullable<Verdict>>();
      for (const finding of result.findings) {
        if (!key.rules(finding.ruleId)) continue;
        const list = actual.get(finding.file.relPath) ?? [];
        list.push({
          rule: finding.ruleId,
          line: finding.span.startLine,
          ...(key.exact ? { column: finding.span.startColumn, level: finding.level } : {}),
        });
        actual.set(finding.file.relPath, list);
      }
      for (const [file, verdict] of Object.entries(key.expected)) {
        const pending = PENDING[`${corpus}/${file}`];
        const test = pending || verdict === null ? it.skip : it;
        test(`${key.file}: ${file}${pending ? ` (pending: ${pending})` : ''}`, () => {
          expect(actual.get(file) ?? []).toEqual(verdict);
        });
      }
      it(`${key.file}: reports nothing for files outside the answer key`, () => {
        const extra = [...actual.keys()].filter((file) => !(file in key.expected));
        expect(extra).toEqual([]);
      });
    }
  });
}
