import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { FakeGitHub, type FakeGitHubOptions } from '../support/fake-github.js';
import {
  ACTION_NODE,
  cleanEnv,
  DIST_CLI,
  E2E_KUBEADM,
  removeWorkspaces,
  runAction,
  runActionAsync,
  runNode,
  workspaceWith,
} from '../support/run-dist.js';

afterAll(removeWorkspaces);

import { validateSarif } from '../support/sarif-validate.js';

describe('dist/index.js run as the GitHub runner runs it', () => {
  it('runs on the Node named by ETG_ACTION_NODE (Node 24, as action.yml says), or on this one', () => {
    const version = spawnSync(ACTION_NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
    console.info(`dist/index.js runs on Node ${version}`);
    if (process.env.ETG_ACTION_NODE) expect(version).toMatch(/^v24\./);
    else expect(version).toBe(process.version);
  });

  it('writes SARIF, outputs, annotations and a summary, then fails the step on findings', () => {
    const workspace = workspaceWith('pod-spec', ...E2E_KUBEADM);
    const run = runAction(workspace, {
      path: '.',
      'sarif-file': 'out/etcd.sarif',
      category: 'etcd',
      'fail-on': 'error',
      // The auto-TLS rules only (the `rules` input): the counts below are theirs.
      rules: 'etcd-auto-tls\netcd-peer-auto-tls',
    });

    expect(run.status).toBe(1);
    const sarifPath = path.join(workspace, 'out/etcd.sarif');
    expect(run.outputs['sarif-file']).toBe(sarifPath);
    expect(run.outputs.result).toBe('fail');
    expect(run.outputs['files-scanned']).toBe('13');
    expect(run.outputs.findings).toBe('18');

    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.runs[0].automationDetails).toEqual({ id: 'etcd/' });
    const first = sarif.runs[0].results.find(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.locations[0]?.physicalLocation.artifactLocation.uri === 'pod-spec/static-pod-command.yaml',
    );
    expect(first.ruleId).toBe('etcd-auto-tls');
    expect(first.locations[0].physicalLocation.region).toEqual({
      startLine: 14,
      startColumn: 7,
      endLine: 14,
      endColumn: 22,
    });

    // 18 errors but GitHub shows 10 error annotations per step: 9 findings (by file and line) and
    // the failure message, then one notice about the other 9.
    expect(run.stdout).toContain(
      '::error title=etcd client auto-TLS is enabled [etcd-auto-tls],file=pod-spec/anchors.yaml,line=14,endLine=14,col=7,endColumn=17::Pod etcd-anchored, container etcd: etcd is started with `--auto-tls`',
    );
    expect(run.stdout).not.toContain(
      '::error title=etcd client auto-TLS is enabled [etcd-auto-tls],file=pod-spec/static-pod-command.yaml',
    );
    expect(run.stdout).toContain('::error::18 etcd TLS findings at or above fail-on "error"');
    const lines = run.stdout.split('\n');
    expect(lines.filter((line) => line.startsWith('::error'))).toHaveLength(10);
    expect(lines.filter((line) => line.startsWith('::notice'))).toEqual([
      '::notice title=etcd-tls-guard%3A more results than annotations::etcd-tls-guard: 9 findings (9 errors) not annotated, because GitHub shows at most 10 error, 10 warning and 10 notice annotations per step. The job summary and the SARIF report list every finding.',
    ]);

    expect(run.summary).toContain('## etcd-tls-guard');
    expect(run.summary).toContain('| `etcd-auto-tls` | 2.3 | 12 |');
    expect(run.summary).toContain('| `etcd-peer-auto-tls` | 2.6 | 6 |');
    expect(run.summary).toContain(
      '[`pod-spec/static-pod-command.yaml`](https://github.com/octo/cluster-config/blob/0123456789abcdef0123456789abcdef01234567/pod-spec/static-pod-command.yaml#L14)',
    );
  });

  it('passes with fail-on none but still writes the full SARIF', () => {
    const workspace = workspaceWith('pod-spec');
    const run = runAction(workspace, { 'fail-on': 'none' });
    expect(run.status).toBe(0);
    expect(run.outputs.result).toBe('pass');
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'etcd-tls-guard.sarif'), 'utf8'));
    expect(sarif.runs[0].results.length).toBe(Number(run.outputs.findings));
    // An empty category input becomes one derived from `path`, so matrix jobs stay apart.
    expect(sarif.runs[0].automationDetails).toEqual({ id: 'etcd-tls-guard/root/' });
  });

  it('writes valid SARIF with no results and parse failures as notifications', () => {
    const workspace = workspaceWith('negative');
    writeFileSync(path.join(workspace, 'negative', 'broken.yaml'), 'kind: Pod\nspec: [auto-tls\n  : {\n');
    const run = runAction(workspace, { path: 'negative' });
    expect(run.status).toBe(0);
    expect(run.outputs.findings).toBe('0');
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'etcd-tls-guard.sarif'), 'utf8'));
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.runs[0].results).toEqual([]);
    const notes = sarif.runs[0].invocations[0].toolExecutionNotifications;
    expect(notes).toHaveLength(1);
    expect(notes[0].locations[0].physicalLocation.artifactLocation.uri).toBe('negative/broken.yaml');
    expect(notes[0].level).toBe('warning');
  });

  it('honours patterns and exclude inputs (newline-separated)', () => {
    const workspace = workspaceWith('pod-spec', ...E2E_KUBEADM);
    const run = runAction(workspace, { patterns: '**/*.yaml\n**/*.json', exclude: 'pod-spec/**\n' });
    expect(run.outputs['files-scanned']).toBe('4');
    expect(run.outputs.findings).toBe('3');
  });

  it('rejects an invalid fail-on value without scanning; only a failed-run report is written', () => {
    const workspace = workspaceWith(...E2E_KUBEADM);
    const run = runAction(workspace, { 'fail-on': 'critical', 'sarif-file': 'out.sarif' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '::error::input fail-on must be error, warning, note or none (got "critical")',
    );
    const sarifPath = path.join(workspace, 'out.sarif');
    expect(run.outputs).toEqual({ result: 'error', 'upload-status': 'skipped', 'sarif-file': sarifPath });
    const failed = readSarif(sarifPath);
    expect(failed.runs[0]?.results).toEqual([]);
    expect(failed.runs[0]?.invocations?.[0]?.executionSuccessful).toBe(false);
  });
});

