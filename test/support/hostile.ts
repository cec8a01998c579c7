// Builds a repository full of hostile and broken inputs in a temporary directory, at test time:
// FIFOs, sockets, symbolic links, unreadable, sparse and non-UTF-8 files are never committed. Real
// violations are planted next to them; each one's expected position is computed from the text as
// an editor (and GitHub) shows it, so a decoding or line-counting bug moves it and fails the test.

import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RuleId } from '../../src/model.js';

/** A real violation: the finding must be reported at exactly this place. */
export interface Planted {
  /** Path relative to the tree's root, as reported. */
  file: string;
  rule: RuleId;
  line: number;
  column: number;
  /** The text the region starts with (the flag, key or variable as written). */
  marker: string;
}

/** A hostile entry that must be named by a scan notification giving this reason. */
export interface BadEntry {
  file: string;
  id: string;
  reason: RegExp;
  /** Only observable by a user without root's bypass of file permissions. */
  needsNonRoot?: boolean;
}

export interface HostileTree {
  /** The repository to scan (the report base). */
  root: string;
  /** A sibling directory that links point into; nothing in it may be reported. */
  outside: string;
  planted: Planted[];
  bad: BadEntry[];
  /** Hostile entries that are handled without any notification (nothing is wrong with them). */
  quiet: string[];
  remove(): void;
}

/** Size of the file that exceeds the default 10 MiB cap (written sparse: no disk, no memory). */
export const TOO_BIG = 10 * 1024 * 1024 + 1;
export const DEEP = 20_000;
export const LONG_LINE = 200_000;

const pod = (name: string, command: readonly string[], eol = '\n') =>
  [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  containers:',
    '  - name: etcd',
    ...command,
    '',
  ].join(eol);

