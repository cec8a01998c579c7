import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { type DiscoverOptions, planDiscovery, uniqueSorted } from '../discover/discover.js';
import { mergeGlobStats } from '../discover/globs.js';
import { noteHeld } from '../load/collect.js';
import type { Diagnostic, FileRef } from '../model.js';
import { globNotices, noFilesNotice } from './notices.js';
import { TaskPool } from './pool.js';
import {
  type GatherOutput,
  type GatherSpec,
  GatherWork,
  KEPT_TEXT_LIMIT_KB,
  type KeptFile,
  keptKb,
  sharedWalk,
} from './work.js';
import type { WorkerData, WorkerReply } from './worker.js';

export interface GatherOptions extends DiscoverOptions {
  maxFileSize: number;
  prefilter: boolean;
  /**
   * Called on the main thread for each file worth parsing, once per real path, in no particular
   * order, while the walk goes on (files kept by workers arrive in batches).
   */
  onKept: (kept: KeptFile) => void;
  /**
   * Threads that walk and read, the main thread included. Default: the machine's cores, at most
   * MAX_THREADS, with workers started only once the tree proves big. An explicit number > 1 starts
   * its workers at once (tests use it to run the parallel walk on small trees).
   */
  threads?: number;
  /** The worker script. Default: gather-worker.js beside the running bundle (absent under vitest). */
  workerFile?: string;
}

export interface Gathered {
  /** How many files were kept for parsing (each real path once). */
  kept: number;
  /** How many files the prefilter skipped (each real path counted once). */
  skipped: number;
  /** Files to read only if a later pass needs them (`lookup` in prefilter.ts): sorted, each once. */
  lookups: FileRef[];
  diagnostics: Diagnostic[];
}

/** Kept text the main thread lets wait for its parser before it parses instead of walking on. */
export const MAX_WAITING_KB = KEPT_TEXT_LIMIT_KB;
/** Beyond 4 threads the walk is bound by the file system, and each worker costs start-up and memory. */
const MAX_THREADS = 4;
/**
 * Directories the main thread lists alone before starting workers: a small repository is done
 * before a worker would have started (30-80 ms), and pays nothing for threads.
 */
const SPAWN_AFTER_DIRECTORIES = 64;

/**
 * discover + read + prefilter, the I/O-bound part of the scan, on several threads: the main thread
 * walks from the start; once the tree proves big, workers join and take subtrees from it (and from
 * each other) through a shared task pool. Only plain data crosses threads (paths, and the decoded
 * text of the few files worth parsing, which workers send as they read them so that the main thread
 * parses them during the walk). Node's synchronous `readdir` and `read` beat any asynchronous
 * fan-out on this workload (bench/RESULTS.md), so threads are the way to use more than one core.
 */
export async function gather(options: GatherOptions): Promise<Gathered> {
  const seen = new Set<string>();
  const onKept = (kept: KeptFile) => {
    if (seen.has(kept.file.absPath)) return;
    seen.add(kept.file.absPath);
    options.onKept(kept);
  };
  const gathered = await gatherOnce(options, onKept);
  if (gathered !== undefined) return merge(gathered, options, seen.size);
  // A worker failed while it held tasks: walk again on this thread alone (files already handed
  // over are not handed over again).
  const alone = merge((await gatherOnce({ ...options, threads: 1 }, onKept)) as Walked, options, seen.size);
  alone.diagnostics.push(
    threadsUnavailable('a worker thread failed, so the files were walked and read again on one thread'),
  );
  return alone;
}

function threadsUnavailable(message: string): Diagnostic {
  return { level: 'note', id: 'threads-unavailable', message };
}

interface Walked {
  /** The diagnostics of planning (inputs not found...) and of the threads themselves. */
  plan: Diagnostic[];
  outputs: GatherOutput[];
  /** Every walk root is the base itself: paths inside the scanned path are the reported paths. */
  rootsAreBase: boolean;
}

