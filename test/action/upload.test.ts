import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunContext } from '../../src/action/event.js';
import { type GitHubClient, githubClient } from '../../src/action/github-client.js';
import type { RequestPolicy } from '../../src/action/http.js';
import type { UploadMode } from '../../src/action/inputs.js';
import { applyUploadInput, encodeSarif, uploadSarif } from '../../src/action/upload.js';
import { FakeGitHub, type FakeGitHubOptions } from '../support/fake-github.js';

const SARIF = `${JSON.stringify({ version: '2.1.0', runs: [{ results: [] }] }, null, 2)}\n`;
const PUSH: RunContext = {
  eventName: 'push',
  owner: 'o',
  repo: 'r',
  sha: '0123456789abcdef0123456789abcdef01234567',
  ref: 'refs/heads/main',
};
const FAST = { intervalMs: 1, timeoutMs: 2000 };
/** Requests as the Action makes them, with short waits: a time limit of 300 ms, retries at once. */
const QUICK: RequestPolicy = { timeoutMs: 300, backoffMs: [0, 0] };

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

async function serve(options: FakeGitHubOptions) {
  fake = new FakeGitHub(options);
  const url = await fake.start();
  return { fake, client: (token: string) => githubClient(token, { GITHUB_API_URL: url }) };
}

function upload(
  client: (token: string) => GitHubClient,
  mode: UploadMode,
  context: RunContext = PUSH,
  token = 't0k3n',
) {
  return applyUploadInput({
    mode,
    token,
    workspace: '/home/runner/work/r/r',
    sarifText: SARIF,
    context,
    client,
    poll: FAST,
    policy: QUICK,
  });
}

