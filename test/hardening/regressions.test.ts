// Small, exact cases for each bug the hardening tests found, so a regression names its cause.

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Alias, isAlias, isScalar, parseDocument, visit } from 'yaml';
import { DEFAULT_EXCLUDES, discoverFiles } from '../../src/discover/discover.js';
import { YamlNav } from '../../src/extract/yaml-nav.js';
import {
  DOCUMENT_COST,
  MAX_DOUBLE_QUOTED,
  MAX_EMPTY_FLOW_ENTRIES,
  MAX_NESTING,
  MAX_NODES,
  MAX_TEMPLATE_ACTIONS,
  MAX_TEXT_FORM_BYTES,
  templateOpenings,
} from '../../src/load/bounds.js';
import { parseLoaded, parseYaml } from '../../src/load/load.js';
import { decode } from '../../src/load/read.js';
import { parseEmbeddedDocuments } from '../../src/load/yaml-parse.js';
import type { Diagnostic } from '../../src/model.js';
import { scan } from '../../src/scan.js';
import { AUTO_TLS_ONLY, findingsIn, findingsInFiles, where } from '../support/scan-text.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'etg-regress-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const POD =
  'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: etcd\n    command: [etcd, --auto-tls]\n';

describe('line breaks', () => {
  it('decode turns lone CRs into LFs without changing the length', () => {
    for (const text of ['a\rb\r\nc\nd\r', '\r\r\n\r', 'no breaks']) {
      const decoded = decode(Buffer.from(text)) ?? '';
      expect(decoded).toHaveLength(text.length);
      expect(decoded).toBe(text.replace(/\r(?!\n)/g, '\n'));
    }
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\rb', 'utf16le')]);
    expect(decode(utf16)).toBe('a\nb');
  });

  it('finds settings in a CR-only file on the lines an editor and GitHub show', () => {
    const text = decode(Buffer.from(POD.replace(/\n/g, '\r'))) ?? '';
    expect(where(findingsIn(text))).toEqual([{ rule: 'etcd-auto-tls', line: 7, column: 21 }]);
  });

  it('counts lines from the text, not from the parser, after a broken document', () => {
    // The yaml lexer swallowed the line break after `c` in this broken first document, so every
    // later line was numbered one too low.
    const text = `  a:\nb: c\n    x # etcd --auto-tls\n---\n${POD}`;
    const outcome = parseYaml({ absPath: '/v/x.yaml', relPath: 'x.yaml' }, text);
    expect(outcome.diagnostics.map((d) => d.id)).toEqual(['parse-error']);
    expect(where(findingsIn(text))).toEqual([{ rule: 'etcd-auto-tls', line: 11, column: 21 }]);
  });
});

describe('nesting bound', () => {
  const file = { absPath: '/v/deep.yaml', relPath: 'deep.yaml' };
  // The parser's own bound, on documents the scan parses (those that can configure etcd).
  const parse = (text: string) => parseYaml(file, text, { skipIrrelevantDocuments: false });
  const forms: [string, (depth: number) => string][] = [
    ['flow sequences', (d) => `${'['.repeat(d)}${']'.repeat(d)}`],
    ['flow maps', (d) => `${'{a: '.repeat(d)}b${'}'.repeat(d)}`],
    ['block sequences', (d) => `${'- '.repeat(d)}x`],
    ['block maps', (d) => `${Array.from({ length: d }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} x`],
  ];

  it.each(forms)(`parses %s exactly ${MAX_NESTING} levels deep and reports one level more`, (_name, nest) => {
    expect(parse(nest(MAX_NESTING)).diagnostics).toEqual([]);
    const deeper = parse(nest(MAX_NESTING + 1));
    expect(deeper.diagnostics.map((d) => [d.id, d.level, d.span?.startLine])).toEqual([
      ['too-deeply-nested', 'warning', expect.any(Number)],
    ]);
  });

  it.each(forms)('reports %s 20,000 deep without throwing', (_name, nest) => {
    const outcome = parse(nest(20_000));
    expect(outcome.diagnostics.map((d) => d.id)).toEqual(['too-deeply-nested']);
  });

  it.each(forms)(
    'does not even parse %s 20,000 deep in a document that cannot configure etcd',
    (_name, nest) => {
      expect(parseYaml(file, nest(20_000))).toMatchObject({ diagnostics: [], loaded: { documents: [] } });
    },
  );

  it('still analyses the other documents of the file', () => {
    const text = `${POD}---\n${'['.repeat(20_000)} # etcd\n---\n${POD.replace('--auto-tls', '--peer-auto-tls')}`;
    const outcome = parseYaml(file, text);
    expect(outcome.diagnostics.map((d) => [d.id, d.span?.startLine])).toEqual([['too-deeply-nested', 9]]);
    expect(where(findingsIn(text))).toEqual([
      { rule: 'etcd-auto-tls', line: 7, column: 21 },
      { rule: 'etcd-peer-auto-tls', line: 17, column: 21 },
    ]);
  });
});

