// Issue 6, items 1 and 2: a repository full of hostile and broken inputs never crashes the scan,
// never loses a real violation next to them, and every skipped entry is named with its reason.

import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, ftruncateSync, openSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type * as Sarif from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXCLUDES } from '../../src/discover/discover.js';
import { decode } from '../../src/load/read.js';
import { encodeUri } from '../../src/report/sarif.js';
import { scan } from '../../src/scan.js';
import {
  type BadEntry,
  buildHostileTree,
  type HostileTree,
  IS_ROOT,
  type Planted,
} from '../support/hostile.js';
import { cleanEnv, DIST_CLI, type RunResult, removeWorkspaces, runNode } from '../support/run-dist.js';
import { validateSarif } from '../support/sarif-validate.js';

let tree: HostileTree;
let sarifRun: RunResult;
let textRun: RunResult;
let log: Sarif.Log;

beforeAll(() => {
  tree = buildHostileTree();
  sarifRun = runNode(DIST_CLI, ['--format', 'sarif', '.'], { cwd: tree.root });
  // The planted violations are auto-TLS ones; the SARIF run has every rule (robustness), the text
  // run these two (exact counts).
  textRun = runNode(
    DIST_CLI,
    ['--format', 'text', '--rule', 'etcd-auto-tls', '--rule', 'etcd-peer-auto-tls', '.'],
    {
      cwd: tree.root,
    },
  );
  // A crashed run prints no SARIF: keep going so the first test shows its status and stderr.
  log = sarifRun.stdout.startsWith('{')
    ? (JSON.parse(sarifRun.stdout) as Sarif.Log)
    : { version: '2.1.0', runs: [] };
}, 120_000);
afterAll(() => tree?.remove());
afterAll(removeWorkspaces);

const STACK_LINE = /^\s+at /m;

/** The rules of the planted violations (the TLS-posture rules also see etcd's defaults in these files). */
const PLANTED_RULES = new Set(['etcd-auto-tls', 'etcd-peer-auto-tls']);

function notifications(sarif: Sarif.Log): Sarif.Notification[] {
  return sarif.runs[0]?.invocations?.[0]?.toolExecutionNotifications ?? [];
}

/** A notification names a file by its location or, for discovery notices, in its message. */
function names(notification: Sarif.Notification, file: string): boolean {
  const uri = notification.locations?.[0]?.physicalLocation?.artifactLocation?.uri;
  return uri === encodeUri(file) || notification.message.text?.startsWith(`${file}: `) === true;
}

function resultsAt(sarif: Sarif.Log, planted: Planted): Sarif.Result[] {
  return (sarif.runs[0]?.results ?? []).filter((result) => {
    const location = result.locations?.[0]?.physicalLocation;
    return (
      result.ruleId === planted.rule &&
      location?.artifactLocation?.uri === encodeUri(planted.file) &&
      location.region?.startLine === planted.line &&
      location.region?.startColumn === planted.column
    );
  });
}

/** The region's text, read from the file as the scan decodes it (lines split like GitHub's). */
function regionText(root: string, uri: string, region: Sarif.Region): string {
  const text = decode(readFileSync(path.join(root, decodeURIComponent(uri)))) ?? '';
  const line = text.split(/\r\n|\r|\n/)[(region.startLine ?? 1) - 1] ?? '';
  return line.slice((region.startColumn ?? 1) - 1, (region.endColumn ?? 1) - 1);
}

const applicable = (entry: BadEntry) => !(entry.needsNonRoot && IS_ROOT);

