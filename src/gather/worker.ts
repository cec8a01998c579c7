// Entry of the walk-and-read worker threads (bundled as dist/gather-worker.js; see gather.ts).
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
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

export interface WorkerData {
  spec: GatherSpec;
  buffer: SharedArrayBuffer;
  /** This worker's number in the pool, from 1 (the main thread is 0). */
  thread: number;
  /** Kept files go here in small batches as they are read, so the main thread parses while we walk. */
  kept: MessagePort;
}
export type WorkerReply = { ok: true; output: GatherOutput } | { ok: false; error: string };

/** Kept files per message: a handful, so the main thread can start parsing early. */
const BATCH = 8;

const { spec, buffer, thread, kept } = workerData as WorkerData;
const pool = new TaskPool(buffer);
const batch: KeptFile[] = [];
const flush = () => {
  if (batch.length === 0) return;
  pool.addInFlight(keptKb(batch));
  kept.postMessage(batch.splice(0));
};
let reply: WorkerReply;
try {
  const work = new GatherWork(spec, (file) => {
    if (batch.push(file) < BATCH) return;
    flush();
    // Inside a task, so the walk cannot end while this thread waits: the main thread goes on
    // receiving (it polls between its own tasks and while it waits for work).
    pool.waitForRoom(KEPT_TEXT_LIMIT_KB);
  });
  for (const seen of sharedWalk(work, pool, thread)) {
    flush();
    pool.waitSync(seen, 10);
  }
  flush();
  reply = { ok: true, output: work.output };
} catch (error) {
  // Tasks this thread held are lost: stop every thread; the main thread walks again on its own.
  pool.abort();
  reply = { ok: false, error: (error as Error).stack ?? String(error) };
}
parentPort?.postMessage(reply);