type Sarif = {
  runs: {
    automationDetails?: { id: string };
    invocations?: { executionSuccessful: boolean }[];
    results: {
      ruleId: string;
      baselineState?: string;
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
    }[];
  }[];
};

const readSarif = (file: string): Sarif => JSON.parse(readFileSync(file, 'utf8'));
const lines = (stdout: string, prefix: string) =>
  stdout.split('\n').filter((line) => line.startsWith(prefix));
const uriOf = (result: Sarif['runs'][number]['results'][number]) =>
  result.locations[0]?.physicalLocation.artifactLocation.uri;

describe('suppressions, baseline and category through the Action', () => {
  it('leaves suppressed findings out of SARIF and annotations, counts them and lists their reasons', () => {
    const workspace = workspaceWith('suppressions');
    const run = runAction(workspace, { rules: 'etcd-auto-tls, etcd-peer-auto-tls' });
    expect(run.status).toBe(1);
    expect(run.outputs.suppressed).toBe('3');
    expect(run.outputs.findings).toBe('3');
    const sarif = readSarif(path.join(workspace, 'etcd-tls-guard.sarif'));
    expect(
      sarif.runs[0]?.results.map((r) => `${uriOf(r)}:${r.locations[0]?.physicalLocation.region.startLine}`),
    ).toEqual(['suppressions/kubeadm.yaml:8', 'suppressions/pod.yaml:17', 'suppressions/pod.yaml:21']);
    expect(lines(run.stdout, '::error title=')).toHaveLength(3);
    // A suppression without a reason (or naming an unknown rule) is a warning on its line.
    expect(run.stdout).toContain(
      '::warning file=suppressions/pod.yaml,line=17,col=1::etcd-tls-guard: suppression comment without a reason is not applied',
    );
    expect(run.summary).toContain('**3** suppressed inline');
    expect(run.summary).toContain('### Suppressed inline (3)');
    expect(run.summary).toContain('| `throwaway lab cluster, no real data` |');
  });

  it('keeps baselined findings out of the gate and annotations, and still fails on new ones', () => {
    const workspace = workspaceWith('pod-spec');
    const written = runNode(DIST_CLI, ['--write-baseline', 'etcd-baseline.json', 'pod-spec'], {
      cwd: workspace,
      env: cleanEnv(),
    });
    expect(written.status).toBe(0);
    const known = JSON.parse(readFileSync(path.join(workspace, 'etcd-baseline.json'), 'utf8'));
    expect(known.findings.length).toBeGreaterThan(1);

    const clean = runAction(workspace, { baseline: 'etcd-baseline.json' });
    expect(clean.status).toBe(0);
    expect(clean.outputs.result).toBe('pass');
    expect(clean.outputs.baselined).toBe(String(known.findings.length));
    expect(clean.outputs['gating-findings']).toBe('0');
    expect(lines(clean.stdout, '::error')).toEqual([]);
    const sarif = readSarif(path.join(workspace, 'etcd-tls-guard.sarif'));
    expect(new Set(sarif.runs[0]?.results.map((r) => r.baselineState))).toEqual(new Set(['unchanged']));
    expect(clean.summary).toContain(`**${known.findings.length}** in the baseline (known, not gating)`);

    mkdirSync(path.join(workspace, 'new'));
    writeFileSync(
      path.join(workspace, 'new', 'etcd.yaml'),
      'apiVersion: v1\nkind: Pod\nmetadata: {name: etcd}\nspec:\n  containers:\n  - name: etcd\n    command: [etcd, --peer-auto-tls]\n',
    );
    const dirty = runAction(workspace, { baseline: 'etcd-baseline.json' });
    expect(dirty.status).toBe(1);
    expect(dirty.outputs['gating-findings']).toBe('1');
    expect(lines(dirty.stdout, '::error title=')).toHaveLength(1);
    expect(dirty.stdout).toContain('file=new/etcd.yaml,line=7');
    expect(dirty.stdout).toContain('::error::1 etcd TLS finding at or above fail-on "error"');
    const results = readSarif(path.join(workspace, 'etcd-tls-guard.sarif')).runs[0]?.results ?? [];
    // The new file's auto-TLS error and its plaintext defaults (a warning and a note) are all new.
    expect(new Set(results.filter((r) => r.baselineState === 'new').map(uriOf))).toEqual(
      new Set(['new/etcd.yaml']),
    );
  });

  it('stops before scanning on a missing or invalid baseline, with result error and the reason', () => {
    const workspace = workspaceWith(...E2E_KUBEADM);
    const missing = runAction(workspace, { baseline: 'nope.json', 'fail-on': 'none' });
    expect(missing.status).toBe(1);
    expect(missing.outputs.result).toBe('error');
    expect(missing.stdout).toContain('::error::baseline "nope.json" does not exist');
    // Checked before the scan: only a failed-run report, which code scanning refuses to process.
    const failed = readSarif(path.join(workspace, 'etcd-tls-guard.sarif'));
    expect(failed.runs[0]?.results).toEqual([]);
    expect(failed.runs[0]?.invocations?.[0]?.executionSuccessful).toBe(false);

    writeFileSync(path.join(workspace, 'bad.json'), '{"version": 2}');
    const invalid = runAction(workspace, { baseline: 'bad.json', 'fail-on': 'none' });
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toContain(
      '::error::baseline "bad.json": not written by etcd-tls-guard --write-baseline (version 1)',
    );
  });

  it('derives a category per scanned path for matrix jobs', () => {
    const workspace = workspaceWith('pod-spec');
    runAction(workspace, { path: './pod-spec/', 'fail-on': 'none' });
    expect(readSarif(path.join(workspace, 'etcd-tls-guard.sarif')).runs[0]?.automationDetails).toEqual({
      id: 'etcd-tls-guard/pod-spec/',
    });
  });
});

