import { readFileSync } from 'node:fs';

/** The pull request that triggered the run, from the event payload. */
export interface PullRequestInfo {
  number: number;
  /** The head branch lives in another repository (or in one that was deleted). */
  fork: boolean;
}

/** What the runner tells the step about the run, read from GITHUB_* variables and the event payload. */
export interface RunContext {
  eventName: string;
  owner?: string;
  repo?: string;
  sha?: string;
  ref?: string;
  /** Set on `pull_request` and `pull_request_target` events whose payload names the pull request. */
  pullRequest?: PullRequestInfo;
  /** Why the payload could not be read, when it could not. */
  payloadProblem?: string;
}

export const PULL_REQUEST_EVENTS: readonly string[] = ['pull_request', 'pull_request_target'];

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const context: RunContext = { eventName: env.GITHUB_EVENT_NAME ?? '' };
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (owner && repo) {
    context.owner = owner;
    context.repo = repo;
  }
  if (env.GITHUB_SHA) context.sha = env.GITHUB_SHA;
  if (env.GITHUB_REF) context.ref = env.GITHUB_REF;
  if (!PULL_REQUEST_EVENTS.includes(context.eventName)) return context;
  let payload: unknown;
  try {
    if (!env.GITHUB_EVENT_PATH) throw new Error('GITHUB_EVENT_PATH is not set');
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch (error) {
    context.payloadProblem = `cannot read the event payload: ${(error as Error).message}`;
    return context;
  }
  const pullRequest = field(payload, 'pull_request');
  const number = field(pullRequest, 'number') ?? field(payload, 'number');
  if (typeof number !== 'number' || !Number.isInteger(number) || number <= 0) {
    context.payloadProblem = 'the event payload names no pull request number';
    return context;
  }
  const headRepo = field(field(field(pullRequest, 'head'), 'repo'), 'full_name');
  const baseRepo = field(field(field(pullRequest, 'base'), 'repo'), 'full_name');
  context.pullRequest = {
    number,
    fork: typeof headRepo !== 'string' || typeof baseRepo !== 'string' || headRepo !== baseRepo,
  };
  return context;
}

/** The ref an upload files its results under: the merge ref for `pull_request` events. */
export function uploadRef(context: RunContext): string | undefined {
  if (context.eventName === 'pull_request' && context.pullRequest)
    return `refs/pull/${context.pullRequest.number}/merge`;
  return context.ref;
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}
