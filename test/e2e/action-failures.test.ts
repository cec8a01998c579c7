// Issue 10, items 3 to 6 through dist/index.js run as the runner runs it: no mistake passes
// silently (every way out sets `result`), nothing reaches outside the workspace, the changed-files
// gate follows the evidence chain, and the API is called only when an input needs it.

import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../support/fake-github.js';
import { RENDERERS, textOf } from '../support/markdown-render.js';
import {
  E2E_KUBEADM,
  removeWorkspaces,
  runAction,
  runActionAsync,
  workspaceWith,
} from '../support/run-dist.js';
import { validateSarif } from '../support/sarif-validate.js';

afterAll(removeWorkspaces);

/** The job summary as a reader sees it (rendered, tags dropped). */
const shown = (markdown: string) => textOf((RENDERERS[0] as (typeof RENDERERS)[number]).render(markdown));

const lines = (stdout: string, prefix: string) =>
  stdout.split('\n').filter((line) => line.startsWith(prefix));

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

async function github(options: ConstructorParameters<typeof FakeGitHub>[0]): Promise<Record<string, string>> {
  fake = new FakeGitHub(options);
  return { GITHUB_API_URL: await fake.start(), ETCD_TLS_GUARD_POLL_INTERVAL_MS: '10' };
}

function pullRequest(workspace: string): Record<string, string> {
  const eventPath = path.join(workspace, '..', `${path.basename(workspace)}-event.json`);
  writeFileSync(
    eventPath,
    JSON.stringify({
      number: 7,
      pull_request: {
        number: 7,
        head: { repo: { full_name: 'octo/cluster-config' } },
        base: { repo: { full_name: 'octo/cluster-config' } },
      },
    }),
  );
  return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_REF: 'refs/pull/7/merge' };
}

