// Every GitHub API request the Action makes goes through `request` here: a time limit per attempt,
// retries with backoff when the server had a problem or could not be reached, and a failure that
// names its real cause. Octokit reports a connection failure and a timeout as "HTTP 500" (a
// RequestError with status 500 and no response), which sent people looking for a GitHub outage.

/** Why a request failed: the server answered with an error, or never answered. */
export type RequestFailure =
  | { kind: 'http'; status: number; message: string }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'network'; message: string };

export interface RequestPolicy {
  /** Longest wait for one attempt. */
  timeoutMs: number;
  /** Waits before the retries: one entry per retry. */
  backoffMs: readonly number[];
  sleep?: (ms: number) => Promise<void>;
}

/** 60 s per attempt, two retries after 2 s and 6 s (research: GitHub answers uploads in seconds). */
export const DEFAULT_POLICY: RequestPolicy = { timeoutMs: 60_000, backoffMs: [2_000, 6_000] };

/** A request that failed for good, after its retries. */
export class RequestFailed extends Error {
  constructor(
    readonly failure: RequestFailure,
    readonly attempts: number,
  ) {
    super(describeFailure(failure));
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `call` with an AbortSignal that fires after `timeoutMs`, retrying on a timeout, a network
 * error or an HTTP 5xx; an HTTP 4xx is final (retrying cannot change the answer). Throws
 * RequestFailed.
 */
export async function request<T>(
  call: (signal: AbortSignal) => Promise<T>,
  policy: RequestPolicy,
): Promise<T> {
  const sleep = policy.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), policy.timeoutMs);
    try {
      return await call(controller.signal);
    } catch (error) {
      const failure = classify(error, controller.signal.aborted, policy.timeoutMs);
      const retry = policy.backoffMs[attempt - 1];
      const transient = failure.kind !== 'http' || failure.status >= 500;
      if (!transient || retry === undefined) throw new RequestFailed(failure, attempt);
      await sleep(retry);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** What went wrong, from an Octokit error: only the status and the server's own message. */
export function classify(error: unknown, timedOut: boolean, timeoutMs: number): RequestFailure {
  if (timedOut) return { kind: 'timeout', seconds: timeoutMs / 1000 };
  const response = field(error, 'response');
  const status = field(response, 'status');
  if (typeof status === 'number') {
    const data = field(response, 'data');
    const message = field(data, 'message');
    return {
      kind: 'http',
      status,
      message: cleanMessage(typeof message === 'string' ? message : typeof data === 'string' ? data : ''),
    };
  }
  // No response: a connection that failed (Octokit wraps it as status 500; the cause says why).
  const cause = field(error, 'cause');
  const code = field(cause, 'code') ?? field(field(cause, 'cause'), 'code');
  const text = error instanceof Error ? error.message : String(error);
  return { kind: 'network', message: cleanMessage(typeof code === 'string' ? `${code}: ${text}` : text) };
}

/** Tokens GitHub issues, and header-like credentials, are never shown (the summary is not masked). */
const SECRET =
  /\b(gh[pousr]_[A-Za-z0-9_]{10,}|github_pat_[A-Za-z0-9_]{10,})\b|\b(authorization|bearer|token)\b[\s:=]*\S+/gi;

/**
 * A server's message made fit to print: its first line only (a body that echoes the request puts
 * its headers on the next lines), at most 200 characters, credentials removed.
 */
export function cleanMessage(text: string): string {
  const first = (text.split(/\r\n|\r|\n/, 1)[0] ?? '').trim();
  const bounded = first.length > 200 ? `${first.slice(0, 199)}…` : first;
  return bounded.replace(SECRET, '[redacted]');
}

export function describeFailure(failure: RequestFailure): string {
  switch (failure.kind) {
    case 'http':
      return `HTTP ${failure.status}${failure.message ? `: ${failure.message}` : ''}`;
    case 'timeout':
      return `no answer within ${failure.seconds} s`;
    case 'network':
      return `the GitHub API could not be reached (${failure.message})`;
  }
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}