describe('SARIF upload against a local stand-in for GitHub', () => {
  it('encodes the file as gzip then Base64 on one line', () => {
    const encoded = encodeSarif(SARIF);
    expect(encoded).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(gunzipSync(Buffer.from(encoded, 'base64')).toString('utf8')).toBe(SARIF);
  });

  it('uploads, polls pending until complete, and reports the id', async () => {
    const { fake, client } = await serve({
      upload: { status: 202, id: 'abc-123' },
      processing: ['pending', 'pending', 'complete'],
    });
    const report = await upload(client, 'always');
    expect(report).toMatchObject({ level: 'info', status: 'complete', sarifId: 'abc-123' });
    const [sent] = fake.uploads();
    expect(sent?.sarifText).toBe(SARIF);
    expect(sent?.body).toMatchObject({
      commit_sha: PUSH.sha,
      ref: 'refs/heads/main',
      checkout_uri: 'file:///home/runner/work/r/r/',
    });
    const polls = fake.requests.filter((r) => r.method === 'GET');
    expect(polls.map((r) => r.path)).toEqual(Array(3).fill('/repos/o/r/code-scanning/sarifs/abc-123'));
    expect(fake.requests[0]?.authorization).toBe('token t0k3n');
  });

  it('files pull_request results under refs/pull/N/merge', async () => {
    const { fake, client } = await serve({});
    const context: RunContext = {
      ...PUSH,
      eventName: 'pull_request',
      ref: 'refs/pull/7/merge',
      pullRequest: { number: 7, fork: false },
    };
    await upload(client, 'auto', context);
    expect(fake.uploads()[0]?.body.ref).toBe('refs/pull/7/merge');
  });

  it('reports processing errors: a warning with auto, an error with always', async () => {
    for (const [mode, level] of [
      ['auto', 'warning'],
      ['always', 'error'],
    ] as const) {
      const { client } = await serve({
        processing: ['pending', 'failed'],
        processingErrors: ['locationFromSarifResult: expected artifact location', 'invalid URI'],
      });
      const report = await upload(client, mode);
      expect(report).toMatchObject({ level, status: 'failed', sarifId: 'sarif-1' });
      expect(report?.message).toContain('locationFromSarifResult: expected artifact location; invalid URI');
      await fake?.stop();
    }
  });

  it('treats 403 as a warning with auto and an error with always', async () => {
    const { client } = await serve({
      upload: { status: 403, message: 'Resource not accessible by integration' },
    });
    const auto = await upload(client, 'auto');
    // Attempted and refused: never `skipped`.
    expect(auto).toMatchObject({ level: 'warning', status: 'refused' });
    expect(auto?.message).toContain('HTTP 403: Resource not accessible by integration');
    expect(auto?.message).toContain('security-events: write');
    const always = await upload(client, 'always');
    expect(always).toMatchObject({ level: 'error', status: 'refused' });
    expect(always?.sarifId).toBeUndefined();
    // A 4xx answer is final: one request each, no retry.
    expect(fake?.uploads()).toHaveLength(2);
  });

  it('treats 404 (no code scanning for this repository) as a warning with auto and an error with always', async () => {
    const { client } = await serve({ upload: { status: 404, message: 'Not Found' } });
    expect(await upload(client, 'auto')).toMatchObject({ level: 'warning' });
    const always = await upload(client, 'always');
    expect(always).toMatchObject({ level: 'error' });
    expect(always?.message).toContain('GitHub Code Security');
  });

  it('never fails an auto upload on a refusal (an invalid file), and fails an always upload', async () => {
    const { client } = await serve({ upload: { status: 400, message: 'Invalid SARIF' } });
    expect(await upload(client, 'auto')).toMatchObject({ level: 'warning', status: 'refused' });
    expect(await upload(client, 'always')).toMatchObject({ level: 'error', status: 'refused' });
  });

  it('retries twice on a server error, then names the status it got', async () => {
    const { fake, client } = await serve({
      uploads: [
        { status: 502, message: 'Bad Gateway' },
        { status: 503, message: 'Service Unavailable' },
        { status: 202, id: 'third-time' },
      ],
    });
    expect(await upload(client, 'always')).toMatchObject({ status: 'complete', sarifId: 'third-time' });
    expect(fake.uploads()).toHaveLength(3);
    await fake.stop();
    const { client: failing } = await serve({ uploads: [{ status: 500, message: 'Internal Server Error' }] });
    const report = await upload(failing, 'auto');
    expect(report).toMatchObject({ level: 'warning', status: 'refused' });
    expect(report?.message).toBe(
      'SARIF not uploaded: GitHub refused the upload (HTTP 500: Internal Server Error) (3 attempts) (upload: auto, so the step goes on)',
    );
    expect(fake?.uploads()).toHaveLength(3);
  });

  it('says that nobody answered, not HTTP 500, when the API cannot be reached', async () => {
    // A port nobody listens on: the connection is refused.
    const { fake: closed } = await serve({});
    const url = closed.url;
    await closed.stop();
    fake = undefined;
    const client = (token: string) => githubClient(token, { GITHUB_API_URL: url });
    const report = await upload(client, 'always');
    expect(report).toMatchObject({ level: 'error', status: 'failed' });
    expect(report?.message).toMatch(
      /^SARIF not uploaded: the GitHub API could not be reached \(ECONNREFUSED: .*\) \(3 attempts\)$/,
    );
    expect(report?.message).not.toContain('HTTP 500');
  });

  it('gives up on a server that never answers after the time limit of each attempt', async () => {
    const { fake, client } = await serve({ uploads: [{ status: 'hang' }] });
    const report = await upload(client, 'auto');
    expect(report).toMatchObject({ level: 'warning', status: 'failed' });
    expect(report?.message).toBe(
      'SARIF not uploaded: no answer within 0.3 s (3 attempts) (upload: auto, so the step goes on)',
    );
    expect(fake.uploads()).toHaveLength(3);
  });

  it('prints the status and the first line of a message, never headers or tokens', async () => {
    const { client } = await serve({
      uploads: [
        { status: 401, text: 'Bad credentials\nAuthorization: token ghs_abcdefghijklmnop1234\nX-Header: 1' },
      ],
    });
    const report = await upload(client, 'always');
    expect(report?.message).toBe('SARIF not uploaded: GitHub refused the upload (HTTP 401: Bad credentials)');
    const { client: echoing } = await serve({
      uploads: [{ status: 422, message: 'token ghs_abcdefghijklmnop1234 is not valid for bearer xyz' }],
    });
    const echoed = await upload(echoing, 'always');
    expect(echoed?.message).not.toContain('ghs_');
    expect(echoed?.message).not.toContain('xyz');
    expect(echoed?.message).toContain('HTTP 422: [redacted] is not valid for [redacted]');
  });

  it('does not try from a fork pull request with auto, but does with always', async () => {
    const { fake, client } = await serve({});
    const fork: RunContext = { ...PUSH, eventName: 'pull_request', pullRequest: { number: 3, fork: true } };
    const auto = await upload(client, 'auto', fork);
    expect(auto).toMatchObject({ level: 'warning', status: 'skipped' });
    expect(auto?.message).toContain('workflow_run');
    expect(fake.requests).toHaveLength(0);
    expect(await upload(client, 'always', fork)).toMatchObject({ status: 'complete' });
  });

  it('needs a token and a commit: a warning with auto, an error with always', async () => {
    const { fake, client } = await serve({});
    expect(await upload(client, 'auto', PUSH, '')).toMatchObject({ level: 'warning' });
    expect(await upload(client, 'always', PUSH, '')).toMatchObject({ level: 'error' });
    expect(await upload(client, 'auto', { eventName: 'push' })).toMatchObject({ level: 'warning' });
    expect(fake.requests).toHaveLength(0);
  });

  it('does nothing with never', async () => {
    const { fake, client } = await serve({});
    expect(await upload(client, 'never')).toBeUndefined();
    expect(fake.requests).toHaveLength(0);
  });

  it('stops polling at the timeout and says the upload is unconfirmed', async () => {
    const { client } = await serve({ processing: ['pending'] });
    const result = await uploadSarif(
      client('t'),
      { owner: 'o', repo: 'r', commitSha: 'c', ref: 'refs/heads/main' },
      SARIF,
      {
        intervalMs: 5,
        timeoutMs: 30,
      },
    );
    expect(result).toMatchObject({ kind: 'unconfirmed', id: 'sarif-1' });
  });

  it('waits with the injected sleep between polls', async () => {
    const { client } = await serve({ processing: ['pending', 'pending', 'complete'] });
    const waits: number[] = [];
    const result = await uploadSarif(
      client('t'),
      { owner: 'o', repo: 'r', commitSha: 'c', ref: 'refs/heads/main' },
      SARIF,
      {
        intervalMs: 250,
        timeoutMs: 10_000,
        sleep: async (ms) => {
          waits.push(ms);
        },
      },
    );
    expect(result).toEqual({ kind: 'complete', id: 'sarif-1' });
    expect(waits).toEqual([250, 250, 250]);
  });
});
