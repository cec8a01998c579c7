import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { RunContext } from './event.js';
import { uploadRef } from './event.js';
import type { GitHubClient } from './github-client.js';
import { DEFAULT_POLICY, describeFailure, RequestFailed, type RequestPolicy, request } from './http.js';
import type { UploadMode } from './inputs.js';

export interface UploadTarget {
  owner: string;
  repo: string;
  commitSha: string;
  ref: string;
  /** The directory the SARIF URIs are relative to, as a `file:` URI. */
  checkoutUri?: string;
}

export interface PollOptions {
  intervalMs: number;
  timeoutMs: number;
  sleep?: (ms: number) => Promise<void>;
}

/** What became of one upload request. */
export type UploadResult =
  | { kind: 'complete'; id: string }
  | { kind: 'failed'; id: string; errors: string[] }
  /** Accepted, but processing did not finish in time or its status could not be read. */
  | { kind: 'unconfirmed'; id: string; reason: string }
  /** GitHub answered the upload with an HTTP error (after retries for 5xx). */
  | { kind: 'refused'; status: number; message: string; attempts: number }
  /** The upload could not be made: no answer (network error, timeout) after retries. */
  | { kind: 'unreachable'; message: string; attempts: number };

/** The `sarif` field of the request: the file gzipped, then Base64 (no line breaks). */
export function encodeSarif(sarifText: string): string {
  return gzipSync(Buffer.from(sarifText, 'utf8')).toString('base64');
}

/**
 * POST /repos/{owner}/{repo}/code-scanning/sarifs, then polls GET .../sarifs/{id} until processing
 * is `complete` or `failed`. Every request has a time limit and is retried on a 5xx or no answer
 * (http.ts). Never throws.
 */
export async function uploadSarif(
  octokit: GitHubClient,
  target: UploadTarget,
  sarifText: string,
  poll: PollOptions,
  policy: RequestPolicy = DEFAULT_POLICY,
): Promise<UploadResult> {
  let id: string;
  try {
    const response = await request(
      (signal) =>
        octokit.rest.codeScanning.uploadSarif({
          owner: target.owner,
          repo: target.repo,
          commit_sha: target.commitSha,
          ref: target.ref,
          sarif: encodeSarif(sarifText),
          ...(target.checkoutUri ? { checkout_uri: target.checkoutUri } : {}),
          request: { signal },
        }),
      policy,
    );
    if (!response.data.id)
      return {
        kind: 'refused',
        status: response.status,
        message: 'the answer holds no upload id',
        attempts: 1,
      };
    id = response.data.id;
  } catch (error) {
    if (!(error instanceof RequestFailed)) throw error;
    const { failure, attempts } = error;
    if (failure.kind === 'http')
      return { kind: 'refused', status: failure.status, message: failure.message, attempts };
    return { kind: 'unreachable', message: describeFailure(failure), attempts };
  }
  const sleep = poll.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const deadline = Date.now() + poll.timeoutMs;
  let lastProblem = `processing did not finish within ${Math.round(poll.timeoutMs / 1000)} s`;
  for (;;) {
    await sleep(poll.intervalMs);
    try {
      const { data } = await request(
        (signal) =>
          octokit.rest.codeScanning.getSarif({
            owner: target.owner,
            repo: target.repo,
            sarif_id: id,
            request: { signal },
          }),
        policy,
      );
      if (data.processing_status === 'complete') return { kind: 'complete', id };
      if (data.processing_status === 'failed')
        return { kind: 'failed', id, errors: [...(data.errors ?? [])] };
    } catch (error) {
      if (!(error instanceof RequestFailed)) throw error;
      // Right after the upload the id may not be visible yet: keep polling on 404.
      if (error.failure.kind !== 'http' || error.failure.status !== 404)
        return { kind: 'unconfirmed', id, reason: `reading its status failed (${error.message})` };
      lastProblem = `its status stayed unavailable (${error.message})`;
    }
    if (Date.now() + poll.intervalMs > deadline) return { kind: 'unconfirmed', id, reason: lastProblem };
  }
}