/** 1-based line and UTF-16 column of `marker` in `text`, counting CRLF, CR and LF as line breaks. */
export function positionOf(text: string, marker: string, from = 0): { line: number; column: number } {
  const at = text.indexOf(marker, from);
  if (at < 0) throw new Error(`marker ${marker} not in text`);
  const before = text.slice(0, at);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

interface PlantSpec {
  file: string;
  /** The text as an editor shows it. */
  text: string;
  /** How it is written to disk (default UTF-8). */
  bytes?: (text: string) => Buffer;
  marker: string;
  rule: RuleId;
}

function plantedFiles(outsideDir: string): PlantSpec[] {
  const merge = ['# merge-key bomb: every lookup in metadata meets 10^16 merge paths unless memoised', 'x:'];
  merge.push('  m0: &m0 {x: 1}');
  for (let i = 1; i <= 16; i++)
    merge.push(
      `  m${i}: &m${i} {<<: [${Array(10)
        .fill(`*m${i - 1}`)
        .join(', ')}]}`,
    );
  const list = ['apiVersion: v1', 'kind: List', 'items:'];
  list.push(
    '- &l0 {apiVersion: v1, kind: Pod, metadata: {name: l0}, spec: {containers: [{name: etcd, command: [etcd, --auto-tls]}]}}',
  );
  for (let i = 1; i <= 8; i++)
    list.push(
      `- &l${i} {kind: List, items: [${Array(10)
        .fill(`*l${i - 1}`)
        .join(', ')}]}`,
    );
  const laughs = ['lol:', '  a0: &a0 [lol, lol]'];
  for (let i = 1; i <= 30; i++)
    laughs.push(
      `  a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return [
    {
      file: 'planted/pod.yaml',
      text: pod('plain', ['    command:', '    - etcd', '    - --auto-tls=true']),
      marker: '--auto-tls=true',
      rule: 'etcd-auto-tls',
    },
    {
      file: 'planted/crlf.yaml',
      text: pod('crlf', ['    command: [etcd, --peer-auto-tls]'], '\r\n'),
      marker: '--peer-auto-tls',
      rule: 'etcd-peer-auto-tls',
    },
    {
      file: 'planted/lone-cr.yaml',
      text: pod('lone-cr', ['    command:', '    - etcd', '    - --auto-tls'], '\r'),
      marker: '--auto-tls',
      rule: 'etcd-auto-tls',
    },
    {
      file: 'planted/bom.yaml',
      text: `\uFEFF${pod('bom', ['    command: [etcd, --auto-tls]'])}`,
      marker: '--auto-tls',
      rule: 'etcd-auto-tls',
    },
    {
      file: 'planted/utf16le.yaml',
      text: pod('utf16', ['    command: [etcd, "--peer-auto-tls=1"]']),
      bytes: (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      marker: '"--peer-auto-tls=1"',
      rule: 'etcd-peer-auto-tls',
    },
    {
      // Latin-1 bytes are not UTF-8: each `é` decodes to one U+FFFD, one UTF-16 unit, like `é`.
      file: 'planted/latin1.yaml',
      text: pod('latin1', [
        '    # café, été: written by an editor set to Latin-1',
        '    command: ["etcd", "--name=café", "--auto-tls"] # déjà vu',
      ]),
      bytes: (text) => Buffer.from(text, 'latin1'),
      marker: '"--auto-tls"',
      rule: 'etcd-auto-tls',
    },
    {
      file: 'planted/long-line.yaml',
      text: pod('long', [`    command: ["etcd", "--name=${'x'.repeat(LONG_LINE)}", "--auto-tls"]`]),
      marker: '"--auto-tls"',
      rule: 'etcd-auto-tls',
    },
    {
      // etcd's and the kubelet's YAML decoders keep the last of duplicate keys.
      file: 'planted/duplicate-keys.yaml',
      text: pod('dup', ['    command: [etcd, --auto-tls=false]', '    command: [etcd, --peer-auto-tls]']),
      marker: '--peer-auto-tls',
      rule: 'etcd-peer-auto-tls',
    },
    {
      // Tabs are legal as separators inside a flow sequence and before a comment.
      file: 'planted/tabs.yaml',
      text: pod('tabs', ['    command: [etcd,\t"--auto-tls"]\t# tab']),
      marker: '"--auto-tls"',
      rule: 'etcd-auto-tls',
    },
    {
      file: 'planted/etcd.service',
      text: [
        '[Unit]',
        `Description=${'d'.repeat(LONG_LINE)}`,
        '',
        '[Service]',
        'ExecStart=/usr/bin/etcd --name m1 \\',
        '  --peer-auto-tls',
        '',
      ].join('\n'),
      marker: '--peer-auto-tls',
      rule: 'etcd-peer-auto-tls',
    },
    {
      file: 'planted/cr/etcd.env',
      text: 'ETCD_NAME=cr\rETCD_DATA_DIR=/var/lib/etcd\rETCD_AUTO_TLS=true\r',
      marker: 'ETCD_AUTO_TLS',
      rule: 'etcd-auto-tls',
    },
    {
      file: 'planted/kubeadm.json',
      text: '{"apiVersion": "kubeadm.k8s.io/v1beta3", "kind": "ClusterConfiguration",\n "etcd": {"local": {"extraArgs": {"peer-auto-tls": "true"}}}}\n',
      marker: '"peer-auto-tls"',
      rule: 'etcd-peer-auto-tls',
    },
    {
      file: 'planted/merge-bomb.yaml',
      text: `${merge.join('\n')}\n${pod('merge', ['    command: [etcd, --auto-tls]']).replace('metadata:\n  name: merge', 'metadata: *m16')}`,
      marker: '--auto-tls',
      rule: 'etcd-auto-tls',
    },
    {
      file: 'planted/list-bomb.yaml',
      text: `${list.join('\n')}\n`,
      marker: '--auto-tls',
      rule: 'etcd-auto-tls',
    },
    {
      // Billion laughs: never expanded, so nothing to bound; the setting next to it is found.
      file: 'planted/laughs.yaml',
      text: `${laughs.join('\n')}\n${pod('laughs', ['    command: [etcd, --auto-tls]', '    args: *a30', '    env: *a30'])}`,
      marker: '--auto-tls',
      rule: 'etcd-auto-tls',
    },
    {
      // A directory with a manifest name is walked, never opened as a file.
      file: 'planted/dir.yaml/inner.yaml',
      text: pod('in-dir', ['    command: [etcd, --auto-tls]']),
      marker: '--auto-tls',
      rule: 'etcd-auto-tls',
    },
    {
      // Named like a manifest and holding one, with the real path outside the tree: must not appear.
      file: path.join(outsideDir, 'secret.yaml'),
      text: pod('outside', ['    command: [etcd, --auto-tls]']),
      marker: '--auto-tls',
      rule: 'etcd-auto-tls',
    },
  ];
}

const deepFiles: Record<string, string> = {
  // Each holds the prefilter's token so that it is parsed, not skipped unread.
  'bad/deep-flow.yaml': `# --auto-tls\n${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n`,
  'bad/deep-block.yaml': `# --auto-tls\n${'- '.repeat(DEEP)}x\n`,
  'bad/deep-map.yaml': `# --auto-tls\n${'{a: '.repeat(DEEP)}b${'}'.repeat(DEEP)}\n`,
};

const brokenFiles: Record<string, string | Buffer> = {
  'bad/malformed.yaml': pod('broken', ['    command: [etcd, --auto-tls', '  bad: : ]]']),
  'bad/malformed.json': '{"kind": "Pod", "spec": {"containers": [{"command": ["etcd", "--auto-tls"]}]\n',
  'bad/tab-indent.yaml': 'kind: Pod\nspec:\n\tcontainers:\n\t- command: [etcd, --auto-tls]\n',
  'bad/binary.yaml': Buffer.concat([
    Buffer.from('kind: Pod\ncommand: [etcd, --auto-tls]\n'),
    Buffer.from([0, 1, 2, 0xff, 0, 0x89, 0x50, 0x4e, 0x47]),
  ]),
  'bad/empty.yaml': '',
  'bad/comments.yaml': '# etcd --auto-tls=true\n# --peer-auto-tls\n\n   # only comments\n',
  ...deepFiles,
};

/** Creates the tree in a fresh temporary directory. */
export function buildHostileTree(): HostileTree {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'etg-hostile-'));
  const root = path.join(scratch, 'repo');
  const outside = path.join(scratch, 'outside');
  const write = (file: string, data: string | Buffer) => {
    const target = path.isAbsolute(file) ? file : path.join(root, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, data);
  };
  mkdirSync(root);
  mkdirSync(outside);

  const planted: Planted[] = [];
  for (const spec of plantedFiles(outside)) {
    write(spec.file, spec.bytes ? spec.bytes(spec.text) : spec.text);
    if (path.isAbsolute(spec.file)) continue;
    planted.push({
      file: spec.file,
      rule: spec.rule,
      marker: spec.marker,
      ...positionOf(spec.text, spec.marker),
    });
  }
  for (const [file, data] of Object.entries(brokenFiles)) write(file, data);

  const bad: BadEntry[] = [
    { file: 'bad/malformed.yaml', id: 'parse-error', reason: /not valid YAML\/JSON/ },
    { file: 'bad/malformed.json', id: 'parse-error', reason: /not valid YAML\/JSON/ },
    { file: 'bad/tab-indent.yaml', id: 'parse-error', reason: /not valid YAML\/JSON.*[Tt]ab/ },
    { file: 'bad/binary.yaml', id: 'binary-file', reason: /looks binary/ },
    ...Object.keys(deepFiles).map((file) => ({
      file,
      id: 'too-deeply-nested',
      reason: /more than \d+ levels deep/,
    })),
  ];

  // Over the size cap, written sparse: a scan that read it whole first would allocate 10 MiB.
  const big = openSync(path.join(root, 'bad/too-big.yaml'), 'w');
  ftruncateSync(big, TOO_BIG);
  closeSync(big);
  bad.push({ file: 'bad/too-big.yaml', id: 'file-too-large', reason: /over the \d+-byte limit/ });

  const fifo = spawnSync('mkfifo', [path.join(root, 'bad/fifo.yaml')]);
  if (fifo.status !== 0) throw new Error(`mkfifo failed: ${fifo.stderr}`);
  bad.push({ file: 'bad/fifo.yaml', id: 'skipped-entry', reason: /not a regular file/ });
  // A process that exits while listening leaves its socket file behind (closing it would unlink it).
  const socket = spawnSync(process.execPath, [
    '-e',
    "require('node:net').createServer().listen(process.argv[1], () => process.exit(0))",
    path.join(root, 'bad/socket.yaml'),
  ]);
  if (socket.status !== 0) throw new Error(`socket failed: ${socket.stderr}`);
  bad.push({ file: 'bad/socket.yaml', id: 'skipped-entry', reason: /not a regular file/ });

  // No violation in it: root reads it anyway, and the planted list must hold for every user.
  write('bad/unreadable.yaml', '# etcd --auto-tls, in a comment\nkind: ConfigMap\n');
  chmodSync(path.join(root, 'bad/unreadable.yaml'), 0o000);
  bad.push({
    file: 'bad/unreadable.yaml',
    id: 'unreadable-file',
    reason: /cannot read the file \(EACCES\)/,
    needsNonRoot: true,
  });

  // A Latin-1 file name: Node reads it back with U+FFFD and cannot open it by that name.
  writeFileSync(
    Buffer.concat([Buffer.from(path.join(root, 'bad/caf')), Buffer.from([0xe9]), Buffer.from('.yaml')]),
    pod('latin1-name', ['    command: [etcd, --auto-tls]']),
  );
  bad.push({ file: 'bad/caf\uFFFD.yaml', id: 'skipped-entry', reason: /not valid UTF-8/ });

  mkdirSync(path.join(root, 'links'));
  const link = (name: string, target: string) => symlinkSync(target, path.join(root, 'links', name));
  link('inside.yaml', '../planted/pod.yaml');
  link('chain.yaml', 'inside.yaml');
  link('outside.yaml', path.join(outside, 'secret.yaml'));
  link('outside-dir', outside);
  link('outside-dir.yaml', outside);
  link('loop', '..');
  link('loop.yaml', '.');
  link('self.yaml', 'self.yaml');
  link('dangling.yaml', 'does-not-exist.yaml');
  bad.push(
    { file: 'links/outside.yaml', id: 'skipped-entry', reason: /symbolic link points outside/ },
    { file: 'links/outside-dir.yaml', id: 'skipped-entry', reason: /symbolic link points outside/ },
    // Extension-less names are in the built-in list (scripts found by their #! line).
    { file: 'links/outside-dir', id: 'skipped-entry', reason: /symbolic link points outside/ },
    { file: 'links/self.yaml', id: 'skipped-entry', reason: /broken symbolic link/ },
    { file: 'links/dangling.yaml', id: 'skipped-entry', reason: /broken symbolic link/ },
  );

  return {
    root,
    outside,
    planted,
    bad,
    quiet: [
      'bad/empty.yaml',
      'bad/comments.yaml',
      'links/inside.yaml',
      'links/chain.yaml',
      'links/loop',
      'links/loop.yaml',
    ],
    remove() {
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** Whether file permissions bind this process (root reads a mode-000 file). */
export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;