async function gatherOnce(
  options: GatherOptions,
  onKept: (kept: KeptFile) => void,
): Promise<Walked | undefined> {
  const plan = planDiscovery(options);
  const spec: GatherSpec = {
    walk: plan.spec,
    maxFileSize: options.maxFileSize,
    prefilter: options.prefilter,
  };
  const queue = new KeptQueue(onKept);
  const work = new GatherWork(spec, queue.push);
  for (const file of plan.inputFiles) work.readInput(file);
  for (let root = plan.spec.roots.length - 1; root >= 0; root--) work.stack.push({ root, dir: '' });

  const threads = Math.max(1, Math.min(options.threads ?? os.availableParallelism(), MAX_THREADS));
  const workerFile = options.workerFile ?? defaultWorkerFile();
  const outputs: GatherOutput[] = [work.output];
  if (threads > 1 && workerFile !== undefined) {
    const spawnAfter = options.threads === undefined ? SPAWN_AFTER_DIRECTORIES : 0;
    while (work.stack.length > 0 && work.directoriesListed < spawnAfter) {
      work.step();
      queue.handOne();
    }
    if (work.stack.length > 0) {
      const shared = await walkWithWorkers(work, spec, threads - 1, workerFile, queue);
      if (shared === 'failed') return undefined;
      if (shared === 'not-started')
        plan.diagnostics.push(
          threadsUnavailable(
            'worker threads could not be started, so the files were walked and read on one thread',
          ),
        );
      else outputs.push(...shared);
    }
  }
  while (work.stack.length > 0) {
    work.step();
    queue.handOne();
  }
  queue.handAll();
  return {
    plan: plan.diagnostics,
    outputs,
    rootsAreBase: plan.spec.roots.every((root) => root === plan.spec.baseReal),
  };
}

/**
 * Kept files waiting for the main thread's parser (`onKept`): its own, and those the workers send.
 * Exported for tests.
 * They are handed over one at a time between walk tasks, so the main thread goes back to its walk
 * (and to sharing work with the workers) every millisecond or so even while the parser is cold.
 */
export class KeptQueue {
  readonly ports: MessagePort[] = [];
  /** Set once workers start: what the main thread receives from them leaves the in-flight count. */
  pool: TaskPool | undefined;
  private readonly waiting: KeptFile[] = [];
  private next = 0;
  private waitingKb = 0;

  constructor(private readonly onKept: (kept: KeptFile) => void) {}

  /** Queues a file; parses the oldest ones at once while the queue holds over MAX_WAITING_KB of text. */
  readonly push = (kept: KeptFile): void => {
    this.waiting.push(kept);
    this.waitingKb += keptKb([kept]);
    while (this.waitingKb > MAX_WAITING_KB && this.handNext()) {
      // a task of 64 large files must not pile up behind a parser that takes one per task
    }
  };

  /** Receives what workers sent, then hands over one waiting file; false when none waits. */
  readonly handOne = (): boolean => {
    for (const port of this.ports)
      for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
        const files = message.message as KeptFile[];
        this.pool?.addInFlight(-keptKb(files));
        for (const file of files) this.push(file);
      }
    return this.handNext();
  };

  private handNext(): boolean {
    const kept = this.waiting[this.next];
    if (kept === undefined) return false;
    this.waiting[this.next] = undefined as unknown as KeptFile;
    this.next++;
    this.waitingKb -= keptKb([kept]);
    noteHeld(kept.read.text.length);
    if (this.next === this.waiting.length) {
      this.waiting.length = 0;
      this.next = 0;
    }
    this.onKept(kept);
    return true;
  }

  handAll(): void {
    while (this.handOne()) {
      // one file at a time
    }
  }
}

/**
 * Starts the workers, walks alongside them until no task is left, parsing (through `onKept`) what
 * they send in between, and returns their outputs. `not-started`: no worker could be created, and
 * the caller goes on alone with its stack intact. `failed`: a worker failed while it held tasks, so
 * some files may be missing and the caller walks again. A worker that fails before it takes any
 * task (a start-up failure) costs nothing and is not waited for, so it is not reported: whether it
 * is seen at all would depend on timing, and output must not.
 */
