// TaskPool on one thread: the shared-buffer stack of task blobs that the gather threads trade work through.

import { describe, expect, it } from 'vitest';
import type { Task } from '../../src/gather/pool.js';
import { TaskPool } from '../../src/gather/pool.js';

const dir = (name: string, root = 0): Task => ({ root, dir: name });
const files = (...relPaths: string[]): Task => ({
  files: relPaths.map((relPath) => ({ absPath: `/repo/${relPath}`, relPath })),
});

const newPool = (dataBytes?: number) => new TaskPool(TaskPool.create(dataBytes));

describe('TaskPool put and take', () => {
  it('gives back both task shapes as they were put, and then nothing', () => {
    const pool = newPool();
    const tasks: Task[] = [
      dir('k8s/prod', 2),
      files('k8s/a.yaml', 'k8s/dir with spaces/b.yaml', 'k8s/ünïcode ☃.yaml'),
      dir(''),
    ];
    expect(pool.empty).toBe(true);
    expect(pool.put(tasks)).toBe(true);
    expect(pool.empty).toBe(false);
    expect(pool.take(1)).toEqual(tasks);
    expect(pool.empty).toBe(true);
    expect(pool.take(1)).toBeUndefined();
  });

  it('gives undefined on an empty pool', () => {
    const pool = newPool();
    expect(pool.take(0)).toBeUndefined();
    expect(pool.take(3)).toBeUndefined();
  });

  it('takes the most recent donation first (LIFO), each donation whole', () => {
    const pool = newPool();
    const first = [dir('a'), dir('b')];
    const second = [files('c.yaml')];
    const third = [dir('d'), files('e.yaml', 'f.yaml')];
    for (const tasks of [first, second, third]) expect(pool.put(tasks)).toBe(true);
    expect(pool.take(1)).toEqual(third);
    // A donation put after a take reuses the freed space and still comes back first.
    const fourth = [dir('g')];
    expect(pool.put(fourth)).toBe(true);
    expect(pool.take(2)).toEqual(fourth);
    expect(pool.take(1)).toEqual(second);
    expect(pool.take(2)).toEqual(first);
    expect(pool.take(1)).toBeUndefined();
  });

  it('is one pool for every TaskPool over the same buffer (as for the threads)', () => {
    const buffer = TaskPool.create();
    const mainThread = new TaskPool(buffer);
    const worker = new TaskPool(buffer);
    mainThread.put([dir('shared')]);
    mainThread.count(1);
    expect(worker.empty).toBe(false);
    expect(worker.outstanding).toBe(1);
    expect(worker.take(1)).toEqual([dir('shared')]);
    expect(mainThread.empty).toBe(true);
    expect(mainThread.joined(1)).toBe(true);
  });

  it('accepts a donation that fills the data area exactly and refuses one byte more, unchanged', () => {
    const tasks = [dir('abcdefgh')];
    const bytes = Buffer.byteLength(JSON.stringify(tasks));
    expect(bytes).toBe(29);

    const exact = newPool(bytes);
    expect(exact.put(tasks)).toBe(true);
    expect(exact.take(1)).toEqual(tasks);

    const small = newPool(bytes - 1);
    const signal = small.signal;
    expect(small.put(tasks)).toBe(false);
    expect(small.empty).toBe(true);
    expect(small.signal).toBe(signal);
    expect(small.take(1)).toBeUndefined();
    expect(small.joined(1)).toBe(false);
  });

  it('refuses a donation that does not fit after the others and keeps those intact', () => {
    const pool = newPool(64);
    const kept = [dir('a')];
    expect(Buffer.byteLength(JSON.stringify(kept))).toBe(22);
    expect(pool.put(kept)).toBe(true);
    const signal = pool.signal;
    // 22 + 43 bytes: one over.
    const tooBig = [dir('y'.repeat(22))];
    expect(Buffer.byteLength(JSON.stringify(tooBig))).toBe(43);
    expect(pool.put(tooBig)).toBe(false);
    expect(pool.signal).toBe(signal);
    expect(pool.take(1)).toEqual(kept);
    expect(pool.take(1)).toBeUndefined();
    // Alone it fits.
    expect(pool.put(tooBig)).toBe(true);
    expect(pool.take(1)).toEqual(tooBig);
  });

  it('holds at most 1024 donations, however small', () => {
    const pool = newPool();
    for (let i = 0; i < 1024; i++) expect(pool.put([dir(String(i))])).toBe(true);
    expect(pool.put([dir('one too many')])).toBe(false);
    expect(pool.take(1)).toEqual([dir('1023')]);
    expect(pool.put([dir('fits again')])).toBe(true);
    expect(pool.take(1)).toEqual([dir('fits again')]);
  });
});