describe('work bound', () => {
  const file = { absPath: '/v/big.yaml', relPath: 'big.yaml' };
  // Before the bound, 5 MB of `[,,,` (each empty entry a parse error) took 52 s and ran out of heap,
  // and 5 MB of `[[[[` ran out of heap inside the parser, before the nesting bound could look.
  it.each([
    ['empty flow entries', `etcd: [${','.repeat(MAX_EMPTY_FLOW_ENTRIES + 1)}]\n`, 'too-complex', 1],
    ['5 MB of empty flow entries', `etcd: [${','.repeat(5_000_000)}]\n`, 'too-complex', 1],
    ['5 MB of flow openings', `etcd: ${'['.repeat(5_000_000)}\n`, 'too-deeply-nested', 1],
    ['flow entries', `etcd: [${'a,'.repeat(MAX_NODES + 1)}]\n`, 'too-complex', 1],
    // The document costs DOCUMENT_COST, `x: 1` three (two scalars and `:`), `etcd:` two, every
    // line four (`-`, `k`, `:`, `v`): the budget runs out on the first line that does not fit.
    [
      'block entries',
      `x: 1\netcd:\n${'  - k: v\n'.repeat(MAX_NODES / 4)}`,
      'too-complex',
      2 + Math.floor((MAX_NODES - DOCUMENT_COST - 5) / 4) + 1,
    ],
    // Aliases and anchors count: `b: &a [*a, *a]` is six (`b`, `:`, the anchor, two aliases, `,`).
    ['aliases', `a: &a [etcd]\n${'b: &a [*a, *a]\n'.repeat(MAX_NODES / 6)}`, 'too-complex', 'any'],
    ['a long double-quoted string', `etcd: "${'a'.repeat(MAX_DOUBLE_QUOTED)}"\n`, 'too-complex', 1],
  ])('reports a document over the bound (%s) without parsing it', (_name, text, id, line) => {
    const outcome = parseYaml(file, text);
    expect(
      outcome.diagnostics.map((d) => [d.id, d.level, line === 'any' ? line : d.span?.startLine]),
    ).toEqual([[id, 'warning', line]]);
    expect(outcome.loaded?.kind === 'yaml' && outcome.loaded.documents).toEqual([]);
  });

  it('parses documents just within the bound', () => {
    // A broken document warns only when it names an etcd setting (not etcd alone).
    const outcome = parseYaml(file, `ETCD_AUTO_TLS: [${','.repeat(MAX_EMPTY_FLOW_ENTRIES - 1)}a]\n`);
    expect(outcome.diagnostics.map((d) => d.id)).toEqual(['parse-error']);
    const lines = Math.floor((MAX_NODES - DOCUMENT_COST - 2) / 4);
    expect(parseYaml(file, `etcd:\n${'  - k: v\n'.repeat(lines)}`).diagnostics).toEqual([]);
    const aliases = Math.floor((MAX_NODES - DOCUMENT_COST - 6) / 6);
    expect(parseYaml(file, `a: &a [etcd]\n${'b: &a [*a, *a]\n'.repeat(aliases)}`).diagnostics).toEqual([]);
    expect(parseYaml(file, `etcd: "${'a'.repeat(MAX_DOUBLE_QUOTED - 2)}"\n`).diagnostics).toEqual([]);
  });

  it('spends one node budget per file: documents past it are not parsed, those before it are', () => {
    const text = `${POD}${'---\netcd\n'.repeat(MAX_NODES / DOCUMENT_COST)}`;
    const outcome = parseYaml(file, text);
    // The pod's document and its 24 nodes (16 scalars, 6 `:`, a `-` and a `,`), then
    // DOCUMENT_COST and one scalar per document: reported at the `---` of the first document left
    // out, or at its `etcd` when only its scalar passes the budget.
    const pod = DOCUMENT_COST + 24;
    const fit = Math.floor((MAX_NODES - pod) / (DOCUMENT_COST + 1));
    const used = pod + fit * (DOCUMENT_COST + 1);
    const first = 7 + 2 * fit + (used + DOCUMENT_COST > MAX_NODES ? 1 : 2);
    expect(outcome.diagnostics.map((d) => [d.id, d.span?.startLine])).toEqual([['too-complex', first]]);
    expect(outcome.diagnostics[0]?.message).toContain('this document and all later ones were not parsed');
    expect(where(findingsIn(text))).toEqual([{ rule: 'etcd-auto-tls', line: 7, column: 21 }]);
  });

  it('does not count commas, brackets or colons inside quotes, comments and block scalars', () => {
    const inert = `etcd:\n  a: "${',[{:'.repeat(MAX_NODES)}"\n  # ${','.repeat(5000)}\n  b: |\n    ${'[,'.repeat(5000)}\n`;
    expect(parseYaml(file, inert).diagnostics).toEqual([]);
  });

  it('still analyses the other documents of the file', () => {
    const text = `${POD}---\netcd: [${','.repeat(5000)}]\n---\n${POD.replace('--auto-tls', '--peer-auto-tls')}`;
    expect(parseYaml(file, text).diagnostics.map((d) => [d.id, d.span?.startLine])).toEqual([
      ['too-complex', 9],
    ]);
    expect(where(findingsIn(text))).toEqual([
      { rule: 'etcd-auto-tls', line: 7, column: 21 },
      { rule: 'etcd-peer-auto-tls', line: 17, column: 21 },
    ]);
  });

  it('bounds a YAML document held in a ConfigMap value too', () => {
    const cm = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: etcd}\ndata:\n  etcd.yaml: "auto-tls: true\\nx: [${','.repeat(5000)}]"\n`;
    expect(parseEmbeddedDocuments(`x: [${','.repeat(5000)}]`)).toEqual([]);
    expect(findingsIn(cm)).toEqual([]);
  });
});

describe('aliases and merge keys', () => {
  it('resolve every alias as yaml does: the last anchor of that name before the alias', () => {
    const text = [
      'a: &x 1',
      'b: *x',
      'c: &x [two, &y three]',
      'd: *x',
      'e: {<<: &m {k: v}, f: *y}',
      'g: &self [*self]',
      'i: &z [*z, *x]',
      'h: *undefined',
    ].join('\n');
    const doc = parseDocument(text);
    const nav = new YamlNav(doc as never);
    visit(doc, {
      Alias: (_key, alias: Alias) => {
        const expected = alias.resolve(doc);
        expect(nav.resolve(alias), alias.source).toBe(expected);
      },
    });
    const d = nav.get(doc.contents, 'd');
    expect(isAlias(d)).toBe(false);
    expect(nav.items(d).map((n) => (isScalar(n) ? n.value : '?'))).toEqual(['two', 'three']);
    expect(nav.text(nav.get(doc.contents, 'b'))).toBe('1');
    // An anchor is defined where its node starts: an alias inside the node refers to the node itself.
    const i = nav.seq(nav.get(doc.contents, 'i'));
    expect(nav.resolve(i?.items[0])).toBe(i);
  });

  it('look keys up through a merge-key bomb in linear time, with the same result', () => {
    // 10^6 merge paths for a missing key: small enough that the unmemoised lookup fails the time
    // bound after some seconds instead of hanging the worker (10^16 in the hostile tree).
    const lines = ['m0: &m0 {name: deepest}'];
    for (let i = 1; i <= 6; i++)
      lines.push(
        `m${i}: &m${i} {<<: [${Array(10)
          .fill(`*m${i - 1}`)
          .join(', ')}]}`,
      );
    lines.push('top: {<<: *m6}');
    const doc = parseDocument(lines.join('\n'));
    const nav = new YamlNav(doc as never);
    const started = performance.now();
    expect(nav.text(nav.get(nav.get(doc.contents, 'top'), 'name'))).toBe('deepest');
    expect(nav.get(nav.get(doc.contents, 'top'), 'missing')).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('keep the 16-level merge depth limit', () => {
    const lines = ['m0: &m0 {name: deepest}'];
    for (let i = 1; i <= 17; i++) lines.push(`m${i}: &m${i} {<<: *m${i - 1}}`);
    const doc = parseDocument(lines.join('\n'));
    const nav = new YamlNav(doc as never);
    expect(nav.text(nav.get(nav.get(doc.contents, 'm16'), 'name'))).toBe('deepest');
    expect(nav.get(nav.get(doc.contents, 'm17'), 'name')).toBeUndefined();
  });

  it('walk a List bomb once per object', () => {
    const lines = ['apiVersion: v1', 'kind: List', 'items:'];
    const pod =
      '- &l0 {apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [{name: etcd, command: [etcd, --auto-tls]}]}}';
    lines.push(pod);
    // 4^8 = 65,536 paths: seconds unmemoised, so a regression fails the time bound, not hangs.
    for (let i = 1; i <= 8; i++)
      lines.push(
        `- &l${i} {kind: List, items: [${Array(4)
          .fill(`*l${i - 1}`)
          .join(', ')}]}`,
      );
    const started = performance.now();
    expect(where(findingsIn(lines.join('\n')))).toEqual([
      { rule: 'etcd-auto-tls', line: 4, column: pod.indexOf('--auto-tls') + 1 },
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('discovery', () => {
  it('skips a scanned path inside the base that a link sends outside it, and scans one written outside', () => {
    const base = path.join(scratch, 'base');
    const outside = path.join(scratch, 'outside');
    mkdirSync(base, { recursive: true });
    mkdirSync(outside, { recursive: true });
    writeFileSync(path.join(outside, 'pod.yaml'), POD);
    symlinkSync(outside, path.join(base, 'k8s'));
    const options = { base, patterns: ['**/*.yaml'], exclude: [] };
    const linked = discoverFiles({ ...options, paths: ['k8s', 'k8s/pod.yaml'] });
    expect(linked.files).toEqual([]);
    expect(linked.diagnostics.map((d) => d.message)).toEqual([
      'k8s: skipped: symbolic link points outside the scanned directory',
      'k8s/pod.yaml: skipped: symbolic link points outside the scanned directory',
    ]);
    // Written outside on purpose (the CLI's `etcd-tls-guard ../elsewhere`): scanned.
    const explicit = discoverFiles({ ...options, paths: ['../outside'] });
    expect(explicit.files.map((f) => f.relPath)).toEqual(['../outside/pod.yaml']);
  });

  it('names files relative to the base even when the base is reached through a link (macOS /tmp)', async () => {
    const real = path.join(scratch, 'real-checkout');
    mkdirSync(path.join(real, 'k8s'), { recursive: true });
    writeFileSync(path.join(real, 'k8s', 'pod.yaml'), POD);
    const linkedBase = path.join(scratch, 'linked-checkout');
    symlinkSync(real, linkedBase);
    const options = { base: linkedBase, patterns: ['**/*.yaml'], exclude: [] };
    expect(discoverFiles({ ...options, paths: ['.'] }).files.map((f) => f.relPath)).toEqual(['k8s/pod.yaml']);
    expect(discoverFiles({ ...options, paths: ['k8s'] }).files.map((f) => f.relPath)).toEqual([
      'k8s/pod.yaml',
    ]);
    const result = await scan({ base: linkedBase, rules: AUTO_TLS_ONLY });
    expect(result.findings.map((f) => [f.file.relPath, f.span.startLine, f.ruleId])).toEqual([
      ['k8s/pod.yaml', 7, 'etcd-auto-tls'],
    ]);
  });

  it('does not read through a link into .git, node_modules or an excluded folder, and says so', () => {
    const base = path.join(scratch, 'into-excluded');
    mkdirSync(path.join(base, '.git'), { recursive: true });
    mkdirSync(path.join(base, 'node_modules', 'pkg'), { recursive: true });
    mkdirSync(path.join(base, 'vendor'), { recursive: true });
    writeFileSync(path.join(base, '.git', 'config'), '[remote]\n');
    writeFileSync(path.join(base, 'node_modules', 'pkg', 'pod.yaml'), POD);
    writeFileSync(path.join(base, 'vendor', 'pod.yaml'), POD);
    symlinkSync('.git/config', path.join(base, 'etcd.env'));
    symlinkSync('node_modules/pkg/pod.yaml', path.join(base, 'a.yaml'));
    symlinkSync('vendor/pod.yaml', path.join(base, 'b.yaml'));
    const found = discoverFiles({
      base,
      patterns: ['**/*.yaml', '**/*.env'],
      exclude: [...DEFAULT_EXCLUDES, 'vendor/**'],
      paths: ['.'],
    });
    expect(found.files).toEqual([]);
    expect(found.diagnostics.map((d) => d.message)).toEqual([
      'a.yaml: skipped: symbolic link points into an excluded folder or file',
      'b.yaml: skipped: symbolic link points into an excluded folder or file',
      'etcd.env: skipped: symbolic link points into an excluded folder or file',
    ]);
  });

  it('with overlapping inputs, lists each entry under the first input only (no warning from the inner one)', () => {
    const base = path.join(scratch, 'overlap');
    mkdirSync(path.join(base, 'k8s', 'prod'), { recursive: true });
    writeFileSync(path.join(base, 'k8s', 'notes.txt'), POD);
    writeFileSync(path.join(base, 'k8s', 'prod', 'pod.yaml'), POD);
    symlinkSync('../notes.txt', path.join(base, 'k8s', 'prod', 'linked.yaml'));
    const options = { base, patterns: ['**/*.yaml'], exclude: [] };
    const both = discoverFiles({ ...options, paths: ['k8s', 'k8s/prod'] });
    expect(both.diagnostics).toEqual([]);
    expect(both.files.map((f) => f.relPath)).toEqual(['k8s/notes.txt', 'k8s/prod/pod.yaml']);
    // Alone, the inner input cannot follow the link out of itself.
    expect(discoverFiles({ ...options, paths: ['k8s/prod'] }).diagnostics.map((d) => d.message)).toEqual([
      'k8s/prod/linked.yaml: skipped: symbolic link points outside the scanned directory',
    ]);
  });

  it('names a file whose name is not UTF-8 instead of failing to open it', async () => {
    const dir = path.join(scratch, 'names');
    mkdirSync(dir, { recursive: true });
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.yaml')]), POD);
    const result = await scan({ base: dir });
    // The name matched the globs: no "no file matched" notice on top of the warning.
    expect(result.diagnostics.map((d) => [d.level, d.message])).toEqual([
      [
        'warning',
        'caf\uFFFD.yaml: skipped: the name is not valid UTF-8, so it cannot be opened (rename it to scan it)',
      ],
    ]);
  });
});

describe('shared environment files', () => {
  it('reads an env file once however many units name it (1,000 units, 25,000 variables: just under the 512 KB bound on text forms)', async () => {
    // Each unit used to re-read the whole file and copy its variables: this took about 4 minutes
    // (and a copy of 100,000 variables per unit); now the file is read once.
    const dir = path.join(scratch, 'shared-env');
    mkdirSync(path.join(dir, 'etc', 'etcd'), { recursive: true });
    mkdirSync(path.join(dir, 'units'), { recursive: true });
    const variables = Array.from({ length: 25_000 }, (_, i) => `VAR_${i}=value${i}`);
    writeFileSync(
      path.join(dir, 'etc', 'etcd', 'etcd.env'),
      `${variables.join('\n')}\nETCD_AUTO_TLS=true\nEXTRA_ARGS=--auto-tls=true\n`,
    );
    for (let i = 0; i < 1000; i++) {
      writeFileSync(
        path.join(dir, 'units', `etcd-${i}.service`),
        `[Service]\nEnvironmentFile=/etc/etcd/etcd.env\nExecStart=/usr/bin/etcd --name $VAR_${i} --peer-auto-tls${i === 500 ? ' $EXTRA_ARGS' : ''}\n`,
      );
    }
    const result = await scan({ base: dir, threads: 1, rules: AUTO_TLS_ONLY });
    expect(result.filesScanned).toBe(1001);
    const found = result.findings.map(
      (f) => `${f.file.relPath}:${f.span.startLine}:${f.span.startColumn} ${f.ruleId}`,
    );
    expect(found).toHaveLength(1002);
    expect(found[0]).toBe('etc/etcd/etcd.env:25001:1 etcd-auto-tls');
    expect(found).toContain('units/etcd-999.service:3:41 etcd-peer-auto-tls');
    // `$EXTRA_ARGS` in one unit expands to the shared file's value: a flag at the variable's place.
    expect(found).toContain('units/etcd-500.service:3:57 etcd-auto-tls');
    expect(found.filter((f) => f.endsWith(' etcd-auto-tls'))).toHaveLength(2);
  }, 60_000);
});

describe('bounds on scripts, units and templates', () => {
  it.each([
    ['run.sh', (body: string) => `#!/bin/sh\netcd --auto-tls${body}\n`],
    ['etcd.service', (body: string) => `[Service]\nExecStart=/usr/bin/etcd --auto-tls${body}\n`],
    ['Dockerfile', (body: string) => `FROM quay.io/coreos/etcd\nCMD etcd --auto-tls${body}\n`],
  ])('does not read %s over MAX_TEXT_FORM_BYTES, and says so', (name, make) => {
    const file = { absPath: `/v/${name}`, relPath: name };
    expect(parseLoaded(file, make(' --name=a'.repeat(100))).loaded?.kind).toBe('text');
    const outcome = parseLoaded(file, make(' --name=a'.repeat(MAX_TEXT_FORM_BYTES / 9)));
    expect(outcome.loaded).toBeUndefined();
    expect(outcome.diagnostics.map((d) => [d.id, d.level, d.file?.relPath])).toEqual([
      ['too-complex', 'warning', name],
    ]);
  });

  it('does not analyse a template with more than MAX_TEMPLATE_ACTIONS actions, and says so', () => {
    const outcome = parseLoaded(
      { absPath: '/v/etcd.yaml.j2', relPath: 'etcd.yaml.j2' },
      `etcd:\n${'{{ x }}'.repeat(MAX_TEMPLATE_ACTIONS + 1)}\n`,
    );
    expect(outcome.loaded).toBeUndefined();
    expect(outcome.diagnostics.map((d) => [d.id, d.level])).toEqual([['too-complex', 'warning']]);
    expect(templateOpenings('{{ a }} {% b %} <% c %> { d } {e}', 10)).toBe(3);
  });

  it('refuses a shell script over the bound held in a YAML value, and still reads the rest of the file', () => {
    const script = `etcd --auto-tls${' --name=a'.repeat(MAX_TEXT_FORM_BYTES / 9)}`;
    const pod = (name: string, command: string) =>
      `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  containers:\n  - name: etcd\n    command: ${command}\n`;
    const text = `${pod('big', JSON.stringify(['sh', '-c', script]))}---\n${pod('small', '[etcd, --auto-tls]')}`;
    const diagnostics: Diagnostic[] = [];
    expect(where(findingsInFiles({ 'pods.yaml': text }, diagnostics))).toEqual([
      { rule: 'etcd-auto-tls', line: 15, column: 21 },
    ]);
    expect(diagnostics.map((d) => [d.id, d.file?.relPath])).toEqual([['too-complex', 'pods.yaml']]);
    expect(diagnostics[0]?.message).toContain('a shell script of');
  });
});