describe('a step that cannot check what it was asked to ends with result: error', () => {
  it('on a path that does not exist: an error, outputs, a summary, a failed-run SARIF and no upload', async () => {
    const workspace = workspaceWith(...E2E_KUBEADM);
    const env = await github({});
    const run = await runActionAsync(
      workspace,
      { path: 'kubeadmm', upload: 'auto', token: 'ghs_test' },
      { ...env, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' },
    );
    expect(run.status).toBe(1);
    expect(lines(run.stdout, '::error')).toEqual([
      '::error::path "kubeadmm" does not exist in the workspace (is it spelt right, and checked out?)',
    ]);
    const sarifPath = path.join(workspace, 'etcd-tls-guard.sarif');
    expect(run.outputs).toEqual({ result: 'error', 'upload-status': 'skipped', 'sarif-file': sarifPath });
    // A valid report that marks the run as failed: code scanning refuses to process it, so a later
    // upload cannot close open alerts with it (github/codeql-action#1393).
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.runs[0].results).toEqual([]);
    expect(sarif.runs[0].invocations[0]).toMatchObject({
      executionSuccessful: false,
      toolExecutionNotifications: [
        {
          level: 'error',
          descriptor: { id: 'scan-not-run' },
          message: {
            text: 'path "kubeadmm" does not exist in the workspace (is it spelt right, and checked out?)',
          },
        },
      ],
    });
    expect(fake?.requests).toEqual([]);
    expect(shown(run.summary)).toContain(
      '❗ error: path "kubeadmm" does not exist in the workspace (is it spelt right, and checked out?)',
    );
    expect(shown(run.summary)).toContain('Nothing was uploaded to code scanning');
  });

  it.each([
    [{ path: '../' }, 'path "../" is outside the workspace'],
    [{ 'fail-on': 'bogus' }, 'input fail-on must be error, warning, note or none (got "bogus")'],
    [{ 'max-file-size': 'abc' }, 'input max-file-size must be a size such as 10MB or 512k (got "abc")'],
    [{ upload: 'yes' }, 'input upload must be never, auto or always (got "yes")'],
    [{ 'sarif-file': 'kubeadm' }, 'sarif-file "kubeadm" is a folder, not a file'],
  ])('on %j', (inputs, message) => {
    const workspace = workspaceWith(...E2E_KUBEADM);
    const run = runAction(workspace, inputs);
    expect(run.status).toBe(1);
    expect(lines(run.stdout, '::error')).toEqual([`::error::${message}`]);
    expect(run.outputs.result).toBe('error');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('files named by inputs stay inside the workspace (links made in a temporary workspace)', () => {
  it('never writes the SARIF report through a committed link, and leaves its target alone', () => {
    const workspace = workspaceWith(...E2E_KUBEADM);
    const victim = path.join(workspace, '..', `${path.basename(workspace)}-victim`);
    writeFileSync(victim, 'do not touch\n');
    symlinkSync(victim, path.join(workspace, 'etcd-tls-guard.sarif'));
    const run = runAction(workspace, {});
    expect(run.outputs.result).toBe('error');
    expect(lines(run.stdout, '::error')).toEqual([
      '::error::sarif-file "etcd-tls-guard.sarif" is a symbolic link; it is not written through',
    ]);
    expect(readFileSync(victim, 'utf8')).toBe('do not touch\n');
  });

  it('refuses a baseline linked to /dev/zero before scanning, instead of reading it forever', () => {
    const workspace = workspaceWith(...E2E_KUBEADM);
    symlinkSync('/dev/zero', path.join(workspace, 'baseline.json'));
    const run = runAction(workspace, { baseline: 'baseline.json' });
    expect(run.outputs).toMatchObject({ result: 'error', 'upload-status': 'skipped' });
    expect(lines(run.stdout, '::error')).toEqual([
      '::error::baseline "baseline.json" leads outside the workspace through a symbolic link',
    ]);
    expect(shown(run.summary)).toContain('error: baseline "baseline.json" leads outside the workspace');
  });
});

describe('parts of the tree that were not scanned are said out loud', () => {
  it('annotates a file over max-file-size as a warning on the file and lists it in the summary', () => {
    const workspace = workspaceWith(...E2E_KUBEADM);
    writeFileSync(path.join(workspace, 'kubeadm', 'padded.yaml'), `${' '.repeat(4096)}\nkind: Pod\n`);
    const run = runAction(workspace, { 'max-file-size': '2k', 'fail-on': 'none' });
    expect(run.outputs.result).toBe('pass');
    expect(lines(run.stdout, '::warning file=kubeadm/padded.yaml')).toEqual([
      '::warning file=kubeadm/padded.yaml::etcd-tls-guard: skipped: 4107 bytes is over the 2048-byte limit (max-file-size)',
    ]);
    expect(run.summary).toContain('**Not everything was scanned:**');
    expect(run.summary).toContain(
      '- ⚠️ `kubeadm/padded.yaml`: `skipped: 4107 bytes is over the 2048-byte limit (max-file-size)`',
    );
  });

  it('annotates a document over the work bounds (a padded pod) and lists it in the summary', () => {
    const workspace = workspaceWith(...E2E_KUBEADM);
    // At the 257th `[` (column 10 + 257) the document passes MAX_NESTING: none of it is parsed.
    const deep = `${'['.repeat(300)}${']'.repeat(300)}`;
    writeFileSync(
      path.join(workspace, 'kubeadm', 'deep.yaml'),
      `apiVersion: v1\nkind: Pod\nmetadata: {name: etcd}\nspec:\n  containers:\n  - name: etcd\n    command: [etcd, --auto-tls]\n    args: ${deep}\n`,
    );
    const run = runAction(workspace, { 'fail-on': 'none' });
    expect(run.outputs.result).toBe('pass');
    expect(lines(run.stdout, '::warning file=kubeadm/deep.yaml')).toEqual([
      '::warning file=kubeadm/deep.yaml,line=8,col=267::etcd-tls-guard: not analysed: a document nests collections more than 256 levels deep',
    ]);
    expect(run.summary).toContain(
      '- ⚠️ `kubeadm/deep.yaml:8`: `not analysed: a document nests collections more than 256 levels deep`',
    );
  });

  it('warns about a glob that matched nothing and notes a tree where nothing matched', () => {
    const workspace = workspaceWith(...E2E_KUBEADM);
    const run = runAction(workspace, { patterns: '*.yml' });
    expect(run.outputs.result).toBe('pass');
    expect(run.outputs['files-scanned']).toBe('0');
    expect(lines(run.stdout, '::warning')).toEqual([
      '::warning::etcd-tls-guard: include glob "*.yml" matched 0 files',
    ]);
    expect(lines(run.stdout, '::notice')).toEqual([
      '::notice::etcd-tls-guard: no file under "." matched the include globs, so nothing was scanned',
    ]);
  });
});

describe('an upload that cannot be made', () => {
  it('never fails an auto run without findings: a warning naming the cause, upload-status failed', async () => {
    const workspace = workspaceWith('negative');
    const closed = new FakeGitHub({});
    const url = await closed.start();
    await closed.stop();
    const run = await runActionAsync(
      workspace,
      { upload: 'auto', token: 'ghs_test' },
      {
        GITHUB_API_URL: url,
        ETCD_TLS_GUARD_RETRY_DELAYS_MS: '0,0',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REF: 'refs/heads/main',
      },
    );
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'pass', 'upload-status': 'failed', findings: '0' });
    expect(lines(run.stdout, '::warning')).toEqual([
      expect.stringMatching(
        /^::warning::SARIF not uploaded: the GitHub API could not be reached \(ECONNREFUSED: .*\) \(3 attempts\) \(upload: auto, so the step goes on\)$/,
      ),
    ]);
    expect(run.stdout).not.toContain('HTTP 500');
  });

  it('fails an always run on the same problem', async () => {
    const workspace = workspaceWith('negative');
    const env = await github({ uploads: [{ status: 503, message: 'Service Unavailable' }] });
    const run = await runActionAsync(
      workspace,
      { upload: 'always', token: 'ghs_test' },
      {
        ...env,
        ETCD_TLS_GUARD_RETRY_DELAYS_MS: '0,0',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REF: 'refs/heads/main',
      },
    );
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', 'upload-status': 'refused' });
    expect(lines(run.stdout, '::error')).toEqual([
      '::error::SARIF not uploaded: GitHub refused the upload (HTTP 503: Service Unavailable) (3 attempts)',
    ]);
    expect(fake?.uploads()).toHaveLength(3);
  });
});

describe('only-changed follows the evidence chain', () => {
  const CONFIG_MAP =
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: etcd-env\n  namespace: db\ndata:\n  ETCD_AUTO_TLS: "True"\n';
  const DEPLOYMENT =
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: etcd\n  namespace: db\nspec:\n  template:\n    spec:\n      containers:\n      - name: etcd\n        command: [etcd]\n        envFrom:\n        - configMapRef:\n            name: etcd-env\n';

  it('gates a pull request that only adds a Deployment reading ETCD_AUTO_TLS=True from an existing ConfigMap', async () => {
    const workspace = workspaceWith();
    mkdirSync(path.join(workspace, 'k8s'));
    writeFileSync(path.join(workspace, 'k8s', 'configmap.yaml'), CONFIG_MAP);
    writeFileSync(path.join(workspace, 'k8s', 'etcd.yaml'), DEPLOYMENT);
    const env = await github({ pullFiles: ['k8s/etcd.yaml'] });
    const run = await runActionAsync(
      workspace,
      { 'only-changed': 'true', token: 'ghs_test' },
      { ...env, ...pullRequest(workspace) },
    );
    expect(run.status).toBe(1);
    expect(run.outputs['gating-findings']).toBe('1');
    // The annotation stays on the value's line, in the ConfigMap.
    expect(lines(run.stdout, '::error title=')).toEqual([
      expect.stringMatching(
        /^::error title=etcd client auto-TLS is enabled \[etcd-auto-tls\],file=k8s\/configmap\.yaml,line=7,endLine=7,col=3,endColumn=24::Deployment db\/etcd, container etcd: /,
      ),
    ]);
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'etcd-tls-guard.sarif'), 'utf8'));
    expect(sarif.runs[0].results[0].relatedLocations).toEqual([
      {
        id: 1,
        // The region is the process's launcher: the `etcd` word of the Deployment's command.
        physicalLocation: {
          artifactLocation: { uri: 'k8s/etcd.yaml' },
          region: { startLine: 11, startColumn: 19, endLine: 11, endColumn: 23 },
        },
        message: { text: 'Deployment db/etcd, container etcd, which reads this setting' },
      },
    ]);
  });

  it('does not gate when neither file of the chain changed', async () => {
    const workspace = workspaceWith();
    mkdirSync(path.join(workspace, 'k8s'));
    writeFileSync(path.join(workspace, 'k8s', 'configmap.yaml'), CONFIG_MAP);
    writeFileSync(path.join(workspace, 'k8s', 'etcd.yaml'), DEPLOYMENT);
    const env = await github({ pullFiles: ['README.md'] });
    const run = await runActionAsync(
      workspace,
      { 'only-changed': 'true', token: 'ghs_test' },
      { ...env, ...pullRequest(workspace) },
    );
    expect(run.status).toBe(0);
    expect(run.outputs['gating-findings']).toBe('0');
  });

  it('makes no API request on a pull request when no input needs one', async () => {
    const workspace = workspaceWith(...E2E_KUBEADM);
    const env = await github({ pullFiles: ['kubeadm/external.yaml'] });
    const run = await runActionAsync(
      workspace,
      { token: 'ghs_test', 'fail-on': 'none' },
      { ...env, ...pullRequest(workspace) },
    );
    expect(run.outputs.result).toBe('pass');
    expect(fake?.requests).toEqual([]);
  });
});
