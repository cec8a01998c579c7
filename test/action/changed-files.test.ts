import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { listChangedFiles } from '../../src/action/changed-files.js';
import { type RunContext, readRunContext, uploadRef } from '../../src/action/event.js';
import { githubClient } from '../../src/action/github-client.js';
import type { RequestPolicy } from '../../src/action/http.js';
import { FakeGitHub, type FakeGitHubOptions } from '../support/fake-github.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'etg-event-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function payloadFile(payload: unknown): string {
  const file = path.join(dir, `event-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(payload));
  return file;
}

const PR_PAYLOAD = (head: string | null, base = 'o/r') => ({
  number: 7,
  pull_request: {
    number: 7,
    head: { repo: head === null ? null : { full_name: head } },
    base: { repo: { full_name: base } },
  },
});

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

const context = (eventName: string, payload: unknown = PR_PAYLOAD('o/r')): RunContext =>
  readRunContext({
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: payloadFile(payload),
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SHA: 'abc',
    GITHUB_REF: eventName === 'pull_request_target' ? 'refs/heads/main' : 'refs/pull/7/merge',
  });

describe('run context', () => {
  it('reads the pull request number and whether it comes from a fork', () => {
    expect(context('pull_request').pullRequest).toEqual({ number: 7, fork: false });
    expect(context('pull_request', PR_PAYLOAD('someone/r')).pullRequest).toEqual({ number: 7, fork: true });
    // A deleted fork has no head repository.
    expect(context('pull_request', PR_PAYLOAD(null)).pullRequest?.fork).toBe(true);
    expect(context('push').pullRequest).toBeUndefined();
  });

  it('uploads pull_request results to the merge ref, everything else to GITHUB_REF', () => {
    expect(uploadRef(context('pull_request'))).toBe('refs/pull/7/merge');
    expect(uploadRef(context('pull_request_target'))).toBe('refs/heads/main');
    expect(uploadRef({ ...context('push'), ref: 'refs/heads/dev' })).toBe('refs/heads/dev');
  });

  it('says why a payload cannot be read', () => {
    const missing = readRunContext({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path.join(dir, 'none.json'),
    });
    expect(missing.payloadProblem).toMatch(/^cannot read the event payload: ENOENT/);
    expect(context('pull_request', { action: 'opened' }).payloadProblem).toBe(
      'the event payload names no pull request number',
    );
  });
});

describe('changed files of a pull request', () => {
  it('lists every page of the pull request files', async () => {
    const files = Array.from({ length: 7 }, (_, i) => `k8s/f${i}.yaml`);
    const { fake, client } = await serve({ pullFiles: files, pageSize: 3 });
    const changed = await listChangedFiles(context('pull_request'), 't', client);
    expect(changed).toEqual({ kind: 'known', files: new Set(files) });
    expect(fake.requests.map((r) => `${r.path}?page=${r.query.get('page') ?? '1'}`)).toEqual([
      '/repos/o/r/pulls/7/files?page=1',
      '/repos/o/r/pulls/7/files?page=2',
      '/repos/o/r/pulls/7/files?page=3',
    ]);
  });

  it('works on pull_request_target too', async () => {
    const { client } = await serve({ pullFiles: ['a.yaml'] });
    expect(await listChangedFiles(context('pull_request_target'), 't', client)).toMatchObject({
      kind: 'known',
    });
  });

  it('gives a reason instead when the list cannot be had', async () => {
    const { fake, client } = await serve({ pullFiles: { status: 500, message: 'Server Error' } });
    expect(await listChangedFiles(context('push'), 't', client)).toEqual({
      kind: 'unknown',
      reason: 'the event is `push`; only pull_request and pull_request_target events have changed files',
    });
    expect(await listChangedFiles(context('pull_request'), '', client)).toEqual({
      kind: 'unknown',
      reason: 'the `token` input is empty',
    });
    expect(fake.requests).toHaveLength(0);
    const failed = await listChangedFiles(context('pull_request'), 't', client, QUICK);
    expect(failed).toEqual({
      kind: 'unknown',
      reason: "listing the pull request's files failed (HTTP 500: Server Error)",
    });
    // Retried twice: a server error may pass.
    expect(fake.requests).toHaveLength(3);
  });

  it('reads at most 30 pages, however many the server announces', async () => {
    const { fake, client } = await serve({ endlessPages: true });
    const changed = await listChangedFiles(context('pull_request'), 't', client, QUICK);
    expect(changed).toMatchObject({ kind: 'unknown', reason: expect.stringContaining('3000 or more files') });
    expect(fake.requests).toHaveLength(30);
  });

  it('refuses a list cut off at the API limit of 3000 files', async () => {
    const { client } = await serve({ pullFiles: Array.from({ length: 3000 }, (_, i) => `f${i}.yaml`) });
    const changed = await listChangedFiles(context('pull_request'), 't', client);
    expect(changed).toMatchObject({ kind: 'unknown', reason: expect.stringContaining('3000 or more files') });
  });
});
