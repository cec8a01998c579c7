import path from 'node:path';
import * as core from '@actions/core';
import { globProblem } from '../discover/globs.js';
import { parseMaxFileSize } from '../load/size.js';
import { type FailOn, isFailOn } from '../report/levels.js';
import { type RuleSelection, selectRules } from '../rules/select.js';
import { TOOL_NAME } from '../version.js';
import { DEFAULT_POLICY, type RequestPolicy } from './http.js';

export const UPLOAD_MODES = ['never', 'auto', 'always'] as const;
export type UploadMode = (typeof UPLOAD_MODES)[number];

/** The Action's inputs as a plain object (see action.yml). */
export interface ActionSettings {
  workspace: string;
  path: string;
  patterns: string[];
  exclude: string[];
  sarifFile: string;
  /** The SARIF category, never empty: the `category` input or one derived from `path`. */
  category: string;
  failOn: FailOn;
  /** Files larger than this many bytes are skipped with a notice. */
  maxFileSize: number;
  /** Baseline file, relative to the workspace. */
  baseline?: string;
  onlyChanged: boolean;
  /** Token for the pull request's file list and the SARIF upload; empty when none was given. */
  token: string;
  upload: UploadMode;
  /** Milliseconds between polls of the upload's processing status, and the longest wait. */
  pollIntervalMs: number;
  pollTimeoutMs: number;
  /** The `rules` input: `all`, or rule ids (newline- or comma-separated). */
  rules: RuleSelection;
  /** Time limit and retries of each GitHub API request (http.ts). */
  requests: RequestPolicy;
}

/** Reads one input by name (trimmed), as `core.getInput` does. */
export type InputReader = (name: string) => string;

const coreInput: InputReader = (name) => core.getInput(name);

export const DEFAULT_POLL_INTERVAL_MS = 3000;
export const DEFAULT_POLL_TIMEOUT_MS = 120_000;

/**
 * Reads and checks every input; throws an Error with a user-facing message on a bad value.
 * `ETCD_TLS_GUARD_POLL_INTERVAL_MS` / `ETCD_TLS_GUARD_POLL_TIMEOUT_MS` tune the upload polling,
 * `ETCD_TLS_GUARD_REQUEST_TIMEOUT_MS` / `ETCD_TLS_GUARD_RETRY_DELAYS_MS` (comma-separated) the
 * time limit and retries of API requests (tests).
 */
export function readSettings(
  env: NodeJS.ProcessEnv = process.env,
  input: InputReader = coreInput,
): ActionSettings {
  const failOn = input('fail-on') || 'error';
  if (!isFailOn(failOn))
    throw new Error(`input fail-on must be error, warning, note or none (got "${failOn}")`);
  const upload = input('upload') || 'never';
  if (!isUploadMode(upload)) throw new Error(`input upload must be never, auto or always (got "${upload}")`);
  const scanPath = input('path') || '.';
  const maxFileSize = parseMaxFileSize(input('max-file-size') || '10MB');
  if ('problem' in maxFileSize) throw new Error(`input max-file-size ${maxFileSize.problem}`);
  const baseline = input('baseline');
  const rules = ruleSelection(input('rules'));
  const patterns = globsInput('patterns', input('patterns'));
  const exclude = globsInput('exclude', input('exclude'));
  return {
    workspace: path.resolve(env.GITHUB_WORKSPACE || process.cwd()),
    path: scanPath,
    patterns,
    exclude,
    sarifFile: input('sarif-file') || 'etcd-tls-guard.sarif',
    category: input('category') || defaultCategory(scanPath),
    failOn,
    maxFileSize: maxFileSize.bytes,
    ...(baseline ? { baseline } : {}),
    onlyChanged: booleanInput('only-changed', input('only-changed'), false),
    token: input('token'),
    upload,
    pollIntervalMs: milliseconds(env.ETCD_TLS_GUARD_POLL_INTERVAL_MS, DEFAULT_POLL_INTERVAL_MS),
    pollTimeoutMs: milliseconds(env.ETCD_TLS_GUARD_POLL_TIMEOUT_MS, DEFAULT_POLL_TIMEOUT_MS),
    rules,
    requests: {
      timeoutMs: milliseconds(env.ETCD_TLS_GUARD_REQUEST_TIMEOUT_MS, DEFAULT_POLICY.timeoutMs),
      backoffMs:
        env.ETCD_TLS_GUARD_RETRY_DELAYS_MS !== undefined
          ? env.ETCD_TLS_GUARD_RETRY_DELAYS_MS.split(',').map((ms) => milliseconds(ms.trim(), 0))
          : DEFAULT_POLICY.backoffMs,
    },
  };
}

/** Where the SARIF report goes, read on its own: even when another input is wrong it is written. */
export interface ReportTarget {
  workspace: string;
  sarifFile: string;
  category: string;
}

export function readReportTarget(
  env: NodeJS.ProcessEnv = process.env,
  input: InputReader = coreInput,
): ReportTarget {
  return {
    workspace: path.resolve(env.GITHUB_WORKSPACE || process.cwd()),
    sarifFile: input('sarif-file') || 'etcd-tls-guard.sarif',
    category: input('category') || defaultCategory(input('path') || '.'),
  };
}

/** `all` (or empty) runs every rule; otherwise the listed ids only, each of which must exist. */
function ruleSelection(value: string): RuleSelection {
  const ids = value
    .split('\n')
    .flatMap((line) => line.split(','))
    .map((id) => id.trim())
    .filter((id) => id !== '');
  if (ids.length === 0 || (ids.length === 1 && ids[0] === 'all')) return {};
  try {
    selectRules({ only: ids });
  } catch (error) {
    throw new Error(`input rules: ${(error as Error).message}`);
  }
  return { only: ids };
}

/**
 * A category that keeps matrix jobs over different paths apart: `etcd-tls-guard/<path>`, with the
 * path in forward slashes without `.` segments or trailing slashes, and `root` for the workspace.
 */
export function defaultCategory(scanPath: string): string {
  const normal = scanPath
    .trim()
    .replace(/\\/g, '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/');
  return `${TOOL_NAME}/${normal === '' ? 'root' : normal}`;
}

export function isUploadMode(value: string): value is UploadMode {
  return (UPLOAD_MODES as readonly string[]).includes(value);
}

/** Newline-separated values, each trimmed, empty lines dropped (as `core.getMultilineInput`). */
function multiline(value: string): string[] {
  return value
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Newline-separated globs, each checked (an unclosed `[` would otherwise quietly match nothing). */
function globsInput(name: string, value: string): string[] {
  const globs = multiline(value);
  for (const glob of globs) {
    const problem = globProblem(glob);
    if (problem) throw new Error(`input ${name}: the glob "${glob}" ${problem}`);
  }
  return globs;
}

/** YAML 1.2 core-schema booleans, as `core.getBooleanInput`, with a default for an empty input. */
function booleanInput(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new Error(`input ${name} must be true or false (got "${value}")`);
}

function milliseconds(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(parsed) && parsed >= 0 ? parsed : fallback;
}
