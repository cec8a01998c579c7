import { PULL_REQUEST_EVENTS, type RunContext } from './event.js';
import type { GitHubClient } from './github-client.js';
import { DEFAULT_POLICY, RequestFailed, type RequestPolicy, request } from './http.js';

/** The REST API lists at most this many files of a pull request; a longer list is cut off. */
export const LIST_FILES_LIMIT = 3000;
const PER_PAGE = 100;
/** Pages read at most: GitHub's own limit, so a server that keeps sending pages cannot keep us. */
export const MAX_PAGES = LIST_FILES_LIMIT / PER_PAGE;

export type ChangedFiles =
  | { kind: 'known'; files: ReadonlySet<string> }
  | { kind: 'unknown'; reason: string };

/**
 * The repository-relative paths of the files the pull request changes (new names of renamed files),
 * or why they cannot be had: not a pull request event, no token, no payload, an API error, or a
 * list longer than the API returns.
 */
export async function listChangedFiles(
  context: RunContext,
  token: string,
  client: (token: string) => GitHubClient,
  policy: RequestPolicy = DEFAULT_POLICY,
): Promise<ChangedFiles> {
  if (!PULL_REQUEST_EVENTS.includes(context.eventName)) {
    const event = context.eventName === '' ? 'not known' : `\`${context.eventName}\``;
    return {
      kind: 'unknown',
      reason: `the event is ${event}; only pull_request and pull_request_target events have changed files`,
    };
  }
  if (context.payloadProblem) return { kind: 'unknown', reason: context.payloadProblem };
  if (!context.pullRequest) return { kind: 'unknown', reason: 'the event payload names no pull request' };
  if (!context.owner || !context.repo) return { kind: 'unknown', reason: 'GITHUB_REPOSITORY is not set' };
  if (token === '') return { kind: 'unknown', reason: 'the `token` input is empty' };
  const octokit = client(token);
  const files = new Set<string>();
  try {
    for (let page = 1; page <= MAX_PAGES; page++) {
      const response = await request(
        (signal) =>
          octokit.rest.pulls.listFiles({
            owner: context.owner as string,
            repo: context.repo as string,
            pull_number: (context.pullRequest as { number: number }).number,
            per_page: PER_PAGE,
            page,
            request: { signal },
          }),
        policy,
      );
      for (const entry of response.data) files.add(entry.filename);
      // GitHub says there is more with a `next` link, as Octokit's paginate reads it.
      if (!/\brel="next"/.test(response.headers.link ?? '')) {
        if (files.size < LIST_FILES_LIMIT) return { kind: 'known', files };
        break;
      }
    }
  } catch (error) {
    if (!(error instanceof RequestFailed)) throw error;
    return { kind: 'unknown', reason: `listing the pull request's files failed (${error.message})` };
  }
  return {
    kind: 'unknown',
    reason: `the pull request changes ${LIST_FILES_LIMIT} or more files, more than the API lists`,
  };
}
