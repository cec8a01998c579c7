import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const DIST_ACTION = path.join(ROOT, 'dist/index.js');
export const DIST_CLI = path.join(ROOT, 'dist/cli.js');
/**
 * The Node that runs dist/index.js: the runner's own runtime (action.yml says node24) when
 * ETG_ACTION_NODE names it (.ci/run fetches one), else this test process's Node.
 */
export const ACTION_NODE = process.env.ETG_ACTION_NODE || process.execPath;

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

const SCRATCH = mkdtempSync(path.join(os.tmpdir(), 'etg-e2e-'));

/** Removes every workspace this test file made (call from afterAll). */
export function removeWorkspaces(): void {
  rmSync(SCRATCH, { recursive: true, force: true });
}

/** The kubeadm fixtures the end-to-end tests count on (other kubeadm fixtures may be added freely). */
export const E2E_KUBEADM = [
  'kubeadm/v1beta3-map.yaml',
  'kubeadm/v1beta4-list.yaml',
  'kubeadm/v1-duplicates.yaml',
  'kubeadm/external.yaml',
];

/** A fresh temporary directory holding copies of the named fixture files or folders. */
export function workspaceWith(...fixtureDirs: string[]): string {
  const dir = mkdtempSync(path.join(SCRATCH, 'ws-'));
  for (const fixture of fixtureDirs)
    cpSync(path.join(ROOT, 'fixtures', fixture), path.join(dir, fixture), { recursive: true });
  return dir;
}

export function runNode(
  script: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; node?: string },
): RunResult {
  const result = spawnSync(options.node ?? process.execPath, [script, ...args], {
    cwd: options.cwd,
    env: options.env ?? cleanEnv(),
    encoding: 'utf8',
    timeout: 60000,
    // Reports of whole fixture trees exceed spawnSync's default of 1 MB, which kills the child.
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The test process's environment without GitHub runner variables that would leak into the run. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (
      !key.startsWith('INPUT_') &&
      !key.startsWith('GITHUB_') &&
      key !== 'RUNNER_TEMP' &&
      key !== 'ETG_ACTION_NODE'
    )
      env[key] = value;
  }
  return { ...env, ...extra };
}

/** Runs dist/index.js as the runner does: INPUT_* (hyphens kept), cwd = GITHUB_WORKSPACE, files for outputs. */
export function runAction(
  workspace: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
) {
  const { env, outputFile, summaryFile } = actionEnv(workspace, inputs, extraEnv);
  const run = runNode(DIST_ACTION, [], { cwd: workspace, env, node: ACTION_NODE });
  return {
    ...run,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

/**
 * As runAction, without blocking the event loop: for runs that talk to a local HTTP server in the
 * test process (GITHUB_API_URL in extraEnv).
 */
export async function runActionAsync(
  workspace: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
) {
  const { env, outputFile, summaryFile } = actionEnv(workspace, inputs, extraEnv);
  const run = await new Promise<RunResult>((resolve, reject) => {
    const child = spawn(ACTION_NODE, [DIST_ACTION], { cwd: workspace, env, timeout: 60000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  return {
    ...run,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

function actionEnv(workspace: string, inputs: Record<string, string>, extraEnv: Record<string, string>) {
  const outputFile = path.join(workspace, '..', `${path.basename(workspace)}-output.txt`);
  const summaryFile = path.join(workspace, '..', `${path.basename(workspace)}-summary.md`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env = cleanEnv({
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'octo/cluster-config',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_ACTIONS: 'true',
    ...extraEnv,
  });
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return { env, outputFile, summaryFile };
}

/** Parses the `name<<DELIMITER` blocks that @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
    outputs[name as string] = value.join('\n');
  }
  return outputs;
}
