#!/usr/bin/env node
// Writes one folder per kind of hostile file, each holding a single file of about --mb MB (default
// 10, the default --max-file-size) that names etcd, so that the prefilter keeps it and the parser's
// bounds must hold: dense flow syntax, deep nesting, many documents, long strings, huge JSON.
// Usage: node bench/make-hostile.mjs --out DIR [--mb 10]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const args = Object.fromEntries(
  process.argv.slice(2).flatMap((a, i, all) => (a.startsWith('--') ? [[a.slice(2), all[i + 1]]] : [])),
);
if (!args.out) throw new Error('usage: make-hostile.mjs --out DIR [--mb 10]');
// A little under the size so that the file passes a --max-file-size of that many MB.
const size = Math.floor(Number(args.mb ?? 10) * 1024 * 1024) - 4096;

/** `unit` repeated to about `size` characters, after `head`, before `tail`. */
const fill = (head, unit, tail = '\n') =>
  head + unit.repeat(Math.floor((size - head.length - tail.length) / unit.length)) + tail;

function kubectlList(pretty) {
  const item = (i) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `etcd-${i}`, labels: { app: 'etcd' } },
    spec: {
      containers: [
        { name: 'etcd', image: 'quay.io/coreos/etcd:v3.5.9', command: ['etcd', '--auto-tls=false'] },
      ],
    },
  });
  const list = (n) =>
    JSON.stringify(
      { apiVersion: 'v1', kind: 'List', items: Array.from({ length: n }, (_, i) => item(i)) },
      null,
      pretty ? 2 : undefined,
    );
  let count = 1000;
  let text = list(count);
  while (text.length > size || size - text.length > size / 100) {
    count = Math.max(1, Math.floor((count * size) / text.length) - 1);
    text = list(count);
  }
  return text;
}

const KINDS = {
  'empty-flow-entries.yaml': () => fill('etcd: [', ',', ']\n'),
  'flow-openings.yaml': () => fill('etcd: ', '['),
  'flow-maps.yaml': () => fill('etcd: ', '{a: '),
  'block-map.yaml': () => fill('etcd:\n', '  key: value\n'),
  'block-seq.yaml': () => fill('etcd:\n', '- a\n'),
  'one-word-documents.yaml': () => fill('', '---\netcd\n'),
  'empty-documents.yaml': () => fill('etcd: 1\n', '---\n'),
  'dashes.yaml': () => fill('etcd: ', '-'),
  'prose.yaml': () => fill('', 'etcd runs with --auto-tls in the text of this line\n'),
  'double-quoted.yaml': () => fill('etcd: "', 'a:,[-', '"\n'),
  'double-quoted-escapes.yaml': () => fill('etcd: "', '\\t', '"\n'),
  'aliases.yaml': () => fill('a: &a [etcd]\n', 'b: &a [*a, *a]\n'),
  'kubectl-list.json': () => kubectlList(false),
  'kubectl-list-pretty.json': () => kubectlList(true),
  'configmap-value.json': () => fill('{"kind": "ConfigMap", "data": {"etcd.yaml": "', 'x', '"}}'),
};

for (const [name, make] of Object.entries(KINDS)) {
  const dir = path.join(args.out, name.replace(/\.\w+$/, ''));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), make());
}
console.log(
  `wrote ${Object.keys(KINDS).length} hostile files of about ${args.mb ?? 10} MB under ${args.out}`,
);