async function walkWithWorkers(
  work: GatherWork,
  spec: GatherSpec,
  count: number,
  workerFile: string,
  queue: KeptQueue,
): Promise<GatherOutput[] | 'failed' | 'not-started'> {
  const buffer = TaskPool.create();
  const pool = new TaskPool(buffer);
  pool.count(work.stack.length);
  queue.pool = pool;
  const ports = queue.ports;
  const replies: { worker: Worker; reply: Promise<GatherOutput> }[] = [];
  try {
    for (let thread = 1; thread <= count; thread++) {
      const { port1, port2 } = new MessageChannel();
      ports.push(port1);
      replies.push(startWorker(workerFile, { spec, buffer, thread, kept: port2 }));
    }
  } catch {
    // Worker threads unavailable (a script that cannot load, a runtime without them). Workers
    // already created have taken nothing: nothing was shared yet.
    await Promise.all(replies.map(({ worker }) => worker.terminate()));
    for (const port of ports.splice(0)) port.close();
    return 'not-started';
  }
  let failed = false;
  for (const [index, { reply }] of replies.entries()) {
    reply.catch(() => {
      if (!pool.joined(index + 1)) return;
      failed = true;
      pool.abort();
    });
  }
  let outputs: GatherOutput[] | undefined;
  try {
    for (const seen of sharedWalk(work, pool, 0, queue.handOne)) await pool.waitAsync(seen, 10);
    // A worker that never took a task has nothing to say: stop it rather than wait for it to start.
    const joined = replies.filter(({ worker }, index) => {
      if (pool.joined(index + 1)) return true;
      void worker.terminate();
      return false;
    });
    outputs = failed ? undefined : await Promise.all(joined.map(({ reply }) => reply)).catch(() => undefined);
    // Every batch was posted before its worker's reply, so after the replies nothing else can come.
    queue.handAll();
  } catch (error) {
    // This thread failed (its parser ran out of memory on a huge file, a bug): stop every worker,
    // or the process would never exit, and let the caller report the error.
    pool.abort();
    await Promise.all(replies.map(({ worker }) => worker.terminate()));
    for (const port of ports.splice(0)) port.close();
    throw error;
  }
  for (const port of ports.splice(0)) port.close();
  if (outputs !== undefined) return outputs;
  await Promise.all(replies.map(({ worker }) => worker.terminate()));
  return 'failed';
}

function startWorker(
  workerFile: string,
  workerData: WorkerData,
): { worker: Worker; reply: Promise<GatherOutput> } {
  // A small young generation: a worker's garbage (directory entries, file texts) dies young, and
  // at 4 threads on the 100k-file benchmark tree the default took peak RSS from 183 MB to 201-221 MB
  // for no gain in time.
  const worker = new Worker(workerFile, {
    workerData,
    transferList: [workerData.kept],
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
  const reply = new Promise<GatherOutput>((resolve, reject) => {
    worker.once('message', (message: WorkerReply) =>
      message.ok ? resolve(message.output) : reject(new Error(message.error)),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`worker exited with code ${code}`)));
  });
  // Handled here too: a worker stopped on purpose (terminate) must not be an unhandled rejection.
  reply.catch(() => {});
  return { worker, reply };
}

function merge({ plan, outputs, rootsAreBase }: Walked, options: GatherOptions, kept: number): Gathered {
  const shared = new Set(outputs.flatMap((output) => output.skippedShared.map((file) => file.absPath)));
  const diagnostics = [...plan, ...outputs.flatMap((output) => output.diagnostics)];
  const globs = mergeGlobStats(outputs.map((output) => output.globs));
  if (globs) diagnostics.push(...globNotices(globs, options, rootsAreBase));
  const filesRead = outputs.reduce((sum, output) => sum + output.filesRead, 0);
  if (filesRead === 0 && (globs?.matched ?? 0) === 0 && !plan.some((d) => d.id === 'path-not-found'))
    diagnostics.push(noFilesNotice(options.paths));
  return {
    kept,
    skipped: outputs.reduce((sum, output) => sum + output.skippedUnique, shared.size),
    lookups: uniqueSorted(outputs.flatMap((output) => output.lookups)),
    diagnostics,
  };
}

function defaultWorkerFile(): string | undefined {
  const file = fileURLToPath(new URL('./gather-worker.js', import.meta.url));
  return existsSync(file) ? file : undefined;
}
