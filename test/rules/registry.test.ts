// One registry drives SARIF rules[], --list-rules, the summary table, the docs pages and the
// README's table: these must agree with it, and each rule's security-severity with its level.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_METAS } from '../../src/rules/index.js';

const ROOT = path.resolve(__dirname, '../..');

/** GitHub's bands: critical > 9.0, high 7.0-8.9, medium 4.0-6.9, low 0.1-3.9. */
const BANDS = { error: [7.0, 8.9], warning: [4.0, 6.9], note: [0.1, 3.9] } as const;

describe('the rule registry', () => {
  it.each(RULE_METAS.map((meta) => [meta.id, meta] as const))(
    '%s: docs page, tags, severity band',
    (_id, meta) => {
      expect(existsSync(path.join(ROOT, meta.docsPath)), meta.docsPath).toBe(true);
      expect(readFileSync(path.join(ROOT, meta.docsPath), 'utf8')).toMatch(new RegExp(`^# ${meta.id} \\(`));
      expect(meta.tags[0]).toBe('security');
      expect(meta.tags.some((tag) => tag.startsWith('external/cwe/cwe-'))).toBe(true);
      const [low, high] = BANDS[meta.defaultLevel];
      const score = Number(meta.securitySeverity);
      expect(score).toBeGreaterThanOrEqual(low);
      expect(score).toBeLessThanOrEqual(high);
      expect(meta.helpMarkdown).toContain(meta.docsPath);
    },
  );

  it("lists every rule in the README's table, in registry order, with its CIS number, level and severity", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(
      readme.indexOf('## Rules'),
      readme.indexOf('## Where etcd gets its settings'),
    );
    const rows = section
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| /, '')));
    expect(rows.map((row) => [row[0], row[1], row[2], row[3]?.split(' ')[0]])).toEqual(
      RULE_METAS.map((meta) => [`\`${meta.id}\``, meta.cis, meta.defaultLevel, meta.securitySeverity]),
    );
  });
});
