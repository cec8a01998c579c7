import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFiles } from '../../src/extract/index.js';
import { textFile } from '../../src/load/load.js';
import type { Diagnostic, Finding } from '../../src/model.js';
import { scan } from '../../src/scan.js';
import { FIXTURES, findingsInFixture } from '../support/fixtures.js';
import { AUTO_TLS_ONLY, findingsInFiles, where } from '../support/scan-text.js';

const A = 'etcd-auto-tls';
const P = 'etcd-peer-auto-tls';
const SYSTEMD = path.join(FIXTURES, 'systemd');

/** The fixture text a finding's region covers (regions are single-line). */
function covered(finding: Finding, base = SYSTEMD): string {
  const text = readFileSync(path.join(base, finding.file.relPath), 'utf8');
  const line = text.split('\n')[finding.span.startLine - 1] ?? '';
  return line.slice(finding.span.startColumn - 1, finding.span.endColumn - 1);
}

/** Findings of a scan of some paths under fixtures/systemd, with the text each region covers. */
async function scanned(...paths: string[]) {
  const result = await scan({ base: SYSTEMD, paths, rules: AUTO_TLS_ONLY });
  return {
    result,
    found: result.findings.map((f) => ({
      file: f.file.relPath,
      rule: f.ruleId,
      line: f.span.startLine,
      column: f.span.startColumn,
      text: covered(f),
    })),
  };
}

