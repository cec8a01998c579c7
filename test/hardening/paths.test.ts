// Issue 6, item 4: Windows paths become forward-slash relative paths; file names with spaces,
// `#`, `%`, `?`, `,`, `:`, line breaks and non-ASCII characters become percent-encoded SARIF URIs
// and correctly escaped workflow-command annotations.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as Sarif from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';
import { relativePath } from '../../src/discover/discover.js';
import type { Finding } from '../../src/model.js';
import { diagnosticAnnotation, findingAnnotation, workflowCommand } from '../../src/report/github.js';
import { artifactUri, encodeUri } from '../../src/report/sarif.js';
import { DIST_CLI, removeWorkspaces, runNode } from '../support/run-dist.js';
import { validateSarif } from '../support/sarif-validate.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'etg-paths-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterAll(removeWorkspaces);

describe('relativePath with Windows paths (path.win32)', () => {
  const cases: [base: string, file: string, relative: string][] = [
    ['C:\\repo', 'C:\\repo\\k8s\\etcd.yaml', 'k8s/etcd.yaml'],
    ['C:\\repo\\', 'C:\\repo\\a\\b\\c.yml', 'a/b/c.yml'],
    // Drive letters and directory names compare case-insensitively on Windows.
    ['C:\\repo', 'c:\\REPO\\k8s\\etcd pod.yaml', 'k8s/etcd pod.yaml'],
    // Mixed separators, as tools and users write them.
    ['C:/repo', 'C:/repo/k8s\\sub/x.yaml', 'k8s/sub/x.yaml'],
    ['C:\\repo', 'C:\\repo\\été\\#1 100%.yaml', 'été/#1 100%.yaml'],
    // UNC shares.
    ['\\\\server\\share\\repo', '\\\\server\\share\\repo\\a b\\c.yaml', 'a b/c.yaml'],
    // Outside the base: `..` segments, forward slashes (the SARIF writer turns them into a file: URI).
    ['C:\\repo\\sub', 'C:\\repo\\other\\x.yaml', '../other/x.yaml'],
    // Another drive has no relative path: it stays absolute, with forward slashes.
    ['C:\\repo', 'D:\\x\\y.yaml', 'D:/x/y.yaml'],
  ];
  it.each(cases)('%s + %s -> %s', (base, file, relative) => {
    expect(relativePath(base, file, path.win32)).toBe(relative);
  });

  it('never leaves a backslash in a relative path', () => {
    expect(relativePath('C:\\r', 'C:\\r\\a\\b\\c\\d\\e.yaml', path.win32)).not.toContain('\\');
  });
});

