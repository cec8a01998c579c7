// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) into self-contained ESM files, and
// the worker thread both start to walk and read in parallel (dist/gather-worker.js, see src/gather/).
// esbuild was chosen over Rollup after measuring both on this code base (see ARCHITECTURE.md).

import { chmodSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'linked',
  logLevel: 'warning',
  define: { __VERSION__: JSON.stringify(version) },
  // Some bundled CommonJS dependencies call require() for Node built-ins; give ESM output a require.
  banner: {
    js: "import { createRequire as __etgCreateRequire } from 'node:module'; const require = __etgCreateRequire(import.meta.url);",
  },
};

await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  banner: { js: `#!/usr/bin/env node\n${common.banner.js}` },
});
// The CLI is run directly (`bin` in package.json, `./dist/cli.js`): git records it as 755, and a
// fresh file would be 644, which makes `git status` show dist/ as changed and CI call it stale.
chmodSync(new URL('./dist/cli.js', import.meta.url), 0o755);
await build({ ...common, entryPoints: ['src/gather/worker.ts'], outfile: 'dist/gather-worker.js' });
