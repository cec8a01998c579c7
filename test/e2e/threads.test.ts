// --threads on dist/cli.js: the report does not depend on how many threads walked and read.

import { cpSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST_CLI, ROOT, removeWorkspaces, runNode, workspaceWith } from '../support/run-dist.js';

afterAll(removeWorkspaces);

const cli = (args: string[], cwd = ROOT) => runNode(DIST_CLI, args, { cwd });

interface JsonReport {
  summary: { findings: number; suppressed: number; filesScanned: number; byRule: Record<string, number> };
  findings: { ruleId: string; file: string; startLine: number; startColumn: number }[];
  suppressed: unknown[];
  diagnostics: { id?: string; level?: string; message?: string }[];
}

describe('dist/cli.js --threads', () => {
  const one = cli(['--format', 'json', '--threads', '1', 'fixtures']);
  const four = cli(['--format', 'json', '--threads', '4', 'fixtures']);

  it('scans the fixtures with one thread', () => {
    // Exit 1: the fixtures hold findings.
    expect(one.stderr).toBe('');
    expect(one.status).toBe(1);
    const report = JSON.parse(one.stdout) as JsonReport;
    expect(report.summary.filesScanned).toBeGreaterThan(100);
    expect(report.findings.length).toBeGreaterThan(50);
    expect(report.findings.length).toBe(report.summary.findings);
  });

  it('gives byte for byte the same JSON report with four threads', () => {
    expect(four.stderr).toBe('');
    expect(four.status).toBe(one.status);
    const report = JSON.parse(four.stdout) as JsonReport;
    const where = (r: JsonReport) =>
      r.findings.map((f) => `${f.file}:${f.startLine}:${f.startColumn} ${f.ruleId}`);
    // Compared piece by piece first, so a difference names what differs.
    expect(report.summary).toEqual((JSON.parse(one.stdout) as JsonReport).summary);
    expect(where(report)).toEqual(where(JSON.parse(one.stdout) as JsonReport));
    expect(report.diagnostics).toEqual((JSON.parse(one.stdout) as JsonReport).diagnostics);
    expect(four.stdout).toBe(one.stdout);
  });

  it('does not fall back to one thread (no worker failed)', () => {
    const report = JSON.parse(four.stdout) as JsonReport;
    expect(report.diagnostics.map((d) => d.id)).not.toContain('threads-unavailable');
  });

  it('gives the same report on a tree big enough for the workers to take much of it', () => {
    // The fixtures four times over: hundreds of directories, so the workers (which start in tens of
    // milliseconds) find most of the tree still to walk while the main thread parses.
    const workspace = workspaceWith();
    for (let copy = 1; copy <= 4; copy++)
      cpSync(path.join(ROOT, 'fixtures'), path.join(workspace, `copy-${copy}`), { recursive: true });
    const single = cli(['--format', 'json', '--threads', '1', '.'], workspace);
    const threaded = cli(['--format', 'json', '--threads', '4', '.'], workspace);
    expect(single.status).toBe(1);
    const report = JSON.parse(single.stdout) as JsonReport;
    const fixtures = JSON.parse(one.stdout) as JsonReport;
    expect(report.summary.filesScanned).toBe(4 * fixtures.summary.filesScanned);
    expect(report.summary.findings).toBe(4 * fixtures.summary.findings);
    expect(threaded.stderr).toBe('');
    expect(threaded.status).toBe(1);
    expect(threaded.stdout).toBe(single.stdout);
  });

  it.each([['0'], ['x'], ['-1'], ['1.5'], ['1000'], ['']])(
    'rejects --threads %j as a usage error',
    (value) => {
      const run = cli(['--threads', value, 'fixtures']);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('--threads');
      expect(run.stderr).toContain("Try 'etcd-tls-guard --help'.");
    },
  );

  it('rejects --threads=-1 as a usage error too', () => {
    const run = cli(['--threads=-1', 'fixtures']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--threads must be a whole number from 1 (got "-1")');
  });
});