describe('systemd units that run etcd', () => {
  it.each([
    // Backslash continuations, with a comment line inside: `--auto-tls` on the sixth physical line.
    {
      paths: ['continuation.service'],
      expected: [{ file: 'continuation.service', rule: A, line: 12, column: 3, text: '--auto-tls' }],
    },
    // Environment= with a quoted assignment: the region is the assignment inside the quotes.
    {
      paths: ['environment.service'],
      expected: [
        { file: 'environment.service', rule: P, line: 5, column: 14, text: 'ETCD_PEER_AUTO_TLS=true' },
      ],
    },
    // `$DAEMON_ARGS` alone is replaced by the variable's words: the flag is located at the reference.
    {
      paths: ['variables.service'],
      expected: [{ file: 'variables.service', rule: P, line: 3, column: 25, text: '$DAEMON_ARGS' }],
    },
    // Flag and variable both set: reported at the flag (etcd >= 3.4 will not start).
    {
      paths: ['flag-and-env.service'],
      expected: [{ file: 'flag-and-env.service', rule: A, line: 3, column: 25, text: '--auto-tls=true' }],
    },
    // `bash -c "... etcd ... --auto-tls"` (the Fedora/CentOS 7 unit): the flag inside the script.
    {
      paths: ['shell-wrapper.service', 'etc/etcd/etcd.conf'],
      expected: [{ file: 'shell-wrapper.service', rule: A, line: 11, column: 115, text: '--auto-tls' }],
    },
    // etcdctl is not the server; `etcd grpc-proxy` is another program with other flags.
    { paths: ['etcdctl.service'], expected: [] },
    { paths: ['grpc-proxy.service'], expected: [] },
    // The line after `--data-dir=/var/lib/etcd` lacks its backslash: `--peer-auto-tls=true` is not
    // part of ExecStart= (systemd ignores the line), so etcd never gets it.
    { paths: ['missing-backslash.service'], expected: [] },
    // Drop-ins apply in name order: 10- resets ExecStart and adds `--peer-auto-tls` (the unit's
    // `--auto-tls=false` is gone), 20- sets ETCD_AUTO_TLS=1, which no flag shadows any more.
    {
      paths: ['override'],
      expected: [
        {
          file: 'override/etcd.service.d/10-peer-auto-tls.conf',
          rule: P,
          line: 3,
          column: 39,
          text: '--peer-auto-tls',
        },
        {
          file: 'override/etcd.service.d/20-environment.conf',
          rule: A,
          line: 2,
          column: 13,
          text: 'ETCD_AUTO_TLS=1',
        },
      ],
    },
    // A drop-in of an etcd.service that is not scanned is read alone.
    {
      paths: ['dropin-alone'],
      expected: [
        {
          file: 'dropin-alone/etcd.service.d/override.conf',
          rule: P,
          line: 3,
          column: 14,
          text: 'ETCD_PEER_AUTO_TLS=true',
        },
      ],
    },
  ])('$paths', async ({ paths, expected }) => {
    const { found } = await scanned(...paths);
    expect(found).toEqual(expected);
  });

  it('locates a variable from EnvironmentFile= in the env file, once, naming the unit', async () => {
    const { result, found } = await scanned('.');
    const inEnvFile = result.findings.filter((f) => f.file.relPath === 'etc/etcd/etcd.env');
    expect(inEnvFile).toHaveLength(1);
    expect(where(inEnvFile)).toEqual([{ rule: A, line: 2, column: 1 }]);
    expect(covered(inEnvFile[0] as Finding)).toBe('ETCD_AUTO_TLS=true');
    expect(inEnvFile[0]?.message).toMatch(
      /^systemd unit environment-file\.service: etcd gets `ETCD_AUTO_TLS=true` from EnvironmentFile=\/etc\/etcd\/etcd\.env of environment-file\.service, which enables client auto-TLS/,
    );
    // The whole folder: every finding once, drop-ins with their unit.
    expect(found.map((f) => `${f.file}:${f.line}:${f.column}:${f.rule}`)).toEqual([
      'continuation.service:12:3:etcd-auto-tls',
      'dropin-alone/etcd.service.d/override.conf:3:14:etcd-peer-auto-tls',
      'environment.service:5:14:etcd-peer-auto-tls',
      'etc/etcd/etcd.env:2:1:etcd-auto-tls',
      'flag-and-env.service:3:25:etcd-auto-tls',
      'override/etcd.service.d/10-peer-auto-tls.conf:3:39:etcd-peer-auto-tls',
      'override/etcd.service.d/20-environment.conf:2:13:etcd-auto-tls',
      'shell-wrapper.service:11:115:etcd-auto-tls',
      'variables.service:3:25:etcd-peer-auto-tls',
    ]);
  });

  it('explains conflicts, shell commands and drop-ins in the message', async () => {
    const { result } = await scanned('.');
    const message = (file: string) => result.findings.find((f) => f.file.relPath === file)?.message ?? '';
    expect(message('flag-and-env.service')).toMatch(
      /^systemd unit flag-and-env\.service: etcd is started with `--auto-tls=true`/,
    );
    expect(message('flag-and-env.service')).toContain('will not start');
    // The comment line inside the continuation is dropped, not read as a plain argument; the unit's
    // https listener without an advertise URL is a start-up problem of its own (T17).
    expect(message('continuation.service')).not.toContain('is not a valid flag');
    expect(message('continuation.service')).toContain(
      'etcd will not start: --listen-client-urls is set without an advertise URL',
    );
    expect(message('environment.service')).toContain(
      'etcd gets `ETCD_PEER_AUTO_TLS=true` in Environment= of the unit',
    );
    expect(message('shell-wrapper.service')).toContain('`--auto-tls` (in its shell command)');
    // ETCD_NAME from /etc/etcd/etcd.conf and `--name` on the command line: fatal since etcd 3.4.
    expect(message('shell-wrapper.service')).toContain(
      'Also, etcd 3.4 and later will not start: the environment variable `ETCD_NAME` is shadowed by the command-line flag `--name`',
    );
    expect(message('override/etcd.service.d/20-environment.conf')).toMatch(
      /^systemd unit override\/etcd\.service: etcd gets `ETCD_AUTO_TLS=1` in Environment= of the drop-in etcd\.service\.d\/20-environment\.conf/,
    );
  });

  it('notes the line a missing backslash cut off ExecStart=', async () => {
    const { result } = await scanned('missing-backslash.service');
    expect(result.findings).toEqual([]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        level: 'note',
        id: 'ineffective-setting',
        file: expect.objectContaining({ relPath: 'missing-backslash.service' }),
        span: { startLine: 6, startColumn: 3, endLine: 6, endColumn: 23 },
      }),
    ]);
    expect(result.diagnostics[0]?.message).toContain(
      '`--peer-auto-tls=true` is not part of the ExecStart= command line',
    );
  });

  it('reports a drop-in once, with its unit, and the unit fixture alone without the override', () => {
    const read = (relPath: string) => readFileSync(path.join(SYSTEMD, relPath), 'utf8');
    const unit = 'override/etcd.service';
    const dropIns = [
      'override/etcd.service.d/10-peer-auto-tls.conf',
      'override/etcd.service.d/20-environment.conf',
    ];
    const files = Object.fromEntries([unit, ...dropIns].map((relPath) => [relPath, read(relPath)]));
    // No deduplication here: each finding comes from exactly one configuration.
    expect(
      findingsInFiles(files)
        .map((f) => f.file.relPath)
        .sort(),
    ).toEqual(dropIns);
    expect(findingsInFixture(`systemd/${unit}`)).toEqual([]);
  });
});

