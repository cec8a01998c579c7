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
const fill = (head, unit, tail = '\n', total = size) =>
  head + unit.repeat(Math.floor((total - head.length - tail.length) / unit.length)) + tail;
/** Scripts, units and env files over 512 KB are not read: these fill up to just under that. */
const textSize = Math.min(size, 512 * 1024 - 4096);

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
  // Scripts, units and templates: the shell reader, here-documents, variable flow, text templates.
  'script-flags.sh': () => fill('#!/bin/sh\netcd', ' --name="a"', ' --auto-tls\n'),
  'script-heredocs.sh': () =>
    fill('#!/bin/sh\n', 'cat > /etc/etcd/etcd.conf <<EOF\nETCD_AUTO_TLS=true\nEOF\n'),
  'script-exports.sh': () => fill('#!/bin/bash\n', 'export ETCD_NAME="$ETCD_NAME-x"\n', 'etcd --auto-tls\n'),
  'script-substitutions.sh': () => fill('#!/bin/sh\netcd --auto-tls ', '$(', '\n'),
  'script-conditions.sh': () => fill('#!/bin/sh\n', 'if [ -n "$X" ]; then\n', 'etcd --auto-tls\n'),
  'unit-continuations.service': () => fill('[Service]\nExecStart=/usr/bin/etcd', ' \\\n  --name=a', '\n'),
  'template-actions.yaml.j2': () => fill('etcd:\n', '{% if x %}{{ y }}{% endif %}\n'),
  // Openings without their end: each must not search the rest of the text again.
  'template-comments.yaml.j2': () => fill('etcd:\n', '{#'),
  // A search per here-document, or a copy of every variable per pipeline element, was quadratic.
  'script-heredoc-substitutions.sh': () =>
    fill('#!/bin/sh\n', 'cat > /etc/etcd/etcd.conf <<E\n$(\nE\n', '\n', textSize),
  'script-pipelines.sh': () =>
    `#!/bin/sh\n${Array.from({ length: 25_000 }, (_, i) => `v${i}=1\n`).join('')}${fill('', 'a | b\n', 'etcd --auto-tls\n', textSize / 2)}`,
  'unit-variables.service': () => fill('[Service]\nExecStart=/usr/bin/etcd --name ', '${', '\n', textSize),
  'dockerfile-env/Dockerfile': () =>
    fill('FROM quay.io/coreos/etcd\n', 'ENV ETCD_NAME=a\n', 'CMD ["etcd", "--auto-tls"]\n'),
  'pod-script.yaml': () =>
    fill(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: etcd}\nspec:\n  containers:\n  - name: etcd\n    command: [sh, -c]\n    args:\n    - |\n',
      '      cat > /etc/etcd.env <<EOF\n      ETCD_AUTO_TLS=true\n      EOF\n',
      '      etcd --auto-tls\n',
    ),
  'extensionless-script': () => fill('#!/bin/sh\n', 'etcd --name=a &\n'),
};

for (const [name, make] of Object.entries(KINDS)) {
  const [folder, file = name] = name.includes('/') ? name.split('/') : [name.replace(/\..*$/, ''), name];
  const dir = path.join(args.out, folder);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, file), make());
}
console.log(
  `wrote ${Object.keys(KINDS).length} hostile files of about ${args.mb ?? 10} MB under ${args.out}`,
);
