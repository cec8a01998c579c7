import { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** An Octokit for the REST API at GITHUB_API_URL (github.com, GHE.com or a GitHub Enterprise Server). */
export function githubClient(token: string, env: NodeJS.ProcessEnv = process.env): GitHubClient {
  return getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' });
}

/** The HTTP status and GitHub's own message of a failed request, for user-facing text. */
export function describeRequestError(error: unknown): { status?: number; message: string } {
  const status =
    typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number'
      ? (error as { status: number }).status
      : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return status === undefined ? { message } : { status, message };
}