describe('SARIF artifact URIs', () => {
  const cases: [relPath: string, uri: string][] = [
    ['k8s/etcd.yaml', 'k8s/etcd.yaml'],
    ['k8s/etcd pod.yaml', 'k8s/etcd%20pod.yaml'],
    ['k8s/#1.yaml', 'k8s/%231.yaml'],
    ['k8s/100%.yaml', 'k8s/100%25.yaml'],
    ['k8s/what?.yaml', 'k8s/what%3F.yaml'],
    ['k8s/a&b=c;d@e+f.yaml', 'k8s/a%26b%3Dc%3Bd%40e%2Bf.yaml'],
    ["k8s/it's (1)!*.yaml", 'k8s/it%27s%20%281%29%21%2A.yaml'],
    ['k8s/a,b:c.yaml', 'k8s/a%2Cb%3Ac.yaml'],
    ['k8s/[x]{y}.yaml', 'k8s/%5Bx%5D%7By%7D.yaml'],
    ['été/ünïcode.yaml', '%C3%A9t%C3%A9/%C3%BCn%C3%AFcode.yaml'],
    ['k8s/😀.yaml', 'k8s/%F0%9F%98%80.yaml'],
    ['k8s/line\nbreak.yaml', 'k8s/line%0Abreak.yaml'],
    // A first segment like a drive letter must not read as a URI scheme.
    ['c:/x.yaml', 'c%3A/x.yaml'],
    // An unpaired surrogate (a file name Node could not decode) must not crash the report.
    ['k8s/\uD800.yaml', 'k8s/%EF%BF%BD.yaml'],
    // Unreserved characters stay as they are.
    ['a-b_c.d~e/F0.yaml', 'a-b_c.d~e/F0.yaml'],
  ];
  it.each(cases)('%j -> %s', (relPath, uri) => {
    expect(encodeUri(relPath)).toBe(uri);
    expect(artifactUri({ relPath, absPath: `/repo/${relPath}` })).toBe(uri);
  });

  it('round-trips: decoding each segment gives the relative path back', () => {
    for (const [relPath] of cases.filter(([p]) => !p.includes('\uD800'))) {
      expect(encodeUri(relPath).split('/').map(decodeURIComponent).join('/')).toBe(relPath);
    }
  });

  it('encodes a Windows path once it is made relative', () => {
    const relPath = relativePath('C:\\work\\repo', 'C:\\work\\repo\\k8s\\etcd pod #1 100%.yaml', path.win32);
    expect(artifactUri({ relPath, absPath: 'C:\\work\\repo\\k8s\\etcd pod #1 100%.yaml' })).toBe(
      'k8s/etcd%20pod%20%231%20100%25.yaml',
    );
  });

  it('gives a file: URI, never a `..` URI, for a file outside the report base', () => {
    expect(artifactUri({ relPath: '../other/a b#1.yaml', absPath: '/srv/other/a b#1.yaml' })).toBe(
      'file:///srv/other/a%20b%231.yaml',
    );
    expect(artifactUri({ relPath: '..', absPath: '/srv' })).toBe('file:///srv');
  });
});

describe('workflow-command annotations', () => {
  const finding: Finding = {
    ruleId: 'etcd-auto-tls',
    level: 'error',
    message: 'Pod a,b: etcd uses 100% self-signed TLS.\r\nSecond line: fix it, now',
    title: 'etcd auto-TLS: enabled',
    file: { relPath: 'k8s/a,b:c 100%\r\n.yaml', absPath: '/repo/k8s/a,b:c 100%\r\n.yaml' },
    span: { startLine: 3, startColumn: 7, endLine: 3, endColumn: 17 },
    subject: 'Pod a,b',
    fix: '',
  } as Finding;

  it('escapes %, CR and LF in properties and also : and ,; shows line breaks in the message as \\r\\n', () => {
    // The file property must stay the real path for GitHub to place the annotation; the message is
    // repository text, shown on one line.
    expect(workflowCommand(findingAnnotation(finding))).toBe(
      '::error file=k8s/a%2Cb%3Ac 100%25%0D%0A.yaml,line=3,col=7,endLine=3,endColumn=17,' +
        'title=etcd auto-TLS%3A enabled [etcd-auto-tls]::' +
        'Pod a,b: etcd uses 100%25 self-signed TLS.\\r\\nSecond line: fix it, now',
    );
  });

  it('escapes % first, so an escape sequence written in a name is not decoded by the runner', () => {
    const command = workflowCommand({ level: 'warning', message: 'literal %0A here', file: 'x%2Cy.yaml' });
    expect(command).toBe('::warning file=x%252Cy.yaml::literal %250A here');
  });

  it('keeps one command on one line whatever the file name', () => {
    const command = workflowCommand(
      diagnosticAnnotation({
        level: 'warning',
        id: 'parse-error',
        message: 'not analysed:\nline two',
        file: { relPath: 'a\nb\rc.yaml', absPath: '/repo/a\nb\rc.yaml' },
        span: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
      }),
    );
    expect(command).not.toMatch(/[\r\n]/);
    expect(command).toBe(
      '::warning file=a%0Ab%0Dc.yaml,line=1,col=1::etcd-tls-guard: not analysed:\\nline two',
    );
  });

  it('gives a file on another Windows drive an absolute file: URI, never `D%3A/...`', () => {
    const absPath = 'D:\\other\\etcd pod.yaml';
    const relPath = relativePath('C:\\repo', absPath, path.win32);
    expect(relPath).toBe('D:/other/etcd pod.yaml');
    expect(artifactUri({ absPath, relPath })).toBe('file:///D:/other/etcd%20pod.yaml');
    // The same drive: relative as ever.
    expect(artifactUri({ absPath: 'C:\\repo\\k8s\\a.yaml', relPath: 'k8s/a.yaml' })).toBe('k8s/a.yaml');
  });

  it('uses forward-slash relative paths from Windows for the file property', () => {
    const relPath = relativePath('D:\\a\\repo', 'D:\\a\\repo\\k8s\\etcd pod.yaml', path.win32);
    const command = workflowCommand(findingAnnotation({ ...finding, file: { relPath, absPath: '' } }));
    expect(command).toMatch(/^::error file=k8s\/etcd pod\.yaml,line=3,/);
  });
});

