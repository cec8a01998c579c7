import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST_CLI, E2E_KUBEADM, removeWorkspaces, runNode, workspaceWith } from '../support/run-dist.js';
import { validateSarif } from '../support/sarif-validate.js';

afterAll(removeWorkspaces);

const cli = (args: string[], cwd: string) => runNode(DIST_CLI, args, { cwd });

describe('dist/cli.js', () => {
  const workspace = workspaceWith('pod-spec', ...E2E_KUBEADM, 'negative');

  it('prints file:line:col, rule and message, then counts, and exits 1 on findings', () => {
    const run = cli(['kubeadm'], workspace);
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /^kubeadm\/v1-duplicates\.yaml:6:7: error \[etcd-auto-tls\] kubeadm ClusterConfiguration/,
    );
    expect(lines[1]).toMatch(/^kubeadm\/v1beta3-map\.yaml:14:7: error \[etcd-auto-tls\] /);
    expect(lines[2]).toMatch(/^kubeadm\/v1beta4-list\.yaml:10:7: error \[etcd-peer-auto-tls\] /);
    expect(lines.at(-1)).toMatch(
      /^3 findings in 3 files \(etcd-auto-tls \(CIS 2\.3\): 2, etcd-peer-auto-tls \(CIS 2\.6\): 1, etcd-client-plaintext \(CIS 2\.1\): 0, .*\); 4 files scanned, 0 scan notices\.$/,
    );
    expect(run.stderr).toBe('');
  });

  it('exits 0 on a clean tree and with --fail-on none', () => {
    expect(cli(['negative'], workspace).status).toBe(0);
    expect(cli(['--fail-on', 'none', 'kubeadm'], workspace).status).toBe(0);
  });

  it('writes SARIF to --output with URIs relative to the current directory', () => {
    const out = path.join(workspace, 'report.sarif');
    const run = cli(
      // One rule, so that the file's one auto-TLS finding is the only result (--rule selects it).
      [
        '--format',
        'sarif',
        '--output',
        out,
        '--category',
        'manifests',
        '--rule',
        'etcd-auto-tls',
        'pod-spec/crlf.yaml',
      ],
      workspace,
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.runs[0].automationDetails).toEqual({ id: 'manifests/' });
    expect(sarif.runs[0].results).toHaveLength(1);
    const [result] = sarif.runs[0].results;
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'pod-spec/crlf.yaml' },
      region: { startLine: 10, startColumn: 7, endLine: 10, endColumn: 22 },
    });
    expect(result.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{1,16}:1$/);
  });

  it('reports paths relative to the current directory when run inside a subdirectory', () => {
    const run = cli(['--format', 'json', '.'], path.join(workspace, 'kubeadm'));
    const report = JSON.parse(run.stdout);
    expect(
      report.findings.map((f: { file: string; startLine: number }) => `${f.file}:${f.startLine}`),
    ).toEqual(['v1-duplicates.yaml:6', 'v1beta3-map.yaml:14', 'v1beta4-list.yaml:10']);
    expect(report.summary).toMatchObject({
      findings: 3,
      suppressed: 0,
      filesScanned: 4,
      byRule: { 'etcd-auto-tls': 2, 'etcd-peer-auto-tls': 1, 'etcd-client-plaintext': 0 },
    });
  });

  it('prints GitHub workflow commands with --format github', () => {
    const run = cli(['--format', 'github', 'kubeadm/v1beta4-list.yaml'], workspace);
    expect(run.stdout).toMatch(
      /^::error file=kubeadm\/v1beta4-list\.yaml,line=10,col=7,endLine=10,endColumn=26,title=etcd peer auto-TLS is enabled \[etcd-peer-auto-tls\]::kubeadm ClusterConfiguration \(kubeadm\.k8s\.io\/v1beta4\)/,
    );
  });

  it('applies --include and --exclude globs', () => {
    const run = cli(
      ['--format', 'json', '--include', '**/*.json', '--exclude', 'kubeadm/**', '.'],
      workspace,
    );
    const report = JSON.parse(run.stdout);
    expect(report.summary.filesScanned).toBe(1);
    expect([...new Set(report.findings.map((f: { file: string }) => f.file))]).toEqual([
      'pod-spec/anchors-and-json.json',
    ]);
  });

  it('keeps scanning past a broken file and never exits 2 for it', () => {
    const dir = workspaceWith(...E2E_KUBEADM);
    writeFileSync(path.join(dir, 'kubeadm', 'broken.yaml'), 'auto-tls: [\n');
    writeFileSync(path.join(dir, 'kubeadm', 'binary.yaml'), Buffer.from([0x61, 0x00, 0x75, 0x74, 0x6f]));
    const run = cli(['--format', 'json', 'kubeadm'], dir);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.summary.findings).toBe(3);
    expect(report.diagnostics.map((d: { id: string; file: string }) => `${d.id} ${d.file}`)).toEqual([
      'binary-file kubeadm/binary.yaml',
      'parse-error kubeadm/broken.yaml',
    ]);
  });

  it('writes a baseline, then fails only on findings that are not in it', () => {
    const dir = workspaceWith(...E2E_KUBEADM);
    const write = cli(['--write-baseline', 'baseline.json', 'kubeadm'], dir);
    expect(write.status).toBe(0);
    expect(write.stderr).toContain('3 findings recorded in baseline.json');
    expect(cli(['--baseline', 'baseline.json', 'kubeadm'], dir).status).toBe(0);

    const file = path.join(dir, 'kubeadm', 'v1beta3-map.yaml');
    writeFileSync(
      file,
      `# a comment moves everything down\n${readFileSync(file, 'utf8')}      peer-auto-tls: "true"\n`,
    );
    const run = cli(['--baseline', 'baseline.json', '--format', 'sarif', 'kubeadm'], dir);
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout).runs[0].results;
    expect(
      results.map((r: { ruleId: string; baselineState: string }) => `${r.ruleId} ${r.baselineState}`),
    ).toEqual([
      'etcd-auto-tls unchanged',
      'etcd-auto-tls unchanged',
      'etcd-peer-auto-tls new',
      'etcd-peer-auto-tls unchanged',
    ]);
    expect(cli(['--baseline', 'missing.json', 'kubeadm'], dir).status).toBe(2);
  });

  it('exits 2 with a usage message on stderr and nothing on stdout (more cases in test/cli, in process)', () => {
    const run = cli(['--format', 'xml'], workspace);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'etcd-tls-guard: --format must be one of text, json, sarif, github (got "xml")\nTry \'etcd-tls-guard --help\'.\n',
    );
    expect(run.stdout).toBe('');
  });

  it('runs only the rules --rule names, skips those --skip-rule names, and rejects an unknown id', () => {
    const only = JSON.parse(
      cli(['--format', 'json', '--rule', 'etcd-peer-auto-tls', 'kubeadm'], workspace).stdout,
    );
    expect(only.findings.map((f: { ruleId: string; file: string }) => `${f.ruleId} ${f.file}`)).toEqual([
      'etcd-peer-auto-tls kubeadm/v1beta4-list.yaml',
    ]);
    const skipped = JSON.parse(
      cli(['--format', 'json', '--skip-rule', 'etcd-auto-tls', 'kubeadm'], workspace).stdout,
    );
    expect(skipped.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['etcd-peer-auto-tls']);
    const bad = cli(['--rule', 'etcd-auto-tsl', 'kubeadm'], workspace);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(
      '--rule/--skip-rule: unknown rule id "etcd-auto-tsl" (known: etcd-auto-tls,',
    );
    expect(bad.stdout).toBe('');
  });

  it('exits 2 for a path that does not exist', () => {
    const run = cli(['no-such-dir'], workspace);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('path not found: no-such-dir');
  });

  it('prints the version, the rules and the help', () => {
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
    expect(cli(['--version'], workspace).stdout).toBe(`${pkg.version}\n`);
    const listed = cli(['--list-rules'], workspace).stdout.split('\n');
    expect(listed.slice(0, 3)).toEqual([
      'etcd-auto-tls\tCIS 2.3\terror\tetcd serves clients with self-signed certificates (--auto-tls).',
      'etcd-peer-auto-tls\tCIS 2.6\terror\tetcd members use self-signed peer certificates (--peer-auto-tls).',
      'etcd-client-plaintext\tCIS 2.1\terror\tetcd serves clients over plaintext http:// (or unix://) listeners.',
    ]);
    expect(listed).toContain(
      'apiserver-etcd-client-cert-missing\tCIS 1.2.23\twarning\tThe kube-apiserver dials etcd over TLS without a client certificate (--etcd-certfile/--etcd-keyfile).',
    );
    expect(listed.at(-3)).toBe('');
    expect(listed.at(-2)).toMatch(
      /^The rules read Kubernetes workloads .*the kube-apiserver's etcd flags\.$/,
    );
    const help = cli(['--help'], workspace);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: etcd-tls-guard [options] [paths...]');
  });
});

describe('--max-file-size', () => {
  it('skips larger files with a notice and rejects a bad size', () => {
    const dir = workspaceWith(...E2E_KUBEADM);
    const run = runNode(DIST_CLI, ['--format', 'json', '--max-file-size', '200', 'kubeadm'], { cwd: dir });
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: { file: string }) => f.file)).toEqual(['kubeadm/v1-duplicates.yaml']);
    expect(
      report.diagnostics
        .filter((d: { id: string }) => d.id === 'file-too-large')
        .map((d: { file: string }) => d.file),
    ).toEqual(['kubeadm/external.yaml', 'kubeadm/v1beta3-map.yaml', 'kubeadm/v1beta4-list.yaml']);
    const bad = runNode(DIST_CLI, ['--max-file-size', 'lots', 'kubeadm'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--max-file-size must be a size such as 10MB or 512k (got "lots")');
  });
});
