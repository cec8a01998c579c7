import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isEnvFileName, parseEnvAssignments, readEnvAssignments } from '../../src/extract/env-file.js';
import { textFile } from '../../src/load/load.js';
import type { Finding } from '../../src/model.js';
import { scan } from '../../src/scan.js';
import { FIXTURES, findingsInFixture } from '../support/fixtures.js';
import { findingsInFiles, where } from '../support/scan-text.js';

const A = 'etcd-auto-tls';
const P = 'etcd-peer-auto-tls';

/** The fixture text a finding's region covers (its regions are single-line). */
function covered(relPath: string, finding: Finding): string {
  const line =
    readFileSync(path.join(FIXTURES, relPath), 'utf8').split('\n')[finding.span.startLine - 1] ?? '';
  return line.slice(finding.span.startColumn - 1, finding.span.endColumn - 1);
}

describe('etcd environment files (etcd.env, /etc/etcd/etcd.conf, /etc/default/etcd)', () => {
  it.each([
    {
      file: 'env-file/etcd.env',
      expected: [
        { rule: A, line: 4, column: 1, text: 'ETCD_AUTO_TLS=true' },
        // systemd and shells strip the quotes: etcd gets `true`.
        { rule: P, line: 5, column: 1, text: 'ETCD_PEER_AUTO_TLS="true"' },
      ],
    },
    // RPM style: the commented `#ETCD_AUTO_TLS="true"` does not count, single quotes are stripped.
    {
      file: 'env-file/etc/etcd/etcd.conf',
      expected: [{ rule: P, line: 10, column: 1, text: "ETCD_PEER_AUTO_TLS='1'" }],
    },
    // Debian style: `yes` is not a Go boolean (etcd will not start), but it means true.
    {
      file: 'env-file/default/etcd',
      expected: [{ rule: A, line: 10, column: 1, text: 'ETCD_AUTO_TLS=yes' }],
    },
    // The last assignment of a variable wins.
    {
      file: 'env-file/last-wins.env',
      expected: [{ rule: P, line: 4, column: 1, text: 'ETCD_PEER_AUTO_TLS=T' }],
    },
    // `export` is left out of the region.
    { file: 'env-file/export.env', expected: [{ rule: A, line: 2, column: 8, text: 'ETCD_AUTO_TLS=true' }] },
    // No inline comments in an environment file: etcd gets `true  # self-signed...` and refuses it.
    {
      file: 'env-file/inline-comment.env',
      expected: [
        { rule: A, line: 1, column: 1, text: 'ETCD_AUTO_TLS=true  # self-signed until the CA is ready' },
      ],
    },
    // Blanks around the key, the `=` and the value are dropped (systemd's reading).
    {
      file: 'env-file/blanks.env',
      expected: [{ rule: P, line: 1, column: 4, text: "ETCD_PEER_AUTO_TLS = 'true'" }],
    },
    // Empty (etcd skips it), lower-case names (etcd does not read them), comments with `#` and `;`.
    { file: 'env-file/ignored.env', expected: [] },
    { file: 'env-file/false.env', expected: [] },
    // No ETCD_* variable: not an etcd environment file.
    { file: 'env-file/app.env', expected: [] },
  ])('$file', ({ file, expected }) => {
    const findings = findingsInFixture(file);
    expect(where(findings)).toEqual(expected.map(({ rule, line, column }) => ({ rule, line, column })));
    const sorted = [...findings].sort((a, b) => a.span.startLine - b.span.startLine);
    expect(sorted.map((finding) => covered(file, finding))).toEqual(expected.map((e) => e.text));
  });

  it('names the file, the variable as etcd gets it, and says when etcd will not start', () => {
    const [auto, peer] = findingsInFixture('env-file/etcd.env').sort(
      (a, b) => a.span.startLine - b.span.startLine,
    );
    expect(auto?.message).toMatch(
      /^etcd environment file env-file\/etcd\.env: etcd gets `ETCD_AUTO_TLS=true` in the environment file, which enables client auto-TLS/,
    );
    expect(auto?.message).not.toContain('will not start');
    expect(auto?.fix).toContain('remove `ETCD_AUTO_TLS`');
    expect(peer?.message).toContain('etcd gets `ETCD_PEER_AUTO_TLS=true`');
    expect(peer?.message).not.toContain('will not start');

    const [yes] = findingsInFixture('env-file/default/etcd');
    expect(yes?.message).toContain(
      'The value `yes` is not a boolean etcd accepts, so etcd will not start with it',
    );
    const [comment] = findingsInFixture('env-file/inline-comment.env');
    expect(comment?.message).toContain('so etcd will not start with it');
    const [exported] = findingsInFixture('env-file/export.env');
    expect(exported?.message).toContain('systemd `EnvironmentFile=` ignores');
  });

  it('notes an invalid boolean of the other side as a reason etcd will not start', () => {
    const findings = findingsInFiles({ 'etcd.env': 'ETCD_AUTO_TLS=true\nETCD_PEER_AUTO_TLS=on\n' });
    expect(where(findings)).toEqual([
      { rule: A, line: 1, column: 1 },
      { rule: P, line: 2, column: 1 },
    ]);
    const auto = findings.find((f) => f.ruleId === A);
    expect(auto?.message).toContain('Also, etcd will not start: invalid value "on" for ETCD_PEER_AUTO_TLS');
  });

  it('reads only files named like etcd environment files', () => {
    expect(isEnvFileName('etcd.env')).toBe(true);
    expect(isEnvFileName('deploy/.env')).toBe(true);
    expect(isEnvFileName('roles/etcd/files/etcd.conf')).toBe(true);
    expect(isEnvFileName('etc/default/etcd')).toBe(true);
    expect(isEnvFileName('default/etcd')).toBe(true);
    expect(isEnvFileName('etcd.service')).toBe(false);
    expect(isEnvFileName('etcd.service.d/etcd.conf')).toBe(false);
    expect(isEnvFileName('etcd.conf.sample')).toBe(false);
    expect(isEnvFileName('defaults/etcd')).toBe(false);
    expect(findingsInFiles({ 'notes.txt': 'ETCD_AUTO_TLS=true\n' })).toEqual([]);
  });

  it('reads values as systemd EnvironmentFile= does', () => {
    const read = (text: string) => readEnvAssignments(text).map(({ key, value }) => [key, value]);
    expect(read('A="x y"\nB=\'z\'\nC= spaced value  \n')).toEqual([
      ['A', 'x y'],
      ['B', 'z'],
      ['C', 'spaced value'],
    ]);
    // CRLF line ends, a line without `=`, a quote after the first character is kept.
    expect(read('A=1\r\n[Member]\r\nB=t"\r\n')).toEqual([
      ['A', '1'],
      ['B', 't"'],
    ]);
    // Backslash escapes, continuation lines and multi-line quoted values.
    expect(read('A=tr\\ue\nB=on\\\ne\nC="a\nb"\nD="\\"q\\""\n')).toEqual([
      ['A', 'true'],
      ['B', 'one'],
      ['C', 'a\nb'],
      ['D', '"q"'],
    ]);
    // A comment line ending in a backslash does not swallow the next line (systemd 254 and later).
    expect(read('# note \\\nA=1\n')).toEqual([['A', '1']]);
    expect(readEnvAssignments('export  ETCD_AUTO_TLS=1')).toEqual([
      { key: 'ETCD_AUTO_TLS', value: '1', start: 8, end: 23, exported: true },
    ]);
  });

  it('skips `export` lines when only systemd reads the file', () => {
    const file = textFile(
      { absPath: '/v/etcd.env', relPath: 'etcd.env' },
      'export ETCD_AUTO_TLS=true\nETCD_NAME=a\n',
    );
    expect(parseEnvAssignments(file, { kind: 'env-file' }, 'systemd').map((s) => s.name)).toEqual(['name']);
    expect(parseEnvAssignments(file, { kind: 'env-file' }).map((s) => s.name)).toEqual(['auto-tls', 'name']);
  });

  it('scans the whole fixture folder with the default patterns', async () => {
    const result = await scan({ base: path.join(FIXTURES, 'env-file') });
    expect(result.findings.map((f) => `${f.file.relPath}:${f.span.startLine}:${f.ruleId}`)).toEqual([
      'blanks.env:1:etcd-peer-auto-tls',
      'default/etcd:10:etcd-auto-tls',
      'etc/etcd/etcd.conf:10:etcd-peer-auto-tls',
      'etcd.env:4:etcd-auto-tls',
      'etcd.env:5:etcd-peer-auto-tls',
      'export.env:2:etcd-auto-tls',
      'inline-comment.env:1:etcd-auto-tls',
      'last-wins.env:4:etcd-peer-auto-tls',
    ]);
  });
});