describe('a real scan of files with awkward names', () => {
  const names = [
    'k8s/etcd pod #1 100%.yaml',
    'k8s/été/ünïcode 😀.yaml',
    'k8s/a,b:c;d&e=f?.yaml',
    "k8s/it's (x) [y] {z}.yml",
    'k8s/line\nbreak.yaml',
  ];
  const repo = path.join(scratch, 'repo');
  for (const name of names) {
    mkdirSync(path.dirname(path.join(repo, name)), { recursive: true });
    writeFileSync(
      path.join(repo, name),
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: etcd\n    command: [etcd, --auto-tls]\n',
    );
  }

  it('writes valid SARIF with one percent-encoded URI per file', () => {
    // One rule: each file's one auto-TLS finding (the names, not the rules, are under test).
    const run = runNode(DIST_CLI, ['--format', 'sarif', '--rule', 'etcd-auto-tls', '.'], { cwd: repo });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout) as Sarif.Log;
    expect(validateSarif(log)).toEqual([]);
    const uris = (log.runs[0]?.results ?? []).map(
      (r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri,
    );
    expect(uris.sort()).toEqual(names.map(encodeUri).sort());
    for (const result of log.runs[0]?.results ?? []) {
      expect(result.locations?.[0]?.physicalLocation?.region).toEqual({
        startLine: 7,
        startColumn: 21,
        endLine: 7,
        endColumn: 31,
      });
      expect(result.partialFingerprints?.primaryLocationLineHash).toMatch(/^[0-9a-f]+:1$/);
    }
  });

  it('prints escaped annotations with --format github, one line each', () => {
    const run = runNode(DIST_CLI, ['--format', 'github', '--rule', 'etcd-auto-tls', '.'], { cwd: repo });
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(names.length);
    const expected = [
      /^::error file=k8s\/a%2Cb%3Ac;d&e=f\?\.yaml,line=7,col=21,endLine=7,endColumn=31,/,
      /^::error file=k8s\/etcd pod #1 100%25\.yaml,line=7,/,
      /^::error file=k8s\/line%0Abreak\.yaml,line=7,/,
      /^::error file=k8s\/été\/ünïcode 😀\.yaml,line=7,/,
    ];
    for (const pattern of expected)
      expect(
        lines.filter((line) => pattern.test(line)),
        String(pattern),
      ).toHaveLength(1);
  });

  it('prints the names in text output, a line break shown as \\n', () => {
    const run = runNode(DIST_CLI, ['--format', 'text', '.'], { cwd: repo });
    expect(run.status).toBe(1);
    for (const name of names)
      expect(run.stdout).toContain(`${name.replace('\n', '\\n')}:7:21: error [etcd-auto-tls]`);
    expect(run.stdout.split('\n')).not.toContain('break.yaml:7:21: error [etcd-auto-tls]');
  });
});