describe('dist/cli.js on a hostile tree', () => {
  it('finishes with exit code 1 (findings), never 2, and prints no stack trace', () => {
    expect(sarifRun.status).toBe(1);
    expect(textRun.status).toBe(1);
    for (const run of [sarifRun, textRun]) {
      expect(run.stderr).not.toMatch(STACK_LINE);
      expect(run.stderr).toBe('');
      expect(run.stdout).not.toMatch(/Maximum call stack|RangeError|TypeError/);
    }
  });

  it('writes valid SARIF', () => {
    expect(validateSarif(log)).toEqual([]);
  });

  it('finds every planted violation at its exact line and column, and nothing else', () => {
    for (const planted of tree.planted) {
      expect(resultsAt(log, planted), `${planted.file}:${planted.line}:${planted.column}`).toHaveLength(1);
    }
    const reported = (log.runs[0]?.results ?? [])
      .filter((result) => PLANTED_RULES.has(result.ruleId ?? ''))
      .map((result) => {
        const location = result.locations?.[0]?.physicalLocation;
        return `${result.ruleId} ${location?.artifactLocation?.uri}:${location?.region?.startLine}:${location?.region?.startColumn}`;
      });
    const expected = tree.planted.map((p) => `${p.rule} ${encodeUri(p.file)}:${p.line}:${p.column}`);
    // No duplicate through the links to planted/pod.yaml, nothing from outside the tree.
    expect(reported.sort()).toEqual(expected.sort());
  });

  it('puts each region on the planted setting as written', () => {
    for (const planted of tree.planted) {
      const [result] = resultsAt(log, planted);
      const location = result?.locations?.[0]?.physicalLocation;
      const text = regionText(tree.root, location?.artifactLocation?.uri ?? '', location?.region ?? {});
      expect(text.startsWith(planted.marker), `${planted.file}: region text ${JSON.stringify(text)}`).toBe(
        true,
      );
    }
  });

  it('names every skipped or broken entry with its reason', () => {
    for (const entry of tree.bad.filter(applicable)) {
      const matching = notifications(log).filter((n) => names(n, entry.file));
      expect(matching.length, `${entry.file} has a notification`).toBeGreaterThan(0);
      expect(
        matching.some((n) => n.descriptor?.id === entry.id && entry.reason.test(n.message.text ?? '')),
        `${entry.file}: ${JSON.stringify(matching.map((n) => [n.descriptor?.id, n.message.text]))}`,
      ).toBe(true);
    }
  });

  it('says nothing about entries that are handled without loss', () => {
    for (const file of tree.quiet) {
      expect(notifications(log).filter((n) => names(n, file))).toEqual([]);
    }
  });

  it('never reports the file a link points to outside the tree', () => {
    expect(sarifRun.stdout).not.toContain('outside/secret.yaml');
    expect(sarifRun.stdout).not.toContain(tree.outside);
  });

  it('prints the same findings and notices in text, one line each', () => {
    const lines = textRun.stdout.split('\n');
    for (const planted of tree.planted) {
      expect(
        lines.filter((line) =>
          line.startsWith(`${planted.file}:${planted.line}:${planted.column}: error [${planted.rule}] `),
        ),
      ).toHaveLength(1);
    }
    for (const entry of tree.bad.filter(applicable)) {
      const notice = lines.find((line) => line.includes(entry.file) && line.includes(`[scan:${entry.id}]`));
      expect(notice, entry.file).toBeDefined();
      expect(notice).toMatch(entry.reason);
    }
    expect(lines.at(-2)).toMatch(
      new RegExp(
        `^${tree.planted.length} findings in ${new Set(tree.planted.map((p) => p.file)).size} files `,
      ),
    );
  });

  it.skipIf(!IS_ROOT)(
    'reports an unreadable file when run as an unprivileged user (root reads anything)',
    () => {
      // CI runs as root, where mode 000 does not stop a read: run the CLI as `nobody` instead.
      chmodSync(path.dirname(tree.root), 0o755);
      const run = spawnSync(process.execPath, [DIST_CLI, '--format', 'sarif', 'bad', 'planted/pod.yaml'], {
        cwd: tree.root,
        env: cleanEnv(),
        encoding: 'utf8',
        uid: 65534,
        gid: 65534,
        timeout: 60_000,
      });
      if (run.error && (run.error as NodeJS.ErrnoException).code === 'EPERM') return; // no setuid here
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      const sarif = JSON.parse(run.stdout) as Sarif.Log;
      expect(validateSarif(sarif)).toEqual([]);
      const unreadable = notifications(sarif).filter((n) => names(n, 'bad/unreadable.yaml'));
      expect(unreadable.map((n) => [n.descriptor?.id, n.message.text])).toEqual([
        ['unreadable-file', 'skipped: cannot read the file (EACCES)'],
      ]);
    },
  );
});

