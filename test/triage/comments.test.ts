// Issue 10, item 6: only real comments suppress. The marker inside a block scalar, a quoted
// argument or a systemd argument used to suppress a finding like a comment.

import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.js';
import { commentsOf } from '../../src/triage/comments.js';
import { FIXTURES } from '../support/fixtures.js';
import { AUTO_TLS_ONLY } from '../support/scan-text.js';

const scratch = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'etg-comments-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let count = 0;
async function scanOne(name: string, text: string) {
  const dir = path.join(scratch, `c${count++}`);
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), text);
  // The auto-TLS rules only: the etcds here listen on etcd's plaintext defaults, which other rules report.
  const result = await scan({ base: dir, threads: 1, rules: AUTO_TLS_ONLY });
  return {
    active: result.findings.map((f) => `${f.span.startLine} ${f.ruleId}`),
    suppressed: result.suppressed.map((f) => `${f.span.startLine} ${f.suppression?.reason}`),
    warnings: result.diagnostics.filter((d) => d.id === 'invalid-suppression').map((d) => d.message),
  };
}

const POD = (lines: string[]) =>
  [
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: p}',
    'spec:',
    '  containers:',
    '  - name: etcd',
    ...lines,
    '',
  ].join('\n');

describe('a suppression marker that is not a comment does not suppress', () => {
  it('inside a block scalar (another value) on the line above', async () => {
    const result = await scanOne(
      'etcd.yaml',
      [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: {name: etcd-env}',
        'data:',
        '  NOTES: |',
        '    # etcd-tls-guard: ignore[etcd-auto-tls] text of a value, not a comment',
        '  ETCD_AUTO_TLS: "true"',
        '---',
        POD(['    command: [etcd]', '    envFrom:', '    - configMapRef: {name: etcd-env}']),
      ].join('\n'),
    );
    expect(result).toEqual({ active: ['7 etcd-auto-tls'], suppressed: [], warnings: [] });
  });

  it('inside a quoted argument on the same line', async () => {
    const result = await scanOne(
      'pod.yaml',
      POD(['    command: [etcd, --auto-tls, "--name=a # etcd-tls-guard: ignore[etcd-auto-tls] quoted"]']),
    );
    expect(result).toEqual({ active: ['7 etcd-auto-tls'], suppressed: [], warnings: [] });
  });

  it('inside a systemd argument', async () => {
    const result = await scanOne(
      'etcd.service',
      "[Service]\nExecStart=/usr/bin/etcd --auto-tls --name '# etcd-tls-guard: ignore[etcd-auto-tls] an argument'\n",
    );
    expect(result).toEqual({ active: ['2 etcd-auto-tls'], suppressed: [], warnings: [] });
  });

  it('inside quotes in a shell script', async () => {
    const result = await scanOne(
      'pod.yaml',
      POD([
        '    command:',
        '    - sh',
        '    - -c',
        '    - |',
        '      exec etcd --auto-tls --name "a # etcd-tls-guard: ignore[etcd-auto-tls] quoted"',
      ]),
    );
    expect(result).toEqual({ active: ['11 etcd-auto-tls'], suppressed: [], warnings: [] });
  });
});

describe('real comments suppress', () => {
  it('a shell comment in the same script (a block scalar), above the line', async () => {
    const result = await scanOne(
      'pod.yaml',
      POD([
        '    command:',
        '    - sh',
        '    - -c',
        '    - |',
        '      # etcd-tls-guard: ignore[etcd-auto-tls] lab cluster, no data',
        '      exec etcd --auto-tls',
      ]),
    );
    expect(result).toEqual({ active: [], suppressed: ['12 lab cluster, no data'], warnings: [] });
  });

  it('a # or ; comment line in a unit, and a shell comment after a value in an env file', async () => {
    expect(
      await scanOne(
        'etcd.service',
        '[Service]\n; etcd-tls-guard: ignore[etcd-auto-tls] inert behind certificates\nExecStart=/usr/bin/etcd --auto-tls\n',
      ),
    ).toEqual({ active: [], suppressed: ['3 inert behind certificates'], warnings: [] });
    expect(
      await scanOne(
        'etcd.env',
        'ETCD_PEER_AUTO_TLS=true # etcd-tls-guard: ignore[etcd-peer-auto-tls] one member\n',
      ),
    ).toEqual({ active: [], suppressed: ['1 one member'], warnings: [] });
  });
});

describe('a reason must have words', () => {
  it.each(['.', '...', 'n/a', '42'])('%j does not suppress, and says why', async (reason) => {
    const result = await scanOne(
      'pod.yaml',
      POD([`    command: [etcd, --auto-tls]  # etcd-tls-guard: ignore[etcd-auto-tls] ${reason}`]),
    );
    expect(result.active).toEqual(['7 etcd-auto-tls']);
    expect(result.warnings).toEqual([
      `suppression reason "${reason}" has no words, so it is not applied: say why the finding is acceptable`,
    ]);
  });
});

describe('commentsOf', () => {
  it('places every YAML comment of the fixtures at the # it reports (lexer offsets add up)', () => {
    const files = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.ya?ml$/.test(f),
    );
    let seen = 0;
    for (const name of files) {
      const text = readFileSync(path.join(FIXTURES, name), 'utf8');
      const { comments, lineStarts } = commentsOf(name, text);
      const lines = text.split('\n');
      for (const comment of comments) {
        seen++;
        expect(comment.text.startsWith('#'), name).toBe(true);
        expect(lines[comment.line - 1], name).toContain(comment.text.replace(/\r$/, ''));
        expect(lineStarts[comment.line - 1], name).toBe(
          text
            .split('\n')
            .slice(0, comment.line - 1)
            .join('\n').length + (comment.line > 1 ? 1 : 0),
        );
      }
    }
    expect(seen).toBeGreaterThan(20);
  });
});