describe('TaskPool.share', () => {
  it.each([
    [2, 1],
    [3, 1],
    [4, 2],
    [7, 3],
  ])('moves the older floor(n/2) tasks of a %i-task stack to the pool', (n, moved) => {
    const pool = newPool();
    const stack = Array.from({ length: n }, (_, i) => dir(`d${i}`));
    const original = [...stack];
    pool.share(stack);
    // The stack's top (its end) is the newest task: those stay.
    expect(stack).toEqual(original.slice(moved));
    expect(pool.take(1)).toEqual(original.slice(0, moved));
    expect(pool.take(1)).toBeUndefined();
  });

  it('moves nothing from a stack of one task or none', () => {
    const pool = newPool();
    const signal = pool.signal;
    const one = [files('only.yaml')];
    pool.share(one);
    expect(one).toEqual([files('only.yaml')]);
    const none: Task[] = [];
    pool.share(none);
    expect(none).toEqual([]);
    expect(pool.empty).toBe(true);
    expect(pool.signal).toBe(signal);
  });

  it('leaves the stack whole when not even its oldest task fits', () => {
    const pool = newPool(16);
    const stack = [dir('a-long-directory-name'), dir('b'), dir('c')];
    pool.share(stack);
    expect(stack).toEqual([dir('a-long-directory-name'), dir('b'), dir('c')]);
    expect(pool.empty).toBe(true);
  });

  it('gives fewer tasks when the older half does not fit', () => {
    const stack = Array.from({ length: 8 }, (_, i) => dir(`d${i}`));
    // Room for the two oldest tasks, not for four.
    const pool = newPool(Buffer.byteLength(JSON.stringify(stack.slice(0, 2))) + 1);
    const original = [...stack];
    pool.share(stack);
    expect(stack).toEqual(original.slice(2));
    expect(pool.take(1)).toEqual(original.slice(0, 2));
  });

  it('gives at most 64 tasks at once, however long the stack', () => {
    const pool = newPool();
    const stack = Array.from({ length: 1000 }, (_, i) => files(`f${i}.yaml`));
    pool.share(stack);
    expect(stack).toHaveLength(936);
    expect(pool.take(1)).toHaveLength(64);
  });

  it('bumps the signal when it gives tasks away', () => {
    const pool = newPool();
    const signal = pool.signal;
    pool.share([dir('a'), dir('b')]);
    expect(pool.signal).toBe(signal + 1);
  });
});

describe('TaskPool control words', () => {
  it('counts outstanding tasks and bumps the signal only when the count reaches zero', () => {
    const pool = newPool();
    const signal = pool.signal;
    expect(pool.outstanding).toBe(0);
    pool.count(3);
    expect(pool.outstanding).toBe(3);
    pool.count(0);
    pool.count(-1);
    pool.count(+2);
    expect(pool.outstanding).toBe(4);
    expect(pool.signal).toBe(signal);
    pool.count(-4);
    expect(pool.outstanding).toBe(0);
    expect(pool.signal).toBe(signal + 1);
    // count(0) at zero is not a new "walk over".
    pool.count(0);
    expect(pool.signal).toBe(signal + 1);
  });

  it('bumps the signal on each put', () => {
    const pool = newPool();
    const signal = pool.signal;
    pool.put([dir('a')]);
    pool.put([dir('b')]);
    expect(pool.signal).toBe(signal + 2);
    // Taking does not: nobody waits for the pool to shrink.
    pool.take(1);
    expect(pool.signal).toBe(signal + 2);
  });

  it('marks a thread joined only once it has taken tasks', () => {
    const pool = newPool();
    expect(pool.joined(1)).toBe(false);
    expect(pool.take(1)).toBeUndefined();
    expect(pool.joined(1)).toBe(false);
    pool.put([dir('a')]);
    expect(pool.joined(1)).toBe(false);
    pool.take(1);
    expect(pool.joined(1)).toBe(true);
    expect(pool.joined(2)).toBe(false);
    expect(pool.joined(3)).toBe(false);
  });

  it('abort sets aborted, for every view of the buffer, and bumps the signal', () => {
    const buffer = TaskPool.create();
    const pool = new TaskPool(buffer);
    const signal = pool.signal;
    expect(pool.aborted).toBe(false);
    pool.abort();
    expect(pool.aborted).toBe(true);
    expect(new TaskPool(buffer).aborted).toBe(true);
    expect(pool.signal).toBe(signal + 1);
  });

  it('waitSync returns at once when the signal has already moved, and waits out its timeout otherwise', () => {
    const pool = newPool();
    const seen = pool.signal;
    pool.put([dir('a')]);
    let start = performance.now();
    pool.waitSync(seen, 5000);
    expect(performance.now() - start).toBeLessThan(1000);
    start = performance.now();
    pool.waitSync(pool.signal, 50);
    expect(performance.now() - start).toBeGreaterThanOrEqual(40);
  });

  it('waitAsync wakes when tasks are put', async () => {
    const pool = newPool();
    const start = performance.now();
    const waiting = pool.waitAsync(pool.signal, 10_000);
    setTimeout(() => pool.put([dir('a')]), 20);
    await waiting;
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it('waitForRoom returns at once while the text in flight is within the limit, and when the walk is aborted', () => {
    const pool = newPool();
    pool.addInFlight(100);
    let start = performance.now();
    pool.waitForRoom(100);
    pool.addInFlight(-50);
    pool.waitForRoom(50);
    expect(performance.now() - start).toBeLessThan(1000);
    // Over the limit a worker waits until the main thread receives; an aborted walk lets it go.
    pool.addInFlight(1);
    pool.abort();
    start = performance.now();
    pool.waitForRoom(50);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
