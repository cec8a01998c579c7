import { describe, expect, it } from 'vitest';
import type { Diagnostic, Finding, ScanResult } from '../../src/model.js';
import { SUMMARY_MAX_BYTES, toMarkdownSummary } from '../../src/report/summary.js';
import { RULE_METAS } from '../../src/rules/index.js';
import { RENDERERS, tagsIn } from '../support/markdown-render.js';
import { makeFinding } from './make-finding.js';

function result(findings: Finding[], suppressed: Finding[] = [], diagnostics: Diagnostic[] = []): ScanResult {
  return { findings, suppressed, diagnostics, filesScanned: 42, sources: new Map() };
}

const LINKS = { repository: 'o/r', sha: 'abc123', serverUrl: 'https://github.example' };

describe('job summary', () => {
  it('counts findings per rule and level, baselined and suppressed, and lists them', () => {
    const markdown = toMarkdownSummary(
      result(
        [
          makeFinding('k8s/etcd.yaml', 14),
          makeFinding('k8s/etcd.yaml', 15, { ruleId: 'etcd-peer-auto-tls', level: 'warning' }),
          makeFinding('old/etcd.yaml', 3, { baselineState: 'unchanged' }),
        ],
        [makeFinding('lab/etcd.yaml', 9, { reason: 'throwaway lab cluster | no data' })],
        [
          {
            level: 'warning',
            id: 'parse-error',
            message: 'cannot parse: bad indentation',
            file: { absPath: '/ws/x.yaml', relPath: 'x.yaml' },
            span: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 2 },
          },
        ],
      ),
      RULE_METAS,
      { result: 'fail', failOn: 'error', ...LINKS },
    );
    expect(markdown).toContain('❌ failed (fail-on: `error`): **3** findings in 42 scanned files.');
    expect(markdown).toContain('**1** in the baseline (known, not gating); **1** suppressed inline.');
    expect(markdown).toContain('| Rule | CIS | Findings | Error | Warning | Note | Baselined | Suppressed |');
    expect(markdown).toContain('| `etcd-auto-tls` | 2.3 | 2 | 2 | 0 | 0 | 1 | 1 |');
    expect(markdown).toContain('| `etcd-peer-auto-tls` | 2.6 | 1 | 0 | 1 | 0 | 0 | 0 |');
    expect(markdown).toContain('### Findings (3)');
    expect(markdown).toContain(
      '| [`k8s/etcd.yaml`](https://github.example/o/r/blob/abc123/k8s/etcd.yaml#L14) | 14 | `etcd-auto-tls` | error | `Pod kube-system/etcd-14, container etcd` | remove `--auto-tls` |',
    );
    // Baselined findings come last and say so.
    const rows = markdown.split('\n').filter((line) => line.startsWith('| [`'));
    expect(rows[2]).toContain('| error · baseline |');
    expect(markdown).toContain('### Suppressed inline (1)');
    expect(markdown).toContain(
      '| [`lab/etcd.yaml`](https://github.example/o/r/blob/abc123/lab/etcd.yaml#L9) | 9 | `etcd-auto-tls` | `Pod kube-system/etcd-9, container etcd` | `throwaway lab cluster \\| no data` |',
    );
    expect(markdown).toContain('1 scan notice (files skipped or not parsed, suppression problems)');
    expect(markdown).toContain('- warning: `x.yaml:2`: `cannot parse: bad indentation`');
  });

  it('marks findings outside the pull request and shows the adapter notes', () => {
    const markdown = toMarkdownSummary(
      result([makeFinding('changed.yaml', 1), makeFinding('a-untouched.yaml', 1)]),
      RULE_METAS,
      {
        result: 'fail',
        failOn: 'error',
        changedFiles: new Set(['changed.yaml', 'README.md']),
        notes: ['SARIF uploaded to code scanning (id 1).'],
      },
    );
    expect(markdown).toContain(
      'Only findings in the 2 files changed by the pull request gate the step (**1** outside them).',
    );
    expect(markdown).toContain('- SARIF uploaded to code scanning \\(id 1\\)\\.');
    const rows = markdown.split('\n').filter((line) => line.startsWith('| `'));
    expect(rows.slice(-2)).toEqual([
      '| `changed.yaml` | 1 | `etcd-auto-tls` | error | `Pod kube-system/etcd-1, container etcd` | remove `--auto-tls` |',
      '| `a-untouched.yaml` | 1 | `etcd-auto-tls` | error · not in the pull request | `Pod kube-system/etcd-1, container etcd` | remove `--auto-tls` |',
    ]);
  });

  it('caps each table with an "N more" row', () => {
    const findings = Array.from({ length: 30 }, (_, i) => makeFinding('a.yaml', i + 1));
    const suppressed = Array.from({ length: 12 }, (_, i) => makeFinding('b.yaml', i + 1, { reason: 'lab' }));
    const markdown = toMarkdownSummary(result(findings, suppressed), RULE_METAS, {
      result: 'fail',
      failOn: 'error',
      maxRows: 10,
    });
    expect(markdown.split('\n').filter((line) => line.startsWith('| `a.yaml`'))).toHaveLength(10);
    expect(markdown).toContain('| … 20 more | | | | | |');
    expect(markdown).toContain('| … 2 more | | | | |');
  });

  it('stays under GitHub’s 1 MiB limit, shrinking the tables as needed', () => {
    const long = 'x'.repeat(5000);
    const findings = Array.from({ length: 20_000 }, (_, i) => ({
      ...makeFinding(`deep/${'d/'.repeat(40)}etcd-${i}.yaml`, i + 1),
      subject: long,
      fix: long,
    }));
    const markdown = toMarkdownSummary(result(findings), RULE_METAS, {
      result: 'fail',
      failOn: 'error',
      maxRows: 20_000,
      ...LINKS,
    });
    const bytes = Buffer.byteLength(markdown, 'utf8');
    expect(bytes).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(bytes).toBeLessThan(1024 * 1024);
    expect(markdown).toMatch(/\| … \d+ more \| \| \| \| \| \|\n/);
    // Long cell text is cut, never the table structure.
    expect(markdown).not.toContain('x'.repeat(401));

    const tiny = toMarkdownSummary(result(findings.slice(0, 50)), RULE_METAS, {
      result: 'fail',
      failOn: 'error',
      maxBytes: 4000,
    });
    expect(Buffer.byteLength(tiny, 'utf8')).toBeLessThanOrEqual(4000);
    expect(tiny).toContain('| `etcd-auto-tls` | 2.3 | 50 |');
  });

  it('shows names, values, reasons and notices from a hostile repository as inert text', () => {
    const evil =
      '<a href="https://evil.example">click to approve</a> ![x](https://evil.example/p.png) | `x` **b** https://evil.example';
    const file = 'k8s/<img src=x>|[l](https://evil.example)`.yaml';
    const finding = {
      ...makeFinding(file, 3),
      subject: `Pod ${evil}, container etcd`,
      fix: `remove \`${evil}\` from \`env\``,
    };
    const markdown = toMarkdownSummary(
      result(
        [finding],
        [makeFinding('lab\n::error::x.yaml', 2, { reason: evil })],
        [{ level: 'warning', id: 'parse-error', message: `not analysed: ${evil}`, file: finding.file }],
      ),
      RULE_METAS,
      { result: 'fail', failOn: 'error', notes: [`upload refused: ${evil}`], ...LINKS },
    );
    const ours = 'https://github.example/o/r/blob/abc123/';
    for (const { name, render } of RENDERERS) {
      const html = render(markdown);
      const allowed = [
        'h2',
        'h3',
        'p',
        'strong',
        'ul',
        'li',
        'table',
        'thead',
        'tbody',
        'tr',
        'th',
        'td',
        'code',
        'a',
        'details',
        'summary',
        'em',
      ];
      expect(new Set(tagsIn(html).filter((tag) => !allowed.includes(tag))), name).toEqual(new Set());
      const links = [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => m[1]);
      expect(links.length, name).toBe(2);
      for (const link of links) expect(link.startsWith(ours), `${name}: ${link}`).toBe(true);
      expect(html, name).not.toContain('<img');
      expect(html, name).not.toContain('evil.example"');
    }
    // One table row per finding: the pipes in the name and value did not add cells.
    const row = markdown.split('\n').find((line) => line.includes('| 3 |')) ?? '';
    expect(row.split(/(?<!\\)\|/).length).toBe(8);
  });
});