/** The outcome of the `upload` input for the step: what to say, how loudly, and the outputs. */
export interface UploadReport {
  level: 'info' | 'warning' | 'error';
  message: string;
  /**
   * `skipped`: not attempted; `complete`; `unconfirmed`: accepted, processing not confirmed in time;
   * `refused`: GitHub answered the upload with an HTTP error; `failed`: no answer (network error,
   * timeout), or GitHub could not process the report.
   */
  status: 'skipped' | 'complete' | 'failed' | 'refused' | 'unconfirmed';
  sarifId?: string;
}

export interface UploadRequest {
  mode: UploadMode;
  token: string;
  workspace: string;
  sarifText: string;
  context: RunContext;
  client: (token: string) => GitHubClient;
  poll: PollOptions;
  policy?: RequestPolicy;
}

/**
 * Applies the `upload` input. With `auto` the upload is best effort: whatever keeps it from being
 * made or accepted (a fork pull request, no token, HTTP 403/404, a server error, no answer, a report
 * GitHub cannot process) is a warning, and the gate alone decides the step, so a run without
 * findings never fails because of the upload. With `always` each of these fails the step. An
 * upload accepted but not confirmed in time is a warning in both modes.
 */
export async function applyUploadInput(request: UploadRequest): Promise<UploadReport | undefined> {
  const { mode, context } = request;
  if (mode === 'never') return undefined;
  const problem = (status: UploadReport['status'], message: string, sarifId?: string): UploadReport => ({
    level: mode === 'auto' ? 'warning' : 'error',
    message: `SARIF not uploaded: ${message}${mode === 'auto' ? ' (upload: auto, so the step goes on)' : ''}`,
    status,
    ...(sarifId ? { sarifId } : {}),
  });
  const ref = uploadRef(context);
  if (!context.owner || !context.repo || !context.sha || !ref)
    return problem(
      'skipped',
      'GITHUB_REPOSITORY, GITHUB_SHA or GITHUB_REF is not set (not running in GitHub Actions?)',
    );
  if (mode === 'auto' && context.pullRequest?.fork)
    return problem(
      'skipped',
      'pull requests from forks get a read-only token; upload from a `workflow_run` job instead (see the README)',
    );
  if (request.token === '') return problem('skipped', 'the `token` input is empty');
  const result = await uploadSarif(
    request.client(request.token),
    {
      owner: context.owner,
      repo: context.repo,
      commitSha: context.sha,
      ref,
      checkoutUri: `${pathToFileURL(request.workspace).href.replace(/\/?$/, '/')}`,
    },
    request.sarifText,
    request.poll,
    request.policy,
  );
  const tries = (attempts: number) => (attempts > 1 ? ` (${attempts} attempts)` : '');
  switch (result.kind) {
    case 'complete':
      return {
        level: 'info',
        message: `SARIF uploaded to code scanning for ${ref} (id ${result.id}) and processed.`,
        status: 'complete',
        sarifId: result.id,
      };
    case 'failed':
      return problem(
        'failed',
        `code scanning could not process the uploaded SARIF (id ${result.id}): ${
          result.errors.length > 0 ? result.errors.join('; ') : 'no reason given'
        }`,
        result.id,
      );
    case 'unconfirmed':
      return {
        level: 'warning',
        message: `SARIF uploaded (id ${result.id}), but ${result.reason}; check the Security tab later.`,
        status: 'unconfirmed',
        sarifId: result.id,
      };
    case 'unreachable':
      return problem('failed', `${result.message}${tries(result.attempts)}`);
    case 'refused': {
      const answer = `HTTP ${result.status}${result.message ? `: ${result.message}` : ''}`;
      if (result.status === 403)
        return problem(
          'refused',
          `GitHub refused the upload (${answer}). The job needs \`permissions: security-events: write\`; private repositories also need GitHub Code Security; pull requests from forks only get a read-only token`,
        );
      if (result.status === 404)
        return problem(
          'refused',
          `GitHub answered ${answer}: code scanning is not available to this token for ${context.owner}/${context.repo} (a private repository without GitHub Code Security, or a token without access)`,
        );
      return problem('refused', `GitHub refused the upload (${answer})${tries(result.attempts)}`);
    }
  }
}
