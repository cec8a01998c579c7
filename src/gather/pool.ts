import type { FileRef } from '../model.js';

/** A directory to list (by walk root and path inside it), or files to read. Plain data: it crosses threads. */
export type Task = { root: number; dir: string } | { files: FileRef[] };

// Slots of the control words at the start of the shared buffer.
const LOCK = 0;
/** Tasks that exist anywhere (on a thread's stack, in the pool, or running): 0 means the walk is over. */
const OUTSTANDING = 1;
/** Threads waiting for work. */
const HUNGRY = 2;
/** Bumped (and notified) whenever waiting threads should look again: tasks donated, walk over, abort. */
const SIGNAL = 3;
const BLOBS = 4;
const ABORTED = 5;
/** Kilobytes of kept text that workers have posted and the main thread has not received yet. */
const IN_FLIGHT_KB = 6;
/** One word per thread, set when the thread first takes tasks (thread 0, the main thread, unused). */
const JOINED = 8;
const MAX_THREADS = 24;
const HEADER_WORDS = JOINED + MAX_THREADS;
/** Each donation is one blob: [byte offset, byte length] in the table after the header. */
const MAX_BLOBS = 1024;
const TABLE_WORDS = MAX_BLOBS * 2;
const DATA_START = (HEADER_WORDS + TABLE_WORDS) * 4;
/** Tasks given away at once at most: enough to keep a thread busy for a while, quick to copy. */
const MAX_SHARE = 64;

/**
 * Work shared between the threads of one walk, in a SharedArrayBuffer. Each thread walks from its
 * own stack and gives the older half of it away whenever the pool is empty, so a thread that runs
 * out of work finds some at once instead of waiting for another thread to notice (the main thread
 * also parses between its tasks, and could take milliseconds to look). The pool is touched about
 * as often as a thread runs dry, not per directory. A donation is a JSON blob of tasks; blobs are
 * taken back in last-in, first-out order, so the data area is a stack too. A small lock (one word,
 * compare-and-swap) guards the table; the work done under it is a copy of a few kilobytes.
 */
export class TaskPool {
  private readonly control: Int32Array;
  private readonly data: Buffer;

  static create(dataBytes = 4 * 1024 * 1024): SharedArrayBuffer {
    return new SharedArrayBuffer(DATA_START + dataBytes);
  }

  constructor(buffer: SharedArrayBuffer) {
    this.control = new Int32Array(buffer, 0, HEADER_WORDS + TABLE_WORDS);
    this.data = Buffer.from(buffer, DATA_START);
  }

  get outstanding(): number {
    return Atomics.load(this.control, OUTSTANDING);
  }

  get aborted(): boolean {
    return Atomics.load(this.control, ABORTED) !== 0;
  }

  /** The signal word's value: read it before looking for work, then wait on it. */
  get signal(): number {
    return Atomics.load(this.control, SIGNAL);
  }

  /** Records tasks created (`delta` > 0) or finished (`delta` < 0); wakes everyone when none are left. */
  count(delta: number): void {
    if (delta !== 0 && Atomics.add(this.control, OUTSTANDING, delta) + delta === 0) this.wake();
  }

  abort(): void {
    Atomics.store(this.control, ABORTED, 1);
    this.wake();
  }

  /**
   * Back-pressure on kept text: a worker records what it posts, the main thread what it receives,
   * and a worker waits while more than `limitKb` is in flight. Without it, workers reading a tree
   * of large files that pass the prefilter (1,000 JSON search indexes of 1 MB) outran the parser
   * and the texts piled up in the message queue: 1.2 GB.
   */
  addInFlight(kb: number): void {
    if (kb !== 0 && Atomics.add(this.control, IN_FLIGHT_KB, kb) + kb <= 0)
      Atomics.notify(this.control, IN_FLIGHT_KB);
  }

  /** Blocks (a worker only) while more than `limitKb` is in flight, unless the walk is aborted. */
  waitForRoom(limitKb: number): void {
    for (let now = Atomics.load(this.control, IN_FLIGHT_KB); now > limitKb && !this.aborted; ) {
      Atomics.wait(this.control, IN_FLIGHT_KB, now, 10);
      now = Atomics.load(this.control, IN_FLIGHT_KB);
    }
  }

