import { DirectoryLister, type ListingSink, type WalkSpec } from '../discover/discover.js';
import type { GlobStats } from '../discover/globs.js';
import { needsShebang, relevance } from '../load/prefilter.js';
import { type ReadOptions, type ReadResult, readAndClassify } from '../load/read.js';
import type { Diagnostic, FileRef } from '../model.js';
import type { Task, TaskPool } from './pool.js';

/** Everything one thread needs, as plain data (a worker receives it in `workerData`). */
export interface GatherSpec {
  walk: WalkSpec;
  maxFileSize: number;
  /** Off only in tests that prove the prefilter never drops a file with findings. */
  prefilter: boolean;
}

/** A file the prefilter kept, with its decoded text: the caller parses it. */
export type KeptRead = Extract<ReadResult, { status: 'kept' }>;
export type KeptFile = { file: FileRef; read: KeptRead };

/**
 * Kept text a thread lets pile up, in kilobytes: what waits for the main thread's parser
 * (gather.ts KeptQueue), and what a worker has posted that the main thread has not yet received
 * (worker.ts). Either way, past it the text is parsed or the worker waits.
 */
export const KEPT_TEXT_LIMIT_KB = 8 * 1024;

/** The size of kept files' texts in kilobytes (rounded up per file), for back-pressure. */
export function keptKb(files: readonly KeptFile[]): number {
  let kb = 0;
  for (const file of files) kb += Math.ceil(file.read.text.length / 1024);
  return kb;
}

/**
 * What one thread found, apart from the kept files it handed over as it read them. Skipped files
 * are only counted (a 100,000-file tree would otherwise hold and copy 100,000 paths between
 * threads); those that may come again (`ListingSink.file`) are kept by path to be counted once.
 */
export interface GatherOutput {
  skippedUnique: number;
  skippedShared: FileRef[];
  /** Files to remember for a later pass (`lookup` in prefilter.ts). */
  lookups: FileRef[];
  diagnostics: Diagnostic[];
  /** Files this thread read (kept, skipped or failed): 0 on every thread means nothing matched. */
  filesRead: number;
  /** Which of the user's globs matched in the directories this thread listed. */
  globs: GlobStats;
}

/**
 * Files of one directory read in one task; a directory with more is split into several tasks so
 * that other threads can take some (a monorepo's flat directory of 10,000 generated manifests).
 */
const FILES_PER_TASK = 64;

/**
 * One thread's share of discover + read: a stack of tasks and what they found. `step` runs the
 * newest task, so the walk is depth-first and the stack stays small; the oldest tasks (the
 * shallowest directories) are the ones given to other threads (see TaskPool.share).
 */
export class GatherWork {
  readonly stack: Task[] = [];
  readonly output: GatherOutput;
  directoriesListed = 0;
  private readonly lister: DirectoryLister;
  private readonly readOptions: ReadOptions;
  private readonly listed: FileRef[] = [];
  private readonly listedShared: FileRef[] = [];
  private readonly sink: ListingSink;

  /** `onKept` receives each file worth parsing as soon as it is read. */
  constructor(
    spec: GatherSpec,
    private readonly onKept: (kept: KeptFile) => void,
  ) {
    this.lister = new DirectoryLister(spec.walk);
    this.output = {
      skippedUnique: 0,
      skippedShared: [],
      lookups: [],
      diagnostics: [],
      filesRead: 0,
      globs: this.lister.globs.stats,
    };
    this.readOptions = {
      maxFileSize: spec.maxFileSize,
      classify: spec.prefilter ? relevance : () => 'settings',
      ...(spec.prefilter ? { needsShebang: needsShebang } : {}),
    };
    this.sink = {
      directory: (root, dir) => this.stack.push({ root, dir }),
      file: (file, unique) => (unique ? this.listed : this.listedShared).push(file),
      diagnostic: (diagnostic) => this.output.diagnostics.push(diagnostic),
    };
  }

  /** Runs the newest task; returns how many tasks it added to the stack. */
  step(): number {
    const task = this.stack.pop();
    if (task === undefined) return 0;
    const before = this.stack.length;
    if ('files' in task) {
      for (const file of task.files) this.read(file, true);
      return 0;
    }
    this.directoriesListed++;
    this.lister.list(task.root, task.dir, this.sink);
    for (const file of this.listedShared.splice(0)) this.read(file, false);
    const files = this.listed.splice(0);
    if (files.length <= FILES_PER_TASK) for (const file of files) this.read(file, true);
    else
      for (let i = 0; i < files.length; i += FILES_PER_TASK)
        this.stack.push({ files: files.slice(i, i + FILES_PER_TASK) });
    return this.stack.length - before;
  }

  /** A file named as an input: read unless a walk lists it too. */
  readInput(file: FileRef): void {
    if (!this.lister.listedDirectly(file.absPath)) this.read(file, false);
  }

  private read(file: FileRef, unique: boolean): void {
    this.output.filesRead++;
    const read = readAndClassify(file, this.readOptions);
    if (read.status === 'failed') this.output.diagnostics.push(read.diagnostic);
    else if (read.status === 'lookup') this.output.lookups.push(file);
    else if (read.status === 'kept') this.onKept({ file, read });
    else if (unique) this.output.skippedUnique++;
    else this.output.skippedShared.push(file);
  }
}

/**
 * The walk loop of every thread once work is shared: run own tasks, give the older half away when
 * the pool is empty, take donations when out of work, stop when no task is left anywhere. It
 * yields the signal value to wait on when there is nothing to do yet; a worker waits by blocking
 * (`TaskPool.waitSync`), the main thread by awaiting (`TaskPool.waitAsync`). `poll` runs after
 * each task and instead of waiting, and says whether it did anything (the main thread parses one
 * kept file there).
 */
export function* sharedWalk(
  work: GatherWork,
  pool: TaskPool,
  thread: number,
  poll: () => boolean = () => false,
): Generator<number, void> {
  while (!pool.aborted) {
    if (work.stack.length > 0) {
      pool.count(work.step() - 1);
      if (work.stack.length >= 2 && pool.empty) pool.share(work.stack);
      poll();
      continue;
    }
    const seen = pool.signal;
    const taken = pool.take(thread);
    if (taken) work.stack.push(...taken);
    else if (pool.outstanding === 0) return;
    else if (!poll()) yield seen;
  }
}