describe('paths given by name', () => {
  it('skips a scanned path that a link sends outside the tree, and a FIFO, with notices', () => {
    const run = runNode(
      DIST_CLI,
      ['--format', 'sarif', 'links/outside.yaml', 'links/outside-dir', 'bad/fifo.yaml', 'planted/pod.yaml'],
      { cwd: tree.root },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const sarif = JSON.parse(run.stdout) as Sarif.Log;
    expect(validateSarif(sarif)).toEqual([]);
    expect([
      ...new Set(
        sarif.runs[0]?.results?.map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri),
      ),
    ]).toEqual(['planted/pod.yaml']);
    const messages = notifications(sarif).map((n) => n.message.text);
    expect(messages).toEqual([
      'bad/fifo.yaml: skipped: not a regular file',
      'links/outside-dir: skipped: symbolic link points outside the scanned directory',
      'links/outside.yaml: skipped: symbolic link points outside the scanned directory',
    ]);
  });
});

describe('scan() on the hostile tree', () => {
  // In process, the alias bombs are left out: were their fix undone, they would hang this worker
  // (synchronous code cannot be timed out), while the CLI runs above fail on the spawn timeout.
  const BOMBS = ['planted/merge-bomb.yaml', 'planted/list-bomb.yaml', 'planted/laughs.yaml'];
  const exclude = [...DEFAULT_EXCLUDES, ...BOMBS.map((file) => `**/${path.basename(file)}`)];
  const notBomb = (p: Planted) => !BOMBS.includes(p.file);

  it('gives the same findings in process (no crash, no stack overflow in the test worker)', async () => {
    const result = await scan({ base: tree.root, exclude });
    const found = result.findings
      .filter((f) => PLANTED_RULES.has(f.ruleId))
      .map((f) => `${f.ruleId} ${f.file.relPath}:${f.span.startLine}:${f.span.startColumn}`);
    expect(found.sort()).toEqual(
      tree.planted
        .filter(notBomb)
        .map((p) => `${p.rule} ${p.file}:${p.line}:${p.column}`)
        .sort(),
    );
  });

  it('skips files over maxFileSize with a notice and still finds the rest', async () => {
    const limit = 100_000;
    const result = await scan({ base: tree.root, paths: ['planted'], exclude, maxFileSize: limit });
    const tooLarge = result.diagnostics.filter((d) => d.id === 'file-too-large').map((d) => d.file?.relPath);
    // The 200,000-character lines make these two files larger than the limit.
    expect(tooLarge).toEqual(['planted/etcd.service', 'planted/long-line.yaml']);
    for (const d of result.diagnostics.filter((d) => d.id === 'file-too-large'))
      expect(d.message).toMatch(new RegExp(`^skipped: \\d+ bytes is over the ${limit}-byte limit`));
    const expected = tree.planted.filter(notBomb).filter((p) => !tooLarge.includes(p.file));
    expect(
      result.findings
        .filter((f) => PLANTED_RULES.has(f.ruleId))
        .map((f) => `${f.file.relPath}:${f.span.startLine}:${f.span.startColumn}`)
        .sort(),
    ).toEqual(expected.map((p) => `${p.file}:${p.line}:${p.column}`).sort());
  });

  it('refuses a sparse 8 GiB file by its size without reading it into memory', async () => {
    // Reading it whole would need an 8 GiB buffer, which Node refuses ("unreadable"), or exhaust memory.
    const file = path.join(tree.root, 'huge.yaml');
    const fd = openSync(file, 'w');
    try {
      ftruncateSync(fd, 8 * 1024 ** 3);
    } finally {
      closeSync(fd);
    }
    try {
      const result = await scan({ base: tree.root, paths: ['huge.yaml'] });
      expect(result.diagnostics.map((d) => [d.id, d.file?.relPath])).toEqual([
        ['file-too-large', 'huge.yaml'],
      ]);
    } finally {
      rmSync(file);
    }
  });
});