describe('real units in the corpus (verdicts in fixtures/corpus/real/expected.json)', () => {
  const configsOf = (relPath: string) => {
    const absPath = path.join(FIXTURES, 'corpus/real', relPath);
    return extractFiles([textFile({ absPath, relPath }, readFileSync(absPath, 'utf8'))]).configs;
  };

  it('reads the continued ExecStart= of kubernetes-the-hard-way (no auto-TLS)', () => {
    const [config, ...more] = configsOf('kubernetes-the-hard-way/etcd.service');
    expect(more).toEqual([]);
    expect(config?.launcher).toEqual({ kind: 'systemd', unit: 'kubernetes-the-hard-way/etcd.service' });
    expect(config?.flags.map((flag) => flag.name)).toEqual([
      'name',
      'initial-advertise-peer-urls',
      'listen-peer-urls',
      'listen-client-urls',
      'advertise-client-urls',
      'initial-cluster-token',
      'initial-cluster',
      'initial-cluster-state',
      'data-dir',
    ]);
    expect(config?.flags[8]?.span).toEqual({ startLine: 16, startColumn: 3, endLine: 16, endColumn: 27 });
    expect(config?.startupProblems).toEqual([]);
  });

  it("reads etcd-io/etcd's packaged unit: Environment= only, %m kept as written", () => {
    const [config] = configsOf('etcd-io-etcd/etcd.service');
    expect(config?.flags).toEqual([]);
    expect(config?.env.map((setting) => setting.text)).toEqual([
      'ETCD_DATA_DIR=/var/lib/etcd',
      'ETCD_NAME=%m',
    ]);
  });
});