describe('changed files and upload against a local stand-in for the GitHub API', () => {
  let fake: FakeGitHub | undefined;
  afterEach(async () => {
    await fake?.stop();
    fake = undefined;
  });

  async function github(options: FakeGitHubOptions): Promise<Record<string, string>> {
    fake = new FakeGitHub(options);
    const url = await fake.start();
    return {
      GITHUB_API_URL: url,
      ETCD_TLS_GUARD_POLL_INTERVAL_MS: '10',
      ETCD_TLS_GUARD_POLL_TIMEOUT_MS: '5000',
    };
  }

  function pullRequestEvent(workspace: string, head = 'octo/cluster-config'): Record<string, string> {
    const eventPath = path.join(workspace, '..', `${path.basename(workspace)}-event.json`);
    writeFileSync(
      eventPath,
      JSON.stringify({
        action: 'synchronize',
        number: 7,
        pull_request: {
          number: 7,
          head: { sha: 'h', repo: { full_name: head } },
          base: { sha: 'b', repo: { full_name: 'octo/cluster-config' } },
        },
      }),
    );
    return {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REF: 'refs/pull/7/merge',
    };
  }

  it('uploads the written SARIF (gzip + Base64, commit and ref), waits for processing and outputs its id', async () => {
    const workspace = workspaceWith(...E2E_KUBEADM);
    const env = await github({
      upload: { status: 202, id: '6f1e-upload' },
      processing: ['pending', 'complete'],
    });
    const run = await runActionAsync(
      workspace,
      { upload: 'always', token: 'ghs_test' },
      { ...env, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' },
    );
    expect(run.stderr).toBe('');
    expect(run.outputs['sarif-id']).toBe('6f1e-upload');
    expect(run.outputs['upload-status']).toBe('complete');
    const uploads = fake?.uploads() ?? [];
    expect(uploads).toHaveLength(1);
    expect(uploads[0]?.sarifText).toBe(readFileSync(path.join(workspace, 'etcd-tls-guard.sarif'), 'utf8'));
    expect(uploads[0]?.body).toMatchObject({
      commit_sha: '0123456789abcdef0123456789abcdef01234567',
      ref: 'refs/heads/main',
    });
    expect(fake?.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/octo/cluster-config/code-scanning/sarifs',
      'GET /repos/octo/cluster-config/code-scanning/sarifs/6f1e-upload',
      'GET /repos/octo/cluster-config/code-scanning/sarifs/6f1e-upload',
    ]);
    expect(fake?.requests[0]?.authorization).toBe('token ghs_test');
    // Our own words in the summary have their punctuation escaped (markdown.ts).
    expect(run.summary).toContain(
      'SARIF uploaded to code scanning for refs\\/heads\\/main \\(id 6f1e\\-upload\\) and processed\\.',
    );
    // The upload does not replace the gate.
    expect(run.status).toBe(1);
    expect(run.outputs.result).toBe('fail');
  });

  it('turns a 403 into a warning with upload: auto, and the gate still decides', async () => {
    const workspace = workspaceWith(...E2E_KUBEADM);
    const env = await github({ upload: { status: 403, message: 'Resource not accessible by integration' } });
    const inputs = { upload: 'auto', token: 'ghs_test' };
    const push = { ...env, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' };
    const run = await runActionAsync(workspace, { ...inputs, 'fail-on': 'none' }, push);
    expect(run.status).toBe(0);
    expect(run.outputs.result).toBe('pass');
    expect(run.outputs['upload-status']).toBe('refused');
    expect(run.outputs['sarif-id']).toBeUndefined();
    expect(
      lines(
        run.stdout,
        '::warning::SARIF not uploaded: GitHub refused the upload (HTTP 403: Resource not accessible by integration',
      ),
    ).toHaveLength(1);
    expect(fake?.uploads()).toHaveLength(1);

    const gated = await runActionAsync(workspace, inputs, push);
    expect(gated.status).toBe(1);
    expect(gated.stdout).toContain('::error::3 etcd TLS findings at or above fail-on "error"');
  });

  it('fails the step on a 404 with upload: always, even with fail-on none', async () => {
    const workspace = workspaceWith(...E2E_KUBEADM);
    const env = await github({ upload: { status: 404, message: 'Not Found' } });
    const run = await runActionAsync(
      workspace,
      { upload: 'always', token: 'ghs_test', 'fail-on': 'none' },
      { ...env, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' },
    );
    expect(run.status).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(run.stdout).toContain(
      '::error::SARIF not uploaded: GitHub answered HTTP 404: Not Found: code scanning is not available',
    );
  });

  it('gates and annotates only the files the pull request changes; SARIF and upload stay complete', async () => {
    const workspace = workspaceWith('pod-spec', ...E2E_KUBEADM);
    const env = await github({
      pullFiles: ['README.md', 'kubeadm/v1beta4-list.yaml', 'pod-spec/bom.yaml'],
      pageSize: 2,
    });
    const run = await runActionAsync(
      workspace,
      {
        'only-changed': 'true',
        upload: 'auto',
        token: 'ghs_test',
        rules: 'etcd-auto-tls,etcd-peer-auto-tls',
      },
      { ...env, ...pullRequestEvent(workspace) },
    );
    expect(run.status).toBe(1);
    expect(run.outputs.findings).toBe('18');
    expect(run.outputs['gating-findings']).toBe('2');
    expect(run.stdout).toContain(
      '::error::2 etcd TLS findings at or above fail-on "error" in the files the pull request changes',
    );
    const annotated = lines(run.stdout, '::error title=').map((line) => /file=([^,]+)/.exec(line)?.[1]);
    expect(annotated).toEqual(['kubeadm/v1beta4-list.yaml', 'pod-spec/bom.yaml']);
    expect(lines(run.stdout, '::notice')).toEqual([]);
    expect(readSarif(path.join(workspace, 'etcd-tls-guard.sarif')).runs[0]?.results).toHaveLength(18);
    expect(run.summary).toContain(
      'Only findings in the 3 files changed by the pull request gate the step (**16** outside them).',
    );
    expect(fake?.requests.filter((r) => r.path === '/repos/octo/cluster-config/pulls/7/files')).toHaveLength(
      2,
    );
    expect(fake?.uploads()[0]?.body.ref).toBe('refs/pull/7/merge');
  });

  it('warns and gates everything when only-changed cannot get the list', async () => {
    const workspace = workspaceWith(...E2E_KUBEADM);
    const env = await github({
      pullFiles: { status: 403, message: 'Resource not accessible by integration' },
    });
    const push = await runActionAsync(
      workspace,
      { 'only-changed': 'true', token: 'ghs_test' },
      { ...env, GITHUB_EVENT_NAME: 'push' },
    );
    expect(push.status).toBe(1);
    expect(push.stdout).toContain(
      '::warning::only-changed: the event is `push`; only pull_request and pull_request_target events have changed files. Every finding gates the step and is annotated.',
    );
    expect(push.outputs['gating-findings']).toBe('3');

    const denied = await runActionAsync(
      workspace,
      { 'only-changed': 'true', token: 'ghs_test' },
      { ...env, ...pullRequestEvent(workspace) },
    );
    expect(denied.stdout).toContain(
      "::warning::only-changed: listing the pull request's files failed (HTTP 403: Resource not accessible by integration).",
    );
    expect(denied.outputs['gating-findings']).toBe('3');
    expect(lines(denied.stdout, '::error title=')).toHaveLength(3);
  });

  it('does not upload from a fork pull request with upload: auto, and the gate still applies', async () => {
    const workspace = workspaceWith(...E2E_KUBEADM);
    const env = await github({ pullFiles: ['kubeadm/external.yaml'] });
    const run = await runActionAsync(
      workspace,
      { upload: 'auto', token: 'ghs_readonly' },
      { ...env, ...pullRequestEvent(workspace, 'someone/cluster-config') },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '::warning::SARIF not uploaded: pull requests from forks get a read-only token',
    );
    expect(fake?.uploads()).toHaveLength(0);
    expect(run.outputs['gating-findings']).toBe('3');
  });
});
