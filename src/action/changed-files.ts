import { PULL_REQUEST_EVENTS, type RunContext } from './event.js';
import { describeRequestError, type GitHubClient } from './github-client.js';

/** The REST API lists at most this many files of a pull request; a longer list is cut off. */
export const LIST_FILES_LIMIT = 3000;

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
  try {
    const octokit = client(token);
    const entries = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: context.owner,
      repo: context.repo,
      pull_number: context.pullRequest.number,
      per_page: 100,
    });
    if (entries.length >= LIST_FILES_LIMIT) {
      return {
        kind: 'unknown',
        reason: `the pull request changes ${LIST_FILES_LIMIT} or more files, more than the API lists`,
      };
    }
    return { kind: 'known', files: new Set(entries.map((entry) => entry.filename)) };
  } catch (error) {
    const { status, message } = describeRequestError(error);
    return {
      kind: 'unknown',
      reason: `listing the pull request's files failed${status ? ` (HTTP ${status})` : ''}: ${message}`,
    };
  }
}
