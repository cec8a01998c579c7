import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXCLUDES, DEFAULT_PATTERNS, discoverFiles } from '../../src/discover/discover.js';
import { scan } from '../../src/scan.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'etg-patterns-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(relPath: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, relPath)), { recursive: true });
  writeFileSync(path.join(root, relPath), text);
}

const SCRIPT = '#!/bin/sh\nexec etcd --auto-tls\n';
const FOUND = [
  'install.sh',
  'hack/up.bash',
  'bin/start-etcd',
  'roles/x/files/run-etcd',
  'Dockerfile',
  'images/Containerfile',
  'Dockerfile.ubi',
  'build/etcd.Dockerfile',
  'roles/etcd/templates/etcd.service.j2',
  'roles/etcd/templates/etcd.env.jinja2',
  'salt/etcd.sh.jinja',
  'chart/templates/_helpers.tpl',
  'kubeadm.yaml.tmpl',
  'helmfile.yaml.gotmpl',
  'helmfile.yaml',
  'cookbooks/etcd/templates/etcd.conf.erb',
];
const NOT_FOUND = ['README.md', 'main.go', 'bin/tool.py', 'notes.txt'];

describe('the built-in file list', () => {
  for (const name of [...FOUND, ...NOT_FOUND]) write(name, SCRIPT);

  it('takes scripts, extension-less files, Dockerfiles and templates, and not other files', () => {
    const found = discoverFiles({
      paths: ['.'],
      base: root,
      patterns: DEFAULT_PATTERNS,
      exclude: DEFAULT_EXCLUDES,
    });
    expect(found.files.map((file) => file.relPath).sort()).toEqual([...FOUND].sort());
  });

  it('reads an extension-less file only when it starts with a shell #! line', async () => {
    write('tools/etcd-bin', `\u007fELF${'\u0000'.repeat(100_000)}`);
    write('tools/run', 'exec etcd --auto-tls\n');
    write('tools/run.py', '#!/usr/bin/env python3\nexec etcd --auto-tls\n');
    const result = await scan({ base: root, paths: ['tools', 'bin'] });
    expect(result.findings.map((f) => [f.file.relPath, f.span.startLine, f.span.startColumn])).toEqual([
      ['bin/start-etcd', 2, 11],
    ]);
    // A binary without a #! line is skipped silently: no "looks binary" notice for every program in bin/.
    expect(result.diagnostics).toEqual([]);
    expect(result.filesScanned).toBe(3);
  });
});