  /** True when the pool is empty: time to give work away. */
  get empty(): boolean {
    return Atomics.load(this.control, BLOBS) === 0;
  }

  /**
   * Whether a worker has taken any task: when the walk is over, one that has not (a small tree
   * walked by the main thread before the worker even started) has nothing to report.
   */
  joined(thread: number): boolean {
    return Atomics.load(this.control, JOINED + thread) !== 0;
  }

  /**
   * Moves the older half of `stack` (the shallower directories, the bigger subtrees) to the pool, at
   * most MAX_SHARE tasks, fewer when they do not fit. Unbounded, a flat directory of 120,000 files
   * (1,875 file tasks) made every thread serialize megabytes that did not fit, task after task:
   * 34 s instead of 1.3 s.
   */
  share(stack: Task[]): void {
    for (let count = Math.min(Math.floor(stack.length / 2), MAX_SHARE); count > 0; count >>= 1) {
      if (this.put(stack.slice(0, count))) {
        stack.splice(0, count);
        return;
      }
    }
  }

  /** Adds tasks to the pool; false (and nothing added) when they do not fit. */
  put(tasks: Task[]): boolean {
    const json = JSON.stringify(tasks);
    const length = Buffer.byteLength(json);
    this.lock();
    try {
      const blobs = this.control[BLOBS] as number;
      const offset = blobs === 0 ? 0 : this.end(blobs - 1);
      if (blobs >= MAX_BLOBS || offset + length > this.data.length) return false;
      this.data.write(json, offset, length, 'utf8');
      this.control[HEADER_WORDS + blobs * 2] = offset;
      this.control[HEADER_WORDS + blobs * 2 + 1] = length;
      Atomics.store(this.control, BLOBS, blobs + 1);
    } finally {
      this.unlock();
    }
    this.wake();
    return true;
  }

  /** Takes the most recent donation for `thread`, or undefined when the pool is empty. */
  take(thread: number): Task[] | undefined {
    if (Atomics.load(this.control, BLOBS) === 0) return undefined;
    let json: string | undefined;
    this.lock();
    try {
      const blobs = this.control[BLOBS] as number;
      if (blobs > 0) {
        const offset = this.control[HEADER_WORDS + (blobs - 1) * 2] as number;
        json = this.data.toString('utf8', offset, this.end(blobs - 1));
        Atomics.store(this.control, BLOBS, blobs - 1);
        // Under the lock and before the tasks run: once no task is outstanding, an unset flag
        // proves the thread never had one.
        Atomics.store(this.control, JOINED + thread, 1);
      }
    } finally {
      this.unlock();
    }
    return json === undefined ? undefined : (JSON.parse(json) as Task[]);
  }

  /** Blocks this thread (a worker) until the signal moves from `seen` or `ms` pass. */
  waitSync(seen: number, ms: number): void {
    Atomics.add(this.control, HUNGRY, 1);
    Atomics.wait(this.control, SIGNAL, seen, ms);
    Atomics.sub(this.control, HUNGRY, 1);
  }

  /** The main thread's wait: it yields to the event loop, so worker messages and exits are seen. */
  async waitAsync(seen: number, ms: number): Promise<void> {
    Atomics.add(this.control, HUNGRY, 1);
    const result = Atomics.waitAsync(this.control, SIGNAL, seen, ms);
    if (result.async) await result.value;
    Atomics.sub(this.control, HUNGRY, 1);
  }

  private end(blob: number): number {
    return (
      (this.control[HEADER_WORDS + blob * 2] as number) +
      (this.control[HEADER_WORDS + blob * 2 + 1] as number)
    );
  }

  private wake(): void {
    Atomics.add(this.control, SIGNAL, 1);
    Atomics.notify(this.control, SIGNAL);
  }

  private lock(): void {
    while (Atomics.compareExchange(this.control, LOCK, 0, 1) !== 0) {
      // Held for a copy of a few kilobytes by another thread: spin.
    }
  }

  private unlock(): void {
    Atomics.store(this.control, LOCK, 0);
  }
}
