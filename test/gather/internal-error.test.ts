// Issue 10, item 6: an error on the main thread while worker threads walk (a parser out of memory
// on a huge file, a bug) must stop the workers, or the process never exits and the job hangs until
// GitHub's timeout. A child process runs gather() with three threads and a parser that throws; it
// must report the error and exit on its own.

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const scratch = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'etg-internal-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('an error on the main thread during a parallel walk', () => {
  it('stops the worker threads, so the process exits with the error reported', async () => {
    const tree = path.join(scratch, 'tree');
    for (let d = 0; d < 200; d++) {
      mkdirSync(path.join(tree, `d${d}`), { recursive: true });
      writeFileSync(
        path.join(tree, `d${d}`, 'etcd.yaml'),
        'kind: Pod\nspec:\n  containers:\n  - command: [etcd, --auto-tls]\n',
      );
    }
    const entry = path.join(scratch, 'entry.ts');
    writeFileSync(
      entry,
      `import { gather } from ${JSON.stringify(path.join(ROOT, 'src/gather/gather.ts'))};
let kept = 0;
try {
  await gather({
    paths: ['.'], base: ${JSON.stringify(tree)}, patterns: ['**/*.yaml'], exclude: [],
    maxFileSize: 4096, prefilter: true, threads: 3,
    workerFile: ${JSON.stringify(path.join(ROOT, 'dist/gather-worker.js'))},
    onKept: () => { if (++kept === 20) throw new Error('parser broke'); },
  });
  console.log('no error');
} catch (error) {
  console.log('rejected: ' + error.message);
}
`,
    );
    const bundle = path.join(scratch, 'entry.mjs');
    await build({
      entryPoints: [entry],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'silent',
    });
    // Without the fix the workers keep the process alive: the timeout kills it (status null).
    const run = spawnSync(process.execPath, [bundle], { encoding: 'utf8', timeout: 20_000 });
    expect(run.stdout).toBe('rejected: parser broke\n');
    expect(run.status).toBe(0);
  });
});
