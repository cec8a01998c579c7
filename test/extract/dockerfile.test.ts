import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFiles } from '../../src/extract/index.js';
import type { Finding } from '../../src/model.js';
import { scan } from '../../src/scan.js';
import { FIXTURES } from '../support/fixtures.js';
import { AUTO_TLS_ONLY, findingsInFiles, loadInMemory, where } from '../support/scan-text.js';

const A = 'etcd-auto-tls';
const P = 'etcd-peer-auto-tls';
const BASE = path.join(FIXTURES, 'dockerfile');

function covered(finding: Finding): string {
  const text = readFileSync(path.join(BASE, finding.file.relPath), 'utf8');
  const line = text.split('\n')[finding.span.startLine - 1] ?? '';
  return line.slice(finding.span.startColumn - 1, finding.span.endColumn - 1);
}

describe('Dockerfiles', () => {
  it('finds the program of each stage, its ENV, and the files RUN and COPY write', async () => {
    const result = await scan({ base: BASE, paths: ['.'], rules: AUTO_TLS_ONLY });
    expect(
      result.findings.map((f) => [
        f.file.relPath,
        f.ruleId,
        f.span.startLine,
        f.span.startColumn,
        covered(f),
      ]),
    ).toEqual([
      // bitnami/etcd runs etcd itself: the stage's variables are reported as written.
      ['Containerfile', P, 8, 35, 'ETCD_PEER_AUTO_TLS="true"'],
      // An ENTRYPOINT script is given CMD ["etcd", ...].
      ['Containerfile', A, 13, 14, '"--auto-tls=true"'],
      // Inherited by `FROM base`, whose ENTRYPOINT runs etcd.
      ['Dockerfile', P, 6, 5, 'ETCD_PEER_AUTO_TLS=true'],
      ['Dockerfile', A, 10, 3, 'auto-tls: true'],
      ['Dockerfile', A, 13, 1, 'ETCD_AUTO_TLS=true'],
      ['Dockerfile', A, 17, 36, '"--auto-tls"'],
      ['etcd.Dockerfile', P, 6, 5, '--peer-auto-tls'],
    ]);
    expect(result.findings[0]?.message).toMatch(
      /^Dockerfile Containerfile \(ENV\): etcd gets `ETCD_PEER_AUTO_TLS=true` from the Dockerfile's ENV/,
    );
    // ETCD_NAME from the base stage's ENV and `--name x` in the ENTRYPOINT: etcd 3.4+ exits.
    expect(
      result.diagnostics.map((d) => [d.id, d.file?.relPath, d.span?.startLine, d.span?.startColumn]),
    ).toEqual([['etcd-will-not-start', 'Dockerfile', 7, 5]]);
    expect(result.diagnostics[0]?.message).toContain(
      'the environment variable `ETCD_NAME` is shadowed by the command-line flag `--name`',
    );
  });

  it.each<[string, string, { rule: string; line: number; column: number }[]]>([
    ['exec form', 'FROM x\nCMD ["etcd", "--auto-tls"]\n', [{ rule: A, line: 2, column: 14 }]],
    ['shell form', 'FROM x\nCMD etcd --auto-tls\n', [{ rule: A, line: 2, column: 10 }]],
    [
      'exec form through sh -c',
      'FROM x\nCMD ["/bin/sh", "-c", "exec etcd --auto-tls"]\n',
      [{ rule: A, line: 2, column: 34 }],
    ],
    [
      'ENTRYPOINT and CMD arguments',
      'FROM x\nENTRYPOINT ["etcd"]\nCMD ["--peer-auto-tls"]\n',
      [{ rule: P, line: 3, column: 6 }],
    ],
    ['a shell-form ENTRYPOINT ignores CMD', 'FROM x\nENTRYPOINT etcd --name a\nCMD ["--auto-tls"]\n', []],
    [
      'an ENTRYPOINT drops the CMD it inherits',
      'FROM x AS a\nCMD ["--auto-tls"]\nFROM a\nENTRYPOINT ["etcd"]\n',
      [],
    ],
    ['the last CMD counts', 'FROM x\nCMD ["etcd", "--auto-tls"]\nCMD ["etcd"]\n', []],
    ['a RUN starts no server', 'FROM x\nRUN etcd --auto-tls & sleep 1\n', []],
    [
      'ENV substitution',
      `FROM x\nENV T=true\nENV ETCD_AUTO_TLS=\${T}\nCMD ["etcd"]\n`,
      [{ rule: A, line: 3, column: 5 }],
    ],
    ['ARG values are build-time, not known', 'FROM x\nARG T=true\nENV ETCD_AUTO_TLS=$T\nCMD ["etcd"]\n', []],
    ['etcdctl is no server', 'FROM x\nCMD ["etcdctl", "--auto-tls"]\n', []],
    [
      'grpc-proxy is another program',
      'FROM x\nENTRYPOINT ["etcd", "grpc-proxy", "start", "--auto-tls"]\n',
      [],
    ],
    ['a broken exec form is the shell form', 'FROM x\nCMD ["etcd", --auto-tls]\n', []],
    [
      'RUN <<EOF runs the document',
      'FROM x\nRUN <<EOF\ncat > /etc/etcd/etcd.env <<EOT\nETCD_AUTO_TLS=1\nEOT\nEOF\n',
      [{ rule: A, line: 4, column: 1 }],
    ],
  ])('%s', (_name, dockerfile, expected) => {
    expect(where(findingsInFiles({ Dockerfile: dockerfile }))).toEqual(expected);
  });

  it('names the stage of a process that is not the last', () => {
    const files = loadInMemory({ Dockerfile: 'FROM x AS server\nCMD ["etcd"]\nFROM y\nCMD ["sh"]\n' });
    expect(extractFiles(files).configs.map((config) => config.launcher)).toEqual([
      { kind: 'dockerfile', path: 'Dockerfile', instruction: 'CMD', stage: 'server' },
    ]);
  });
});
