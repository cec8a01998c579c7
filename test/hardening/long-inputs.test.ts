// Issue 6, items 1 and 5: inputs built to make a super-linear step blow up (long lines, many
// repetitions of a near-match, alias and cross-reference amplification) finish in linear time with
// the right result. At the sizes used, each quadratic step these tests caught took 40 seconds to
// several minutes, or ran out of memory; a linear scan takes well under a second.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_FORM_BYTES } from '../../src/load/bounds.js';
import { scan } from '../../src/scan.js';

const N = 50_000;
/** Far above a linear scan of these inputs, far below what any quadratic step took. */
const BUDGET_MS = 5_000;

const scratch = mkdtempSync(path.join(os.tmpdir(), 'etg-long-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const pod = (command: string, name = 'x') =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  containers:\n  - name: etcd\n    command: ${command}\n`;
const shPod = (script: string) => pod(JSON.stringify(['sh', '-c', script]));
const compose = (command: string) =>
  `services:\n  etcd:\n    image: quay.io/coreos/etcd\n    command: ${JSON.stringify(command)}\n`;
const repeat = (text: string, times = N) => text.repeat(times);
/**
 * Scripts, units and Dockerfiles are read up to MAX_TEXT_FORM_BYTES (bounds.ts); beyond it they
 * are refused with a warning. `fill` repeats `text` as often as that bound allows, `shares` of it
 * (tens of thousands of times for these units: a quadratic step still shows).
 */
const fill = (text: string, shares = 1) =>
  text.repeat(Math.floor((MAX_TEXT_FORM_BYTES - 8192) / text.length / shares));

interface Case {
  name: string;
  files: Record<string, string>;
  findings: number;
}

const CASES: Case[] = [
  // Shell scripts (`sh -c`): the word splitter, and one span per word (the offset map of the
  // script was rebuilt for every word: quadratic, over a minute for this script).
  {
    name: 'sh -c with as many quoted flags as the bound holds',
    files: { 'p.yaml': shPod(`etcd${fill(' --name="a"', 1.3)} --auto-tls`) },
    findings: 1,
  },
  {
    name: 'sh -c with 50,000 closed $(x)',
    files: { 'p.yaml': shPod(`etcd --auto-tls ${repeat('$(x)')}`) },
    findings: 1,
  },
  {
    name: 'sh -c with 50,000 assignments',
    files: { 'p.yaml': shPod(`${repeat('A=b ')}etcd --auto-tls`) },
    findings: 1,
  },
  {
    name: 'sh -c with 50,000 commands',
    files: { 'p.yaml': shPod(`etcd --auto-tls${repeat('; etcd')}`) },
    findings: 1,
  },
  {
    name: 'sh -c with 50,000 heredoc operators',
    files: { 'p.yaml': shPod(`etcd --auto-tls ${repeat('<<EOF ')}`) },
    findings: 1,
  },
  {
    name: 'sh -c with 50,000 backslashes',
    files: { 'p.yaml': shPod(`etcd --auto-tls ${repeat('\\')}`) },
    findings: 1,
  },
  { name: 'sh -c with 50,000 (', files: { 'p.yaml': shPod(`${repeat('(')} etcd --auto-tls`) }, findings: 1 },
  // Unclosed quoting or substitution: the script does not parse, so nothing is reported from it.
  {
    name: 'sh -c with 50,000 unclosed $(',
    files: { 'p.yaml': shPod(`${repeat('$(')} etcd --auto-tls`) },
    findings: 0,
  },
  {
    name: 'sh -c with 50,000 unclosed ${',
    files: { 'p.yaml': shPod(`${repeat('${')} etcd --auto-tls`) },
    findings: 0,
  },
  {
    name: 'sh -c with 50,000 backticks',
    files: { 'p.yaml': shPod(`${repeat('`')} etcd --auto-tls`) },
    findings: 0,
  },
  {
    name: 'sh -c with an unclosed quote',
    files: { 'p.yaml': shPod(`etcd --auto-tls "${repeat('a')}`) },
    findings: 1,
  },
  // Container argv: the kubelet's $(VAR) expansion over many and long items.
  {
    name: 'argv of 50,000 $(VAR) items',
    files: { 'p.yaml': pod(JSON.stringify(['etcd', ...Array(N).fill('--name=$(X)'), '--auto-tls'])) },
    findings: 1,
  },
  {
    name: 'an argv item of 50,000 unclosed $(',
    files: { 'p.yaml': pod(JSON.stringify(['etcd', `--name=${repeat('$(')}`, '--auto-tls'])) },
    findings: 1,
  },
  {
    name: 'a flow sequence of 50,000 items',
    files: { 'p.yaml': pod(`[etcd, ${repeat('"--name=a", ')}--auto-tls]`) },
    findings: 1,
  },
  // systemd units.
  {
    name: 'ExecStart= with as many quoted words as the bound holds',
    files: { 'a.service': `[Service]\nExecStart=/usr/bin/etcd ${fill('--name="a" ')}--auto-tls\n` },
    findings: 1,
  },
  {
    // Joining continuation lines re-sliced the growing line: 40 seconds for this unit.
    name: 'ExecStart= continued over as many lines as the bound holds',
    files: {
      'a.service': `[Service]\nExecStart=/usr/bin/etcd \\\n${fill('  --name=x \\\n')}  --auto-tls\n`,
    },
    findings: 1,
  },
  {
    name: 'ExecStart= with 50,000 % specifiers and \\x escapes',
    files: { 'a.service': `[Service]\nExecStart=/usr/bin/etcd --auto-tls ${repeat('%')} ${repeat('\\x')}\n` },
    findings: 1,
  },
  {
    name: 'sh -c in ExecStart= with 50,000 unclosed $(',
    files: { 'a.service': `[Service]\nExecStart=/bin/sh -c 'etcd --auto-tls ${repeat('$(')}'\n` },
    findings: 1,
  },
  {
    name: 'as many comment lines before ExecStart= as the bound holds',
    files: {
      'a.service': `[Service]\n${fill(`# ${'c'.repeat(20)}\n`)}ExecStart=/usr/bin/etcd --auto-tls\n`,
    },
    findings: 1,
  },
  {
    name: 'Environment= with 50,000 assignments',
    files: {
      'a.service': `[Service]\nEnvironment=${repeat('"A=x" ')}\nExecStart=/usr/bin/etcd --auto-tls $A\n`,
    },
    findings: 1,
  },
  // Environment files.
  {
    name: 'an env file with 50,000-character quoting, blanks and comments',
    files: {
      'etcd.env': `ETCD_AUTO_TLS=true ${repeat('"')}\nexport ${repeat(' ')}x\nETCD_PEER_AUTO_TLS=true ${repeat('#')}\n`,
    },
    findings: 1,
  },
  // Compose interpolation: each unclosed `${` scanned the rest of the string (minutes).
  {
    name: 'Compose command with 50,000 unclosed ${A:-',
    files: { 'compose.yml': compose(`etcd --auto-tls ${repeat('${A:-')}`) },
    findings: 1,
  },
  {
    name: 'Compose command with 50,000 unclosed ${',
    files: { 'compose.yml': compose(`etcd --auto-tls ${repeat('${')}`) },
    findings: 1,
  },
  {
    name: 'Compose command with 50,000 $$',
    files: { 'compose.yml': compose(`etcd --auto-tls ${repeat('$$')}`) },
    findings: 1,
  },
  // Templates and suppression comments.
  {
    name: '20,000 nested template conditions',
    files: {
      't.yaml': `# --auto-tls\n${repeat('{{ if .X }}\n', 20_000)}a: b\n${repeat('{{ end }}\n', 20_000)}---\n${pod('[etcd, --auto-tls]')}`,
    },
    findings: 1,
  },
  { name: 'a comment of 50,000 {{', files: { 't.yaml': `# --auto-tls\n# ${repeat('{{')}\n` }, findings: 0 },
  {
    name: 'a comment of 50,000 {{- if',
    files: { 't.yaml': `${pod('[etcd, --auto-tls]')}# ${repeat('{{- if')}\n` },
    findings: 1,
  },
  {
    name: 'a suppression comment with 50,000 rule ids',
    files: { 'p.yaml': `${pod('[etcd, --auto-tls]')}# etcd-tls-guard: ignore[${repeat('x,')}]\n` },
    findings: 1,
  },
  {
    name: 'a line of 50,000 suppression markers',
    files: { 'p.yaml': pod(`[etcd, --auto-tls] ${repeat('# etcd-tls-guard: ignore')}`) },
    findings: 1,
  },
  // Shell scripts (issue 12): here-documents, variables, nesting, docker run, ssh.
  {
    name: 'a script with as many here-documents as the bound holds',
    files: {
      'run.sh': `${fill('cat > /etc/etcd/etcd.env <<EOF\nETCD_NAME=x\nEOF\n')}exec etcd --auto-tls\n`,
    },
    findings: 1,
  },
  {
    name: 'a here-document of as many lines of $x and \\$ as the bound holds',
    files: {
      'run.sh': `cat > /etc/etcd/etcd.env <<EOF\n${fill('ETCD_NAME=$x\\$y\n')}ETCD_AUTO_TLS=true\nEOF\n`,
    },
    findings: 1,
  },
  {
    // 20,000 keys and 80,000 comment lines: an etcd config file of 50,000 keys takes 3.5 s as a
    // file of its own already (the YAML parse and one setting per key), nothing of the script's.
    name: 'an unterminated here-document of 50,000 lines',
    files: {
      'run.sh': `cat > /etc/etcd/etcd.conf.yml <<EOF\nclient-transport-security:\n  auto-tls: true\n${repeat('x: y\n', 20_000)}${repeat('#\n', 80_000)}`,
    },
    findings: 1,
  },
  {
    name: '30,000 nested { and if',
    files: { 'run.sh': `${repeat('{ if x; then ', 30_000)}exec etcd --auto-tls\n` },
    findings: 1,
  },
  {
    name: '50,000 stray closers',
    files: { 'run.sh': `${repeat('( ', 1000)}${repeat('} fi done ')}\nexec etcd --auto-tls\n` },
    findings: 1,
  },
  {
    name: 'exports, then etcd with as many $VAR words, as the bound holds',
    files: { 'run.sh': `${fill('export A=--name=x\n', 2)}etcd ${fill('$A ', 2)}--auto-tls\n` },
    findings: 1,
  },
  {
    name: 'docker run with 50,000 -e options',
    files: { 'run.sh': `docker run ${repeat('-e A=b ')}quay.io/coreos/etcd etcd --auto-tls\n` },
    findings: 1,
  },
  {
    name: 'ssh with a remote script of 50,000 commands',
    files: { 'run.sh': `ssh root@h "${repeat('true; ')}exec etcd --auto-tls"\n` },
    findings: 1,
  },
  {
    name: 'sh -c nested 10 deep (read 4 deep)',
    files: { 'run.sh': `${repeat("sh -c '", 10)}etcd --auto-tls${repeat("'", 10)}\n` },
    findings: 0,
  },
  // Dockerfiles.
  {
    name: 'a Dockerfile instruction continued over as many lines as the bound holds',
    files: { Dockerfile: `FROM x\nCMD etcd \\\n${fill('  --name=x \\\n')}  --auto-tls\n` },
    findings: 1,
  },
  {
    name: 'a Dockerfile of 12,000 ENV and RUN here-documents',
    files: {
      Dockerfile: `FROM x\n${repeat('ENV A=1\nRUN cat > /a <<EOF\nb\nEOF\n', 12_000)}CMD ["etcd", "--auto-tls"]\n`,
    },
    findings: 1,
  },
  {
    name: 'an exec form of 50,000 strings and escapes',
    files: { Dockerfile: `FROM x\nCMD ["etcd", ${repeat('"\\u0041\\"", ')}"--auto-tls"]\n` },
    findings: 0,
  },
  // Text templates and lenient YAML.
  {
    name: 'an ERB unit of as many tags as the bound holds',
    files: {
      'etcd.service.erb': `[Service]\nExecStart=/usr/bin/etcd --auto-tls ${fill('<%= @x %>', 3)}\n${repeat('<% if x %>\n', 20_000)}`,
    },
    findings: 1,
  },
  {
    // `--auto-tls` under 25,000 undecided conditions: a warning.
    name: 'a Jinja unit of 25,000 comments and block lines in a continuation',
    files: {
      'etcd.service.j2': `[Service]\nExecStart=/usr/bin/etcd \\\n${repeat('{# c #}\n{% if x %}\n', 25_000)}  --auto-tls\n`,
    },
    findings: 1,
  },
  {
    name: '2,000 quoted scalars continued at the parent indentation',
    files: { 'c.yaml': `${repeat('k: "a\nb"\n', 2000)}x: --auto-tls\n` },
    findings: 0,
  },
  {
    name: 'a quoted scalar that never closes over 50,000 lines',
    files: { 'c.yaml': `a: "${repeat('x\n')}\n# --auto-tls\n` },
    findings: 0,
  },
  // kustomize.
  {
    name: 'a label selector of 50,000 terms',
    files: {
      'k/kustomization.yaml': `resources: [p.yaml]\npatches:\n- target: {kind: Pod, labelSelector: "${repeat('a=b,')}"}\n  patch: |\n    - op: add\n      path: /spec/containers/0/command/-\n      value: --auto-tls\n`,
      'k/p.yaml': pod('[etcd]'),
    },
    findings: 0,
  },
  {
    name: 'a JSON pointer of 50,000 escapes',
    files: {
      'k/kustomization.yaml': `resources: [p.yaml]\npatches:\n- target: {kind: Pod}\n  patch: |\n    - op: add\n      path: /spec/containers/0/command/${repeat('~1')}\n      value: --auto-tls\n`,
      'k/p.yaml': pod('[etcd]'),
    },
    findings: 0,
  },
  // ConfigMap values parsed as embedded documents.
  {
    name: 'a kubeadm ClusterConfiguration in a ConfigMap with a 50,000-character comment',
    files: {
      'cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: kubeadm-config}\ndata:\n  ClusterConfiguration: ${JSON.stringify(`apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\netcd:\n  local:\n    extraArgs:\n      auto-tls: 'true'\n#${repeat('x')}\n`)}\n`,
    },
    findings: 1,
  },
  {
    name: 'an embedded document nested 50,000 deep',
    files: {
      'cm.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  etcd.yaml: ${JSON.stringify(`client-transport-security:\n  auto-tls: true\nx: ${repeat('[')}`)}\n`,
    },
    findings: 0,
  },
  // Alias and cross-reference amplification.
  {
    // Alias.resolve walks the whole document each time: 6,000 aliases took 4.5 seconds.
    name: '6,000 aliases, and a container reading a ConfigMap through 3,000 aliased envFrom entries',
    files: {
      'p.yaml': [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: {name: cm}',
        'data:',
        ...Array.from({ length: 3000 }, (_, i) => `  ETCD_X${i}: "v"`),
        '  ETCD_AUTO_TLS: "true"',
        '---',
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: p}',
        'spec:',
        '  containers:',
        '  - &c',
        '    name: etcd',
        '    command: [etcd]',
        '    envFrom:',
        '    - &r {configMapRef: {name: cm}}',
        ...Array(3000).fill('    - *r'),
        ...Array(3000).fill('  - *c'),
        '',
      ].join('\n'),
    },
    findings: 1,
  },
  {
    // 40 million settings, out of memory, before each ConfigMap was read once for all containers.
    name: '2,000 etcd containers reading a ConfigMap of 20,000 ETCD_* keys',
    files: {
      'p.yaml': [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: {name: c}',
        'data:',
        ...Array.from({ length: 20_000 }, (_, i) => `  ETCD_X${i}: v`),
        "  ETCD_AUTO_TLS: 'true'",
        '---',
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: p}',
        'spec:',
        '  containers:',
        ...Array.from(
          { length: 2000 },
          (_, i) => `  - {name: e${i}, command: [etcd], envFrom: [{configMapRef: {name: c}}]}`,
        ),
        '',
      ].join('\n'),
    },
    findings: 1,
  },
  {
    // Linear, but every document goes through every extractor (about 40 µs each).
    name: '20,000 documents',
    files: { 'p.yaml': `# --auto-tls\n${repeat('---\na: 1\n', 20_000)}---\n${pod('[etcd, --auto-tls]')}` },
    findings: 1,
  },
];

describe('long and repetitive inputs finish in linear time with the right result', () => {
  for (const testCase of CASES) {
    it(testCase.name, async () => {
      const dir = mkdtempSync(path.join(scratch, 'case-'));
      for (const [relPath, text] of Object.entries(testCase.files)) {
        mkdirSync(path.dirname(path.join(dir, relPath)), { recursive: true });
        writeFileSync(path.join(dir, relPath), text);
      }
      const started = performance.now();
      const result = await scan({ base: dir });
      const elapsed = performance.now() - started;
      // Every rule runs (the time bound covers them all); the cases count auto-TLS findings.
      const autoTls = result.findings.filter(
        (f) => f.ruleId === 'etcd-auto-tls' || f.ruleId === 'etcd-peer-auto-tls',
      );
      expect(autoTls.length).toBe(testCase.findings);
      expect(elapsed).toBeLessThan(BUDGET_MS);
    });
  }
});
