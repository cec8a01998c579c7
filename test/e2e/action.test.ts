import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { E2E_KUBEADM, removeWorkspaces, runAction, workspaceWith } from '../support/run-dist.js';

afterAll(removeWorkspaces);

import { validateSarif } from '../support/sarif-validate.js';

describe('dist/index.js run as the GitHub runner runs it', () => {
  it('writes SARIF, outputs, annotations and a summary, then fails the step on findings', () => {
    const workspace = workspaceWith('pod-spec', ...E2E_KUBEADM);
    const run = runAction(workspace, {
      path: '.',
      'sarif-file': 'out/etcd.sarif',
      category: 'etcd',
      'fail-on': 'error',
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

    expect(run.stdout).toContain(
      '::error title=etcd client auto-TLS is enabled [etcd-auto-tls],file=pod-spec/static-pod-command.yaml,line=14,endLine=14,col=7,endColumn=22::Pod kube-system/etcd, container etcd: etcd is started with `--auto-tls=true`',
    );
    expect(run.stdout).toContain('::error::18 etcd auto-TLS findings at or above fail-on "error"');

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
    expect(sarif.runs[0].automationDetails).toBeUndefined();
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

  it('rejects an invalid fail-on value without writing anything', () => {
    const workspace = workspaceWith(...E2E_KUBEADM);
    const run = runAction(workspace, { 'fail-on': 'critical' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '::error::input fail-on must be error, warning, note or none (got "critical")',
    );
    expect(existsSync(path.join(workspace, 'etcd-tls-guard.sarif'))).toBe(false);
  });
});
