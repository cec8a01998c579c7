// A full garbage collection after every COLLECT_EVERY bytes of file text held on a thread (read on
// a worker, parsed on the main thread). V8
// sizes its heap by how fast garbage is made, not by how much is alive: reading 1,000 JSON files of
// 1 MB (each kept a moment, then dropped) peaked at 400-800 MB with about 60 MB alive, on Node 20
// and 24 alike. Collecting every 64 MB of such input holds the peak near what is alive, for a few
// milliseconds per collection. `gc` comes from V8's own flag, set at run time; if the runtime
// refuses it, nothing is collected early and the scan goes on as before.

import v8 from 'node:v8';
import vm from 'node:vm';
import { isMainThread } from 'node:worker_threads';

/**
 * Bytes of file text between two collections: 8 MB on the main thread, whose heap holds the parsed
 * documents (a full collection there costs tens of milliseconds), 2 MB on a worker, whose heap
 * holds little but the texts it reads (a collection costs about a millisecond).
 */
const COLLECT_EVERY = (isMainThread ? 8 : 2) * 1024 * 1024;

let sinceCollection = 0;
let collect: (() => void) | null | undefined;

/** Records `bytes` of file text held a moment; collects garbage when enough has been since the last time. */
export function noteHeld(bytes: number): void {
  sinceCollection += bytes;
  if (sinceCollection < COLLECT_EVERY) return;
  sinceCollection = 0;
  if (collect === undefined) collect = collector();
  collect?.();
}

function collector(): (() => void) | null {
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}
