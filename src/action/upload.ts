import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { RunContext } from './event.js';
import { uploadRef } from './event.js';
import { describeRequestError, type GitHubClient } from './github-client.js';
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
  /** The upload request itself failed (HTTP status when there was an answer). */
  | { kind: 'rejected'; status?: number; message: string };

/** The `sarif` field of the request: the file gzipped, then Base64 (no line breaks). */
export function encodeSarif(sarifText: string): string {
  return gzipSync(Buffer.from(sarifText, 'utf8')).toString('base64');
}

/**
 * POST /repos/{owner}/{repo}/code-scanning/sarifs, then polls GET .../sarifs/{id} until processing
 * is `complete` or `failed`. Never throws.
 */
export async function uploadSarif(
  octokit: GitHubClient,
  target: UploadTarget,
  sarifText: string,
  poll: PollOptions,
): Promise<UploadResult> {
  let id: string;
  try {
    const response = await octokit.rest.codeScanning.uploadSarif({
      owner: target.owner,
      repo: target.repo,
      commit_sha: target.commitSha,
      ref: target.ref,
      sarif: encodeSarif(sarifText),
      ...(target.checkoutUri ? { checkout_uri: target.checkoutUri } : {}),
    });
    if (!response.data.id) return { kind: 'rejected', status: response.status, message: 'no upload id' };
    id = response.data.id;
  } catch (error) {
    return { kind: 'rejected', ...describeRequestError(error) };
  }
  const sleep = poll.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const deadline = Date.now() + poll.timeoutMs;
  let lastProblem = `processing did not finish within ${Math.round(poll.timeoutMs / 1000)} s`;
  for (;;) {
    await sleep(poll.intervalMs);
    try {
      const { data } = await octokit.rest.codeScanning.getSarif({
        owner: target.owner,
        repo: target.repo,
        sarif_id: id,
      });
      if (data.processing_status === 'complete') return { kind: 'complete', id };
      if (data.processing_status === 'failed')
        return { kind: 'failed', id, errors: [...(data.errors ?? [])] };
    } catch (error) {
      const { status, message } = describeRequestError(error);
      // Right after the upload the id may not be visible yet: keep polling on 404.
      if (status !== 404) return { kind: 'unconfirmed', id, reason: `reading its status failed: ${message}` };
      lastProblem = `its status stayed unavailable (HTTP 404: ${message})`;
    }
    if (Date.now() + poll.intervalMs > deadline) return { kind: 'unconfirmed', id, reason: lastProblem };
  }
}

/** The outcome of the `upload` input for the step: what to say, how loudly, and the outputs. */
export interface UploadReport {
  level: 'info' | 'warning' | 'error';
  message: string;
  status: 'skipped' | 'complete' | 'failed' | 'unconfirmed' | 'rejected';
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
}

/**
 * Applies the `upload` input. With `auto`, anything that only means "code scanning is not available
 * here" (a fork pull request, no token, HTTP 403/404, no commit or ref) is a warning; with `always`
 * it is an error. A rejected file (processing `failed`, HTTP 400/413, a server error) is an error in
 * both modes; an upload whose processing is not confirmed in time is a warning.
 */
export async function applyUploadInput(request: UploadRequest): Promise<UploadReport | undefined> {
  const { mode, context } = request;
  if (mode === 'never') return undefined;
  const unavailable = (message: string): UploadReport => ({
    level: mode === 'auto' ? 'warning' : 'error',
    message: `SARIF not uploaded: ${message}${mode === 'auto' ? ' (upload: auto, so the step goes on)' : ''}`,
    status: mode === 'auto' ? 'skipped' : 'rejected',
  });
  const ref = uploadRef(context);
  if (!context.owner || !context.repo || !context.sha || !ref)
    return unavailable(
      'GITHUB_REPOSITORY, GITHUB_SHA or GITHUB_REF is not set (not running in GitHub Actions?)',
    );
  if (mode === 'auto' && context.pullRequest?.fork)
    return unavailable(
      'pull requests from forks get a read-only token; upload from a `workflow_run` job instead (see the README)',
    );
  if (request.token === '') return unavailable('the `token` input is empty');
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
  );
  switch (result.kind) {
    case 'complete':
      return {
        level: 'info',
        message: `SARIF uploaded to code scanning for ${ref} (id ${result.id}) and processed.`,
        status: 'complete',
        sarifId: result.id,
      };
    case 'failed':
      return {
        level: 'error',
        message: `code scanning could not process the uploaded SARIF (id ${result.id}): ${
          result.errors.length > 0 ? result.errors.join('; ') : 'no reason given'
        }`,
        status: 'failed',
        sarifId: result.id,
      };
    case 'unconfirmed':
      return {
        level: 'warning',
        message: `SARIF uploaded (id ${result.id}), but ${result.reason}; check the Security tab later.`,
        status: 'unconfirmed',
        sarifId: result.id,
      };
    case 'rejected':
      if (result.status === 403)
        return unavailable(
          `GitHub refused the upload (HTTP 403: ${result.message}). The job needs \`permissions: security-events: write\`; private repositories also need GitHub Code Security; pull requests from forks only get a read-only token`,
        );
      if (result.status === 404)
        return unavailable(
          `GitHub answered HTTP 404 (${result.message}): code scanning is not available to this token for ${context.owner}/${context.repo} (a private repository without GitHub Code Security, or a token without access)`,
        );
      return {
        level: 'error',
        message: `SARIF upload failed${result.status ? ` (HTTP ${result.status})` : ''}: ${result.message}`,
        status: 'rejected',
      };
  }
}
