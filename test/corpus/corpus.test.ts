import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.js';

/** Verdicts whose input form a later issue adds; they are asserted once that form exists. */
const PENDING: Record<string, string> = {};

type Verdict = { rule: string; line: number }[] | null;

const ROOT = path.resolve(__dirname, '../../fixtures/corpus');

for (const corpus of ['peers', 'real']) {
  describe(`${corpus} corpus verdicts (fixtures/corpus/${corpus}/expected.json)`, async () => {
    const base = path.join(ROOT, corpus);
    const expected = JSON.parse(readFileSync(path.join(base, 'expected.json'), 'utf8')).files as Record<
      string,
      Verdict
    >;
    // Every file is named, not just the default patterns: the verdicts cover .service, .j2, Procfile...
    const result = await scan({ base, paths: Object.keys(expected) });
    const actual = new Map<string, { rule: string; line: number }[]>();
    for (const finding of result.findings) {
      const list = actual.get(finding.file.relPath) ?? [];
      list.push({ rule: finding.ruleId, line: finding.span.startLine });
      actual.set(finding.file.relPath, list);
    }

    for (const [file, verdict] of Object.entries(expected)) {
      const pending = PENDING[`${corpus}/${file}`];
      const test = pending || verdict === null ? it.skip : it;
      test(`${file}${pending ? ` (pending: ${pending})` : ''}`, () => {
        expect(actual.get(file) ?? []).toEqual(verdict);
      });
    }

    it('reports nothing for files outside the answer key', () => {
      const extra = [...actual.keys()].filter((file) => !(file in expected));
      expect(extra).toEqual([]);
    });
  });
}
