// gather(): the walk, read and prefilter on several threads gives what one thread gives, each real
// file once, and a failed worker costs time, never files.

import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXCLUDES, DEFAULT_PATTERNS } from '../../src/discover/discover.js';
import { type GatherOptions, gather, KeptQueue, MAX_WAITING_KB } from '../../src/gather/gather.js';
import type { KeptFile } from '../../src/gather/work.js';
import type { Diagnostic, FileRef } from '../../src/model.js';

const DIST_WORKER = path.resolve(__dirname, '../../dist/gather-worker.js');
const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
const MAX_FILE_SIZE = 4096;

const scratch = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'etg-gather-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

beforeAll(() => {
  if (!existsSync(DIST_WORKER)) throw new Error(`${DIST_WORKER} is missing: run \`node build.mjs\` first`);
});

const SETTINGS = (name: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  containers:\n  - name: etcd\n    command: [etcd, --auto-tls=true]\n`;
const PLAIN = (name: string) => `apiVersion: v1\nkind: Service\nmetadata: {name: ${name}}\n`;
const CONFIG_MAP = (name: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}}\ndata: {peer: "true"}\n`;

function write(root: string, relPath: string, content: string | Buffer): void {
  mkdirSync(path.dirname(path.join(root, relPath)), { recursive: true });
  writeFileSync(path.join(root, relPath), content);
}

function link(root: string, relPath: string, target: string): void {
  mkdirSync(path.dirname(path.join(root, relPath)), { recursive: true });
  symlinkSync(target, path.join(root, relPath));
}

let trees = 0;
function newTree(): string {
  const root = path.join(scratch, `tree-${trees++}`);
  mkdirSync(root);
  return root;
}

// ---- Worker scripts: the real worker (dist/gather-worker.js) wrapped, or ones that fail. ----

const REAL_WORKER = JSON.stringify(pathToFileURL(DIST_WORKER).href);
let scripts = 0;

/** Writes a worker script (outside every scanned tree) and returns its path. */
function workerScript(body: string): string {
  const file = path.join(scratch, `worker-${scripts++}.mjs`);
  writeFileSync(file, body);
  return file;
}

let markers = 0;
/** A path for a marker file that a worker script makes and the test waits for. */
const marker = () => path.join(scratch, `marker-${markers++}`);

/**
 * The real worker, with each kept file it hands over tagged `via: <thread>` (so a test knows that
 * workers took part), and `hand-over` made when it first hands files over (it has joined the walk).
 */
function taggingWorker(handOver: string): string {
  return workerScript(`
import { writeFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
const { kept, thread } = workerData;
const post = kept.postMessage.bind(kept);
kept.postMessage = (batch) => {
  writeFileSync(${JSON.stringify(handOver)}, '');
  post(batch.map((file) => ({ ...file, via: thread })));
};
await import(${REAL_WORKER});
`);
}

/** The real worker, failing (`failure` runs) when it first hands kept files over. */
function failingMidWalk(handOver: string, failure: string): string {
  return workerScript(`
import { writeFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
workerData.kept.postMessage = () => {
  writeFileSync(${JSON.stringify(handOver)}, '');
  ${failure};
};
await import(${REAL_WORKER});
`);
}

/**
 * The tagging worker, also making `joined` when it first takes tasks from the pool (the one JSON
 * parse in the worker), pausing `ms` after its first hand-over, so that it is the thread still
 * walking when the others have finished, and 50 ms before each later one.
 */
function slowTaggingWorker(joined: string, ms: number): string {
  return workerScript(`
import { writeFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
const { kept, thread } = workerData;
const parse = JSON.parse;
JSON.parse = (text, ...rest) => {
  if (typeof text === 'string' && text.startsWith('[')) writeFileSync(${JSON.stringify(joined)}, '');
  return parse(text, ...rest);
};
const post = kept.postMessage.bind(kept);
const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
let paused = false;
kept.postMessage = (batch) => {
  // Later batches come late too: after the walk is over, for the last one.
  if (paused) pause(50);
  post(batch.map((file) => ({ ...file, via: thread })));
  if (!paused) pause(${ms});
  paused = true;
};
await import(${REAL_WORKER});
`);
}

/** The real worker, making `started-<thread>` in `dir` first. */
function recordingWorker(dir: string): string {
  return workerScript(`
import { writeFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
writeFileSync(${JSON.stringify(dir)} + '/started-' + workerData.thread, '');
await import(${REAL_WORKER});
`);
}

const pause = new Int32Array(new SharedArrayBuffer(4));
/** Blocks this thread (and its event loop, as a slow parse would) until `file` exists. */
function blockUntil(file: string, ms = 20_000): void {
  const deadline = Date.now() + ms;
  while (!existsSync(file) && Date.now() < deadline) Atomics.wait(pause, 0, 0, 5);
}

// ---- Running gather and describing what it gave. ----

interface Outcome {
  /** The relPath of each onKept call, sorted: a file handed over twice shows twice. */
  kept: string[];
  skipped: number;
  lookups: FileRef[];
  diagnostics: Diagnostic[];
  /** Kept files whose text is not the file's content. */
  wrongText: string[];
  /** Kept files a worker read (tagging worker only). */
  viaWorker: number;
}

type RunOptions = Partial<GatherOptions> & Pick<GatherOptions, 'base'> & { onCall?: (call: number) => void };

async function run(options: RunOptions): Promise<Outcome> {
  const kept: string[] = [];
  const wrongText: string[] = [];
  let viaWorker = 0;
  const { onCall, ...rest } = options;
  const gathered = await gather({
    paths: ['.'],
    patterns: DEFAULT_PATTERNS,
    exclude: DEFAULT_EXCLUDES,
    maxFileSize: MAX_FILE_SIZE,
    prefilter: true,
    ...rest,
    onKept: ({ file, read, ...extra }: KeptFile & { via?: number }) => {
      kept.push(file.relPath);
      onCall?.(kept.length);
      if (read.text !== readFileSync(file.absPath, 'utf8')) wrongText.push(file.relPath);
      if (extra.via !== undefined) viaWorker++;
    },
  });
  return {
    kept: kept.sort(),
    skipped: gathered.skipped,
    lookups: gathered.lookups,
    diagnostics: sortDiagnostics(gathered.diagnostics),
    wrongText,
    viaWorker,
  };
}

const diagnosticKey = (d: Diagnostic) => `${d.id} ${d.file?.relPath ?? ''} ${d.message}`;
const sortDiagnostics = (diagnostics: Diagnostic[]) =>
  [...diagnostics].sort((a, b) => (diagnosticKey(a) < diagnosticKey(b) ? -1 : 1));

const THREADS_UNAVAILABLE = expect.objectContaining({ level: 'note', id: 'threads-unavailable' });
const withoutThreadNote = (outcome: Outcome) => ({
  ...outcome,
  diagnostics: outcome.diagnostics.filter((d) => d.id !== 'threads-unavailable'),
});

// ---- The main tree: 56 directories (excluded ones aside) of every kind of file the walk meets. ----

const APPS = 40;
const FLAT = 150;

/** Builds the tree and returns what any gather of it must give (`viaWorker` aside). */
function buildMainTree(root: string): Omit<Outcome, 'viaWorker'> {
  const kept: string[] = [];
  let skipped = 0;
  write(root, 'root.yaml', PLAIN('root'));
  skipped++;
  for (let i = 0; i < APPS; i++) {
    const app = `apps/app-${String(i).padStart(2, '0')}`;
    write(root, `${app}/deploy.yaml`, PLAIN(app));
    skipped++;
    write(root, `${app}/README.md`, 'etcd --auto-tls=true, in prose, in a file no pattern names\n');
    if (i % 4 === 0) {
      write(root, `${app}/etcd.yaml`, SETTINGS(app));
      kept.push(`${app}/etcd.yaml`);
    }
  }
  // One directory over FILES_PER_TASK (64): its files are read in several tasks, on any thread.
  for (let i = 0; i < FLAT; i++) {
    const name = `flat/m-${String(i).padStart(3, '0')}.yaml`;
    if (i % 10 === 0) {
      write(root, name, SETTINGS(name));
      kept.push(`${name}`);
    } else {
      write(root, name, PLAIN(name));
      skipped++;
    }
  }
  // Files no pattern names (named as a form is, `.conf`: a file whose name says no form is kept only
  // with a shell's `#!` line), each reached through two links from directories far apart (on
  // different threads, likely): each read and counted once.
  write(root, 'shared/target.conf', SETTINGS('target'));
  kept.push('shared/target.conf');
  write(root, 'shared/plain.txt', PLAIN('plain'));
  skipped++;
  link(root, 'apps/app-01/t.yaml', '../../shared/target.conf');
  link(root, 'apps/app-38/t.yaml', '../../shared/target.conf');
  link(root, 'apps/app-02/p.yaml', '../../shared/plain.txt');
  link(root, 'flat/p.yaml', '../shared/plain.txt');
  // A link to a file the walk lists anyway: not read twice.
  link(root, 'apps/app-03/link.yaml', '../app-04/etcd.yaml');
  link(root, 'apps/app-07/link.yaml', '../../flat/m-001.yaml');
  link(root, 'apps/app-05/dangling.yaml', 'nowhere.yaml');
  write(scratch, 'outside.yaml', SETTINGS('outside'));
  link(root, 'apps/app-06/escape.yaml', path.join(scratch, 'outside.yaml'));

  write(root, 'deep/a/b/c/d/e/etcd.service', '[Service]\nExecStart=/usr/bin/etcd --peer-auto-tls=true\n');
  kept.push('deep/a/b/c/d/e/etcd.service');
  write(root, 'env/etcd.env', 'ETCD_NAME=etcd-0\n');
  kept.push('env/etcd.env');
  write(root, 'overlay/kustomization.yaml', 'resources: []\n');
  kept.push('overlay/kustomization.yaml');
  write(root, 'cm/config.yaml', CONFIG_MAP('kv-config'));
  write(root, 'cm/peer.yml', CONFIG_MAP('peer'));
  write(root, 'bin/blob.yaml', Buffer.from([0x6b, 0x3a, 0x00, 0x01, 0x02, 0x0a]));
  write(root, 'big/huge.yaml', `# ${'x'.repeat(MAX_FILE_SIZE + 1000 - 3)}\n`);
  // A kept file under every top-level directory: whatever part of the tree the main thread shares
  // first, a worker that takes it keeps (and hands over) files.
  for (const dir of ['shared', 'cm', 'bin', 'big', 'locked']) {
    write(root, `${dir}/etcd.yaml`, SETTINGS(dir));
    kept.push(`${dir}/etcd.yaml`);
  }
  write(root, 'node_modules/pkg/etcd.yaml', SETTINGS('excluded'));
  write(root, '.git/hooks/etcd.yaml', SETTINGS('excluded'));

  const ref = (relPath: string): FileRef => ({ absPath: path.join(root, relPath), relPath });
  const diagnostics: Diagnostic[] = [
    {
      level: 'note',
      id: 'binary-file',
      message: 'skipped: the file looks binary (it contains NUL bytes)',
      file: ref('bin/blob.yaml'),
    },
    {
      level: 'warning',
      id: 'file-too-large',
      message: `skipped: ${MAX_FILE_SIZE + 1000} bytes is over the ${MAX_FILE_SIZE}-byte limit (max-file-size)`,
      file: ref('big/huge.yaml'),
    },
    {
      level: 'note',
      id: 'skipped-entry',
      message: 'apps/app-05/dangling.yaml: skipped: broken symbolic link',
    },
    {
      level: 'warning',
      id: 'skipped-entry',
      message: 'apps/app-06/escape.yaml: skipped: symbolic link points outside the scanned directory',
    },
  ];
  write(root, 'locked/secret.yaml', SETTINGS('locked'));
  chmodSync(path.join(root, 'locked/secret.yaml'), 0o000);
  if (IS_ROOT) kept.push('locked/secret.yaml');
  else
    diagnostics.push({
      level: 'warning',
      id: 'unreadable-file',
      message: 'skipped: cannot read the file (EACCES)',
      file: ref('locked/secret.yaml'),
    });
  return {
    kept: kept.sort(),
    skipped,
    lookups: [ref('cm/config.yaml'), ref('cm/peer.yml')],
    diagnostics: sortDiagnostics(diagnostics),
    wrongText: [],
  };
}

describe('gather on several threads', () => {
  let root: string;
  let expected: Omit<Outcome, 'viaWorker'>;
  let alone: Outcome;

  beforeAll(async () => {
    root = newTree();
    expected = buildMainTree(root);
    alone = await run({ base: root, threads: 1 });
  });

  it('gives on one thread exactly the files, counts and problems the tree holds', () => {
    expect(expected.kept).toHaveLength(IS_ROOT ? 35 : 34);
    expect(expected.skipped).toBe(177);
    expect(alone).toEqual({ ...expected, viaWorker: 0 });
  });

  it('gives the same on three threads', async () => {
    const threaded = await run({ base: root, threads: 3, workerFile: DIST_WORKER });
    expect(threaded).toEqual(alone);
  });

  it('gives the same when the workers demonstrably walk and read part of the tree', async () => {
    // The main thread stops at its first kept file until a worker has handed files over, as if it
    // were parsing a slow file: the workers must walk what the main thread shared meanwhile.
    const handOver = marker();
    const threaded = await run({
      base: root,
      threads: 3,
      workerFile: taggingWorker(handOver),
      onCall: (call) => call === 1 && blockUntil(handOver),
    });
    expect(threaded.viaWorker).toBeGreaterThan(0);
    expect(threaded.viaWorker).toBeLessThan(threaded.kept.length);
    expect({ ...threaded, viaWorker: 0 }).toEqual(alone);
  });

  it('counts what the user globs matched across threads: the same notices as on one thread', async () => {
    const globs = {
      patterns: ['*.yaml', '*.nomatch'],
      exclude: [...DEFAULT_EXCLUDES, 'app-0*', 'apps/app-1*'],
    };
    const notices = (outcome: Outcome) =>
      outcome.diagnostics.filter((d) => ['glob-matched-nothing', 'exclude-glob'].includes(d.id));
    const single = notices(await run({ base: root, paths: ['apps'], threads: 1, ...globs }));
    const handOver = marker();
    const threaded = await run({
      base: root,
      paths: ['apps'],
      threads: 3,
      workerFile: taggingWorker(handOver),
      onCall: (call) => call === 1 && blockUntil(handOver),
      ...globs,
    });
    expect(threaded.viaWorker).toBeGreaterThan(0);
    expect(single.map((d) => d.message)).toEqual([
      'exclude glob "app-0*" matched 10 entries',
      'exclude glob "apps/app-1*" matched 10 entries by their path as reported (relative to the workspace or current directory)',
      'include glob "*.nomatch" matched 0 files',
    ]);
    expect(notices(threaded)).toEqual(single);
  });

  it('gives the same at four threads (the most it uses) when asked for more', async () => {
    const threaded = await run({ base: root, threads: 999, workerFile: DIST_WORKER });
    expect(threaded).toEqual(alone);
  });

  it('walks the tree again alone when a worker throws mid-walk, and says so', async () => {
    const handOver = marker();
    const outcome = await run({
      base: root,
      threads: 3,
      workerFile: failingMidWalk(handOver, "throw new Error('worker broke mid-walk')"),
      onCall: (call) => call === 1 && blockUntil(handOver),
    });
    expect(existsSync(handOver)).toBe(true);
    expect(outcome.diagnostics).toEqual(
      sortDiagnostics([
        ...expected.diagnostics,
        {
          level: 'note',
          id: 'threads-unavailable',
          message: 'a worker thread failed, so the files were walked and read again on one thread',
        },
      ]),
    );
    expect(withoutThreadNote(outcome)).toEqual(alone);
  });

  it('walks the tree again alone when a worker exits mid-walk (process.exit(3)), and says so', async () => {
    const handOver = marker();
    const outcome = await run({
      base: root,
      threads: 3,
      workerFile: failingMidWalk(handOver, 'process.exit(3)'),
      onCall: (call) => call === 1 && blockUntil(handOver),
    });
    expect(existsSync(handOver)).toBe(true);
    expect(outcome.diagnostics).toContainEqual(THREADS_UNAVAILABLE);
    expect(outcome.diagnostics.filter((d) => d.id === 'threads-unavailable')).toHaveLength(1);
    expect(withoutThreadNote(outcome)).toEqual(alone);
  });

  it('goes on alone, and says so, when no worker can be created at all', async () => {
    // new Worker() throws at once on a relative path that does not start with ./
    const outcome = await run({ base: root, threads: 3, workerFile: 'no-such-worker.js' });
    expect(outcome.diagnostics.filter((d) => d.id === 'threads-unavailable')).toEqual([
      {
        level: 'note',
        id: 'threads-unavailable',
        message: 'worker threads could not be started, so the files were walked and read on one thread',
      },
    ]);
    expect(withoutThreadNote(outcome)).toEqual(alone);
  });

  describe.each([
    ['throws at start-up', () => workerScript("throw new Error('worker broke at start-up');\n")],
    ['exits at start-up (process.exit(3))', () => workerScript('process.exit(3);\n')],
    ['is missing', () => path.join(scratch, 'no-such-worker.mjs')],
  ])('a worker that %s', (_, workerFile) => {
    // A worker that fails before it takes a task costs no file and is not waited for; reporting it
    // would make the output depend on whether its failure arrived before the walk ended.
    it('costs no file and changes nothing in the output', async () => {
      const outcome = await run({ base: root, threads: 3, workerFile: workerFile() });
      expect(outcome).toEqual(alone);
    });
  });
});

describe('gather with a worker that walks last', () => {
  it('loses none of the files the worker keeps after its last wait (its final hand-over)', async () => {
    // Two directories of 12 kept files: the main thread shares one, which the worker takes while
    // the main thread waits at its first kept file. The worker hands 8 files over, pauses while the
    // main thread finishes its directory, then reads its last 4 and ends the walk: those 4 come in
    // the worker's final batch, after the main thread has run out of work.
    const root = newTree();
    const kept: string[] = [];
    for (const dir of ['a', 'b'])
      for (let i = 0; i < 12; i++) {
        write(root, `${dir}/f-${String(i).padStart(2, '0')}.yaml`, SETTINGS(`${dir}-${i}`));
        kept.push(`${dir}/f-${String(i).padStart(2, '0')}.yaml`);
      }
    const joined = marker();
    const outcome = await run({
      base: root,
      threads: 2,
      workerFile: slowTaggingWorker(joined, 300),
      onCall: (call) => call === 1 && blockUntil(joined),
    });
    expect(existsSync(joined)).toBe(true);
    expect(outcome).toEqual({
      kept: kept.sort(),
      skipped: 0,
      lookups: [],
      diagnostics: [],
      wrongText: [],
      viaWorker: 12,
    });
  });
});

describe('gather hands each real file over once', () => {
  let root: string;

  beforeAll(() => {
    root = newTree();
    write(root, 'k8s/base.yaml', PLAIN('base'));
    write(root, 'k8s/prod/etcd.yaml', SETTINGS('prod'));
    write(root, 'k8s/prod/plain.yaml', PLAIN('prod'));
    // Links to files the walk lists anyway.
    link(root, 'k8s/link.yaml', 'prod/etcd.yaml');
    link(root, 'k8s/prod/plain-link.yaml', 'plain.yaml');
    // Files no pattern names (but a form's name), reached only through links, two each.
    write(root, 'k8s/notes.conf', SETTINGS('notes'));
    link(root, 'k8s/n1.yaml', 'notes.conf');
    link(root, 'k8s/other/n2.yaml', '../notes.conf');
    write(root, 'k8s/ref.txt', PLAIN('ref'));
    link(root, 'k8s/r1.yaml', 'ref.txt');
    link(root, 'k8s/other/r2.yaml', '../ref.txt');
  });

  const KEPT = ['k8s/notes.conf', 'k8s/prod/etcd.yaml'];

  it.each([1, 3])('with links to walked files and overlapping paths (threads: %i)', async (threads) => {
    // Directories, and files inside them (by name or by a link), given together.
    const outcome = await run({
      base: root,
      paths: ['k8s', 'k8s/prod', 'k8s/prod/etcd.yaml', 'k8s/prod/plain.yaml', 'k8s/n1.yaml', 'k8s/r1.yaml'],
      threads,
      workerFile: DIST_WORKER,
    });
    expect(outcome).toEqual({
      kept: KEPT,
      // k8s/base.yaml, k8s/prod/plain.yaml, k8s/ref.txt
      skipped: 3,
      lookups: [],
      diagnostics: [],
      wrongText: [],
      viaWorker: 0,
    });
  });

  it.each([1, 3])('with the same file named twice (threads: %i)', async (threads) => {
    const outcome = await run({
      base: root,
      paths: ['k8s/base.yaml', 'k8s/prod/etcd.yaml', 'k8s/base.yaml', 'k8s/link.yaml', 'k8s/prod/etcd.yaml'],
      threads,
      workerFile: DIST_WORKER,
    });
    expect(outcome.kept).toEqual(['k8s/prod/etcd.yaml']);
    expect(outcome.skipped).toBe(1);
    expect(outcome.diagnostics).toEqual([]);
  });
});

describe('gather on a small tree', () => {
  /** A tree of `directories` directories (the root included) with one kept and one skipped file in each but the root. */
  function treeOf(directories: number): string {
    const root = newTree();
    for (let i = 1; i < directories; i++) {
      write(root, `d${i}/etcd.yaml`, SETTINGS(`d${i}`));
      write(root, `d${i}/svc.yaml`, PLAIN(`d${i}`));
    }
    return root;
  }
  const keptIn = (directories: number) =>
    Array.from({ length: directories - 1 }, (_, i) => `d${i + 1}/etcd.yaml`).sort();

  it('starts no worker when the walk is over within 64 directories (threads left to the default)', async () => {
    const root = treeOf(64);
    const started = mkdtempSync(path.join(scratch, 'started-'));
    const startedFile = path.join(started, 'started-1');
    // At the last kept file, give a worker started by mistake time to show itself.
    const outcome = await run({
      base: root,
      workerFile: recordingWorker(started),
      onCall: (call) => call === 63 && blockUntil(startedFile, 1000),
    });
    expect(existsSync(startedFile)).toBe(false);
    expect(outcome.kept).toEqual(keptIn(64));
    expect(outcome.kept).toHaveLength(63);
    expect(outcome.skipped).toBe(63);
    expect(outcome.lookups).toEqual([]);
    expect(outcome.diagnostics).toEqual([]);
  });

  it('starts no worker with threads: 1, however big the tree', async () => {
    const root = treeOf(80);
    const started = mkdtempSync(path.join(scratch, 'started-'));
    const startedFile = path.join(started, 'started-1');
    const outcome = await run({
      base: root,
      threads: 1,
      workerFile: recordingWorker(started),
      onCall: (call) => call === 79 && blockUntil(startedFile, 1000),
    });
    expect(existsSync(startedFile)).toBe(false);
    expect(outcome.kept).toEqual(keptIn(80));
    expect(outcome.skipped).toBe(79);
    expect(outcome.diagnostics).toEqual([]);
  });

  it.skipIf(os.availableParallelism() < 2)(
    'starts workers once a 65th directory is to be listed (threads left to the default)',
    async () => {
      const root = treeOf(65);
      const started = mkdtempSync(path.join(scratch, 'started-'));
      const startedFile = path.join(started, 'started-1');
      // Directories 2 to 64 are listed before workers start, one kept file each; the 64th kept file
      // is in the 65th directory: wait there for the worker to start (or for nothing).
      const outcome = await run({
        base: root,
        workerFile: recordingWorker(started),
        onCall: (call) => call === 64 && blockUntil(startedFile, 10_000),
      });
      expect(existsSync(startedFile)).toBe(true);
      expect(outcome.kept).toEqual(keptIn(65));
      expect(outcome.skipped).toBe(64);
      expect(outcome.diagnostics).toEqual([]);
    },
  );
});

describe('kept files waiting for the parser', () => {
  const kept = (name: string, kb: number): KeptFile => ({
    file: { absPath: `/v/${name}`, relPath: name },
    read: { status: 'kept', text: 'x'.repeat(kb * 1024) },
  });

  it('are parsed at once, oldest first, once the queue holds more than MAX_WAITING_KB of text', () => {
    const parsed: string[] = [];
    const queue = new KeptQueue((file) => parsed.push(file.file.relPath));
    // A task's worth of 1 MB files read in one step: the walk must not hold them all.
    const files = 64;
    for (let i = 0; i < files; i++) queue.push(kept(`f${i}.json`, 1024));
    const waiting = files - parsed.length;
    expect(waiting * 1024).toBeLessThanOrEqual(MAX_WAITING_KB);
    expect(parsed).toEqual(Array.from({ length: parsed.length }, (_, i) => `f${i}.json`));
    queue.handAll();
    expect(parsed).toHaveLength(files);
  });

  it('wait for the walk when they are small', () => {
    const parsed: string[] = [];
    const queue = new KeptQueue((file) => parsed.push(file.file.relPath));
    for (let i = 0; i < 64; i++) queue.push(kept(`f${i}.yaml`, 1));
    expect(parsed).toEqual([]);
    expect(queue.handOne()).toBe(true);
    expect(parsed).toEqual(['f0.yaml']);
  });
});