describe('systemd unit syntax', () => {
  const unit = (service: string) => `[Service]\n${service}\n`;
  const findings = (files: Record<string, string>, diagnostics?: Diagnostic[]) =>
    where(findingsInFiles(files, diagnostics));

  it.each([
    // Executable prefixes: `-` (ignore failure), `+`, `!!`; `@` makes the next word argv[0].
    { service: 'ExecStart=-/usr/bin/etcd --auto-tls', expected: [{ rule: A, line: 2, column: 26 }] },
    { service: 'ExecStart=+!!/usr/bin/etcd --peer-auto-tls', expected: [{ rule: P, line: 2, column: 28 }] },
    {
      service: 'ExecStart=@/usr/bin/etcd etcd-member --auto-tls',
      expected: [{ rule: A, line: 2, column: 38 }],
    },
    // Quotes are removed by systemd: `--peer-auto-tls="true"` is a valid `true` here.
    {
      service: 'ExecStart=/usr/bin/etcd "--auto-tls" --peer-auto-tls="true"',
      expected: [
        { rule: A, line: 2, column: 25 },
        { rule: P, line: 2, column: 38 },
      ],
    },
    // C escapes: \x74 is `t`.
    { service: 'ExecStart=/usr/bin/etcd --auto-tls=\\x74rue', expected: [{ rule: A, line: 2, column: 25 }] },
    // An unknown `${EXTRA}` may hold flags: reading goes on past it.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: systemd syntax, not a JavaScript template
    { service: 'ExecStart=/usr/bin/etcd ${EXTRA} --auto-tls', expected: [{ rule: A, line: 2, column: 34 }] },
    // `${VAR}` inside a word, from Environment=.
    {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: systemd syntax, not a JavaScript template
      service: 'Environment=TLS=true\nExecStart=/usr/bin/etcd --peer-auto-tls=${TLS}',
      expected: [{ rule: P, line: 3, column: 25 }],
    },
    // An unclosed `${` is text; a variable after it in the same line still expands.
    {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: systemd syntax, not a JavaScript template
      service: 'Environment=TLS=true\nExecStart=/usr/bin/etcd --name=${${ --peer-auto-tls=${TLS}',
      expected: [{ rule: P, line: 3, column: 37 }],
    },
    // With `:` variables are not expanded: etcd gets the literal `${TLS}` and refuses it (no finding).
    // biome-ignore lint/suspicious/noTemplateCurlyInString: systemd syntax, not a JavaScript template
    { service: 'Environment=TLS=true\nExecStart=:/usr/bin/etcd --auto-tls=${TLS}', expected: [] },
    // The last ExecStart= after a reset; an empty Environment= drops earlier assignments.
    {
      service: 'ExecStart=/usr/bin/etcd --auto-tls\nExecStart=\nExecStart=/usr/bin/etcd --name a',
      expected: [],
    },
    { service: 'Environment=ETCD_AUTO_TLS=true\nEnvironment=\nExecStart=/usr/bin/etcd', expected: [] },
    // A later assignment wins; quoting keeps `=`-free words apart.
    {
      service: "Environment=ETCD_AUTO_TLS=true 'ETCD_AUTO_TLS=false'\nExecStart=/usr/bin/etcd",
      expected: [],
    },
    // A backslash followed by a blank does not continue the line (systemd looks at the last character).
    { service: 'ExecStart=/usr/bin/etcd \\ \n  --auto-tls', expected: [] },
    // `etcd gateway` has no auto-TLS; etcd after `;` in a oneshot unit runs too.
    { service: 'ExecStart=/usr/bin/etcd gateway start --endpoints=a', expected: [] },
    {
      service: 'Type=oneshot\nExecStart=/bin/true ; /usr/bin/etcd --auto-tls',
      expected: [{ rule: A, line: 3, column: 37 }],
    },
  ])('$service', ({ service, expected }) => {
    expect(findings({ 'etcd.service': unit(service) })).toEqual(expected);
  });

  it('refuses several ExecStart= commands outside Type=oneshot and says so', () => {
    const [finding] = findingsInFiles({
      'etcd.service': unit('ExecStart=/usr/bin/etcd --name a\nExecStart=/usr/bin/etcd --auto-tls'),
    });
    expect(finding?.span.startLine).toBe(3);
    expect(finding?.message).toContain(
      'systemd will not start the unit: it has more than one ExecStart= command line',
    );
  });

  it('reads CRLF units and ignores settings outside [Service]', () => {
    expect(
      findings({ 'etcd.service': '[Service]\r\nExecStart=/usr/bin/etcd \\\r\n  --auto-tls\r\n' }),
    ).toEqual([{ rule: A, line: 3, column: 3 }]);
    expect(findings({ 'etcd.service': '[Unit]\nExecStart=/usr/bin/etcd --auto-tls\n' })).toEqual([]);
  });

  it('applies EnvironmentFile= over Environment= whatever their order, and resolves %p', () => {
    const etcdEnv = (value: string) => `ETCD_AUTO_TLS=${value}\n`;
    const fileFirst = unit(
      'EnvironmentFile=/etc/etcd.env\nEnvironment=ETCD_AUTO_TLS=true\nExecStart=/usr/bin/etcd',
    );
    expect(findings({ 'etcd.service': fileFirst, 'etcd.env': etcdEnv('false') })).toEqual([]);
    const fileLast = unit(
      'Environment=ETCD_AUTO_TLS=false\nEnvironmentFile=-/etc/etcd.env\nExecStart=/usr/bin/etcd',
    );
    const found = findingsInFiles({ 'etcd.service': fileLast, 'etcd.env': etcdEnv('true') });
    // Reported through the unit that reads the file; the file's own fragment is dropped.
    expect(found.map((f) => [f.file.relPath, f.subject])).toEqual([
      ['etcd.env', 'systemd unit etcd.service'],
    ]);
    expect(found[0]?.related).toEqual([
      {
        file: { absPath: '/virtual/etcd.service', relPath: 'etcd.service' },
        span: { startLine: 4, startColumn: 11, endLine: 4, endColumn: 24 },
        message: 'systemd unit etcd.service, which reads this setting',
      },
    ]);
    // Debian's unit: EnvironmentFile=-/etc/default/%p, %p being the unit's prefix `etcd`.
    const debian = unit('EnvironmentFile=-/etc/default/%p\nExecStart=/usr/bin/etcd $DAEMON_ARGS');
    const debianFound = findingsInFiles({
      'lib/systemd/etcd.service': debian,
      'etc/default/etcd': etcdEnv('1'),
    });
    expect(debianFound[0]?.message).toContain('from EnvironmentFile=/etc/default/etcd of etcd.service');
    // A file outside the scan is skipped; `export` lines are ignored by systemd, which reads the file.
    expect(findings({ 'etcd.service': fileLast })).toEqual([]);
    expect(findings({ 'etcd.service': fileLast, 'etcd.env': `export ${etcdEnv('true')}` })).toEqual([]);
    const alone = findingsInFiles({ 'etcd.env': `export ${etcdEnv('true')}` });
    expect(alone.map((f) => f.subject)).toEqual(['etcd environment file etcd.env']);
  });

  it('reads a drop-in alone only for an etcd unit', () => {
    const dropIn = '[Service]\nEnvironment=ETCD_AUTO_TLS=true\n';
    expect(findings({ 'etcd@.service.d/tls.conf': dropIn })).toEqual([{ rule: A, line: 2, column: 13 }]);
    expect(findings({ 'kubelet.service.d/tls.conf': dropIn })).toEqual([]);
  });
});

describe('systemd units that run etcd in a container', () => {
  it('reads the command after the image and the -e variables, not the unit environment', () => {
    const unit = [
      '[Service]',
      'Environment=ETCD_AUTO_TLS=true',
      'ExecStart=/usr/bin/docker run --rm --net=host \\',
      '  -e ETCD_PEER_AUTO_TLS=true \\',
      '  quay.io/coreos/etcd:v3.5.9 /usr/local/bin/etcd --name n1 --auto-tls=false',
    ].join('\n');
    expect(where(findingsInFiles({ 'etcd-docker.service': unit }))).toEqual([
      { rule: P, line: 4, column: 6 },
    ]);
    expect(
      findingsInFiles({ 'etcd-docker.service': unit.replace('/usr/local/bin/etcd', 'etcdctl') }),
    ).toEqual([]);
  });
});
