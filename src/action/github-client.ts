import { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** An Octokit for the REST API at GITHUB_API_URL (github.com, GHE.com or a GitHub Enterprise Server). */
export function githubClient(token: string, env: NodeJS.ProcessEnv = process.env): GitHubClient {
  return getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' });
}
