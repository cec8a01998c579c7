// Issue 6, item 5: the scan never touches the network and never executes anything it reads. The
// bundles run with a preload that makes every network and process-spawning API throw; scanned
// files full of command substitutions, backticks and template calls leave no trace.

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as Sarif from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cleanEnv,
  DIST_CLI,
  ROOT,
  removeWorkspaces,
  runAction,
  runNode,
  workspaceWith,
} from '../support/run-dist.js';
import { validateSarif } from '../support/sarif-validate.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'etg-isolation-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
afterAll(removeWorkspaces);

/** Makes every way out throw, for CommonJS and (after syncBuiltinESMExports) ES module importers. */
const PRELOAD = `
'use strict';
const deny = (what) => function denied() { throw new Error('etcd-tls-guard test: ' + what + ' attempted'); };
const net = require('node:net');
net.connect = net.createConnection = deny('net.connect');
net.Socket.prototype.connect = deny('socket connect');
const tls = require('node:tls');
tls.connect = deny('tls.connect');
for (const name of ['node:http', 'node:https']) {
  const mod = require(name);
  mod.request = mod.get = deny(name + ' request');
}
const dns = require('node:dns');
for (const key of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) {
  dns[key] = deny('dns.' + key);
  dns.promises[key] = deny('dns.promises.' + key);
}
globalThis.fetch = deny('fetch');
const cp = require('node:child_process');
for (const key of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) cp[key] = deny('child_process.' + key);
require('node:module').syncBuiltinESMExports();
`;
const preload = path.join(scratch, 'deny-network-and-exec.cjs');
writeFileSync(preload, PRELOAD);
const DENY = cleanEnv({ NODE_OPTIONS: `--require ${preload}` });

describe('no network', () => {
  it('the preload really blocks DNS, sockets, HTTP, fetch and processes (control)', () => {
    const probes = [
      "require('node:dns').lookup('localhost', () => {})",
      "require('node:net').connect(1, '127.0.0.1')",
      "require('node:https').get('https://example.com')",
      "fetch('https://example.com')",
      "require('node:child_process').execSync('true')",
      "import('node:dns').then(({ lookup }) => lookup('localhost', () => {})).catch((e) => { console.error(e.message); process.exit(3); })",
    ];
    for (const probe of probes) {
      const run = runNode('-e', [probe], { cwd: scratch, env: DENY });
      expect(run.status, probe).not.toBe(0);
      expect(run.stderr, probe).toContain('etcd-tls-guard test:');
    }
  });

  it('dist/cli.js scans every fixture with all of them blocked', () => {
    const run = runNode(DIST_CLI, ['--format', 'sarif', 'fixtures'], { cwd: ROOT, env: DENY });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout) as Sarif.Log;
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0]?.results?.length).toBeGreaterThan(50);
  });

  it('dist/index.js (the Action, no upload, no only-changed) runs with all of them blocked', () => {
    const workspace = workspaceWith('pod-spec', 'kubeadm');
    const run = runAction(
      workspace,
      { path: '.', upload: 'never', 'only-changed': 'false' },
      {
        NODE_OPTIONS: `--require ${preload}`,
      },
    );
    expect(run.stderr).not.toContain('etcd-tls-guard test:');
    expect(run.stdout).not.toContain('etcd-tls-guard test:');
    expect(run.outputs.findings).toMatch(/^[1-9]\d*$/);
    expect(existsSync(path.join(workspace, 'etcd-tls-guard.sarif'))).toBe(true);
  });
});

describe('nothing from a scanned file is executed', () => {
  it('leaves no trace of command substitutions, backticks, template calls or unit commands', () => {
    const repo = path.join(scratch, 'repo');
    const marker = (n: number) => path.join(scratch, `pwned-${n}`);
    const touch = (n: number) => `touch ${marker(n)}`;
    const files: Record<string, string> = {
      'pod.yaml': [
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: p}',
        'spec:',
        '  containers:',
        '  - name: etcd',
        `    command: ["sh", "-c", "etcd --auto-tls --name=$(${touch(1)}) \`${touch(2)}\`; ${touch(3)}"]`,
        `    args: ["--name=$(${touch(4)})"]`,
        '    env:',
        '    - name: ETCD_NAME',
        `      value: "$(${touch(5)})"`,
        '',
      ].join('\n'),
      'chart/templates/etcd.yaml': [
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        `  name: {{ exec "${touch(6)}" }}`,
        `  labels: {a: '{{ include "x" (exec "sh" "-c" "${touch(7)}") }}'}`,
        'spec:',
        '  containers:',
        '  - name: etcd',
        '    command: [etcd, --auto-tls]',
        '',
      ].join('\n'),
      'etcd.service': [
        '[Service]',
        `ExecStartPre=/bin/sh -c '${touch(8)}'`,
        `ExecStart=/bin/sh -c 'etcd --peer-auto-tls $(${touch(9)})'`,
        `Environment="ETCD_NAME=\`${touch(10)}\`"`,
        '',
      ].join('\n'),
      'etcd.env': [`ETCD_NAME=$(${touch(11)})`, `ETCD_AUTO_TLS=\`${touch(12)}\``, ''].join('\n'),
      'compose.yml': [
        'services:',
        '  etcd:',
        '    image: quay.io/coreos/etcd',
        `    command: "etcd --auto-tls --name=\${X:-$(${touch(13)})}"`,
        `    entrypoint: ["/bin/sh", "-c", "${touch(14)}; etcd"]`,
        '',
      ].join('\n'),
      'kustomization.yaml': [
        'resources: [pod.yaml]',
        'patches:',
        '- target: {kind: Pod}',
        '  patch: |',
        '    - op: add',
        '      path: /spec/containers/0/command/-',
        `      value: "$(${touch(15)})"`,
        '',
      ].join('\n'),
    };
    for (const [relPath, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(repo, relPath)), { recursive: true });
      writeFileSync(path.join(repo, relPath), text);
    }
    for (const format of ['text', 'sarif', 'json', 'github']) {
      const run = runNode(DIST_CLI, ['--format', format, '.'], { cwd: repo, env: DENY });
      expect(run.stderr, format).toBe('');
      expect(run.status, format).toBe(1);
    }
    for (let n = 1; n <= 15; n++) expect(existsSync(marker(n)), marker(n)).toBe(false);
  });
});
