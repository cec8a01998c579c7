// Issue 6, item 3: random mutations of the real fixtures never throw, always give valid SARIF, put
// every region inside its file on the offending text, and give the same output whatever the run
// or the order of the paths.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXCLUDES, DEFAULT_PATTERNS, discoverFiles } from '../../src/discover/discover.js';
import { decode } from '../../src/load/read.js';
import type { Finding, ScanResult } from '../../src/model.js';
import { serializeSarif, toSarif } from '../../src/report/sarif.js';
import { RULE_METAS } from '../../src/rules/index.js';
import { scan } from '../../src/scan.js';
import { FIXTURES } from '../support/fixtures.js';
import { validateSarif } from '../support/sarif-validate.js';

const SEED = Number(process.env.FC_SEED ?? 0x6e7cd);
const RUNS = Number(process.env.FC_RUNS ?? 1);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'etg-props-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const FIXTURE_FILES = discoverFiles({
  paths: ['.'],
  base: FIXTURES,
  patterns: DEFAULT_PATTERNS,
  exclude: DEFAULT_EXCLUDES,
}).files.map((file) => ({ relPath: file.relPath, text: decode(readFileSync(file.absPath)) ?? '' }));

// ---------------------------------------------------------------------------------------------
// Mutations

/** Fragments that break YAML, shell, templates and decoding in interesting ways. */
const FRAGMENTS = [
  '{{',
  '}}',
  '{{ .Values.x }}',
  '{{- if .Values.tls }}',
  '{{ end }}',
  '&a ',
  '*a',
  '<<: *a',
  '\t',
  '\0',
  '\r',
  '\n',
  '\r\n',
  ' ',
  '  ',
  '- ',
  ': ',
  '"',
  "'",
  '\\',
  '[',
  ']',
  '{',
  '}',
  '#',
  ',',
  '|',
  '>-',
  '---\n',
  '...\n',
  'é',
  '\uFEFF',
  '\uD800',
  '😀',
  '$(',
  ')',
  '`',
  '$\u007bX}',
  '%',
  '--auto-tls',
  '--peer-auto-tls=true',
  'ETCD_AUTO_TLS=true',
  'auto-tls: true',
  ' \\\n',
  'sh -c "',
];

type Mutation =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'replace'; at: number; text: string }
  | { op: 'insertLine'; line: number; text: string }
  | { op: 'deleteLine'; line: number }
  | { op: 'swapLines'; a: number; b: number }
  | { op: 'duplicateLine'; line: number }
  | { op: 'truncate'; at: number }
  | { op: 'duplicate' };

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: 'binary' }) },
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fragment }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), text: fragment }),
  fc.record({ op: fc.constant('insertLine' as const), line: fc.nat(), text: fragment }),
  fc.record({ op: fc.constant('deleteLine' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('duplicateLine' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.constant({ op: 'duplicate' as const }),
);

function applyMutation(text: string, m: Mutation): string {
  const at = (n: number) => (text.length === 0 ? 0 : n % (text.length + 1));
  const lines = text.split('\n');
  const line = (n: number) => n % lines.length;
  switch (m.op) {
    case 'insert':
      return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
    case 'delete':
      return text.slice(0, at(m.at)) + text.slice(at(m.at) + m.length);
    case 'replace':
      return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at) + 1);
    case 'insertLine':
      lines.splice(line(m.line), 0, m.text);
      return lines.join('\n');
    case 'deleteLine':
      lines.splice(line(m.line), 1);
      return lines.join('\n');
    case 'swapLines': {
      const [a, b] = [line(m.a), line(m.b)];
      [lines[a], lines[b]] = [lines[b] as string, lines[a] as string];
      return lines.join('\n');
    }
    case 'duplicateLine':
      lines.splice(line(m.line), 0, lines[line(m.line)] as string);
      return lines.join('\n');
    case 'truncate':
      return text.slice(0, at(m.at));
    case 'duplicate':
      return text + text;
  }
}

type Encoding = 'utf8' | 'utf8-bom' | 'utf16le-bom' | 'latin1';
const encoding = fc.constantFrom<Encoding>('utf8', 'utf8', 'utf8', 'utf8-bom', 'utf16le-bom', 'latin1');

function encode(text: string, how: Encoding): Buffer {
  switch (how) {
    case 'utf8':
      return Buffer.from(text);
    case 'utf8-bom':
      return Buffer.from(`\uFEFF${text}`);
    case 'utf16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'latin1':
      return Buffer.from(text, 'latin1');
  }
}

/** Fixtures with findings are picked five times as often: they are where a region can go wrong. */
const WITH_FINDINGS = new Set(
  (await scan({ base: FIXTURES })).findings.map((finding) => finding.file.relPath),
);
const fixture = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...FIXTURE_FILES.filter((f) => WITH_FINDINGS.has(f.relPath))) },
  { weight: 1, arbitrary: fc.constantFrom(...FIXTURE_FILES.filter((f) => !WITH_FINDINGS.has(f.relPath))) },
);
const mutatedFile = fc.record({
  fixture,
  mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
  encoding,
});

function writeTree(files: { relPath: string; bytes: Buffer }[]): string {
  const dir = mkdtempSync(path.join(scratch, 'run-'));
  for (const file of files) {
    const target = path.join(dir, file.relPath);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.bytes);
  }
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Checks

function sarifText(result: ScanResult): string {
  const log = toSarif(result, RULE_METAS, { fileText: (file) => result.sources.get(file.absPath) });
  const errors = validateSarif(log);
  if (errors.length > 0) throw new Error(`invalid SARIF: ${errors.join('; ')}`);
  return serializeSarif(log);
}

/**
 * How a finding's region names its setting. Most regions start on the flag, key or variable itself
 * (`--auto-tls`, `auto-tls:`, `ETCD_AUTO_TLS`, `useAutoTLS`), possibly spelt with shell quoting or
 * YAML escapes inside the word (`--auto-"tls"`, `--auto\-tls`, `"--auto\x2dtls"`), as the prefilter
 * allows. Three forms legitimately point elsewhere, at the text that carries the value:
 * - a value read through `configMapKeyRef` (the message says `(valueFrom)`): the region is the
 *   ConfigMap's `key: value`, and the key may have any name; the variable is named in the pod;
 * - a systemd `$VAR` / `${VAR}` expansion in `ExecStart=`: the region is the reference, and the flag
 *   is inside the variable's value, on its `Environment=` line;
 * - an RKE `extra_args_array` list: the region is the list item that wins, the flag is the key above;
 * - a flag an operator passes because its custom resource leaves a field out: the region is the
 *   resource's `spec` or `security` key, and the message names the field.
 */
const NAMES_SETTING = /auto[-_"'\\]{0,4}tls|\\u00[0-9a-f]{2}|\\x[0-9a-f]{2}|\\U000000[0-9a-f]{2}/i;

function regionProblem(finding: Finding, text: string): string | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const { startLine, startColumn, endLine, endColumn } = finding.span;
  const where = `${finding.file.relPath}:${startLine}:${startColumn}-${endColumn}`;
  if (startLine !== endLine) return `${where}: region spans lines`;
  const line = lines[startLine - 1];
  if (line === undefined) return `${where}: line ${startLine} is not in the file (${lines.length} lines)`;
  if (startColumn < 1 || endColumn <= startColumn || endColumn > line.length + 1)
    return `${where}: columns outside the line of length ${line.length}`;
  const region = line.slice(startColumn - 1, endColumn - 1);
  // The TLS-posture rules point at a URL, a value or the launcher (for an absent setting): for them
  // the region must lie in the file on one line, which the checks above make sure of.
  if (finding.ruleId !== 'etcd-auto-tls' && finding.ruleId !== 'etcd-peer-auto-tls') return undefined;
  if (NAMES_SETTING.test(region)) return undefined;
  // A word quoted inside (`--a"uto-tls"`) or cut by an escaped line break (`"--auto-\` + `tls"`):
  // the region is its first line, which names the setting once the quoting is taken out.
  const unquoted = region.replace(/["'\\]/g, '');
  if (NAMES_SETTING.test(unquoted) || (region.endsWith('\\') && /auto-?$|AUTO_$/i.test(unquoted)))
    return undefined;
  if (finding.message.includes('(valueFrom)')) return undefined;
  if ((region === 'spec' || region === 'security') && finding.message.includes('` is not set, which'))
    return undefined;
  if (/^\$\{?[A-Za-z_]/.test(region)) return undefined;
  if (isExtraArgsArrayItem(lines, startLine)) return undefined;
  // A release's `--set`-like entry written as name and value (Argo CD `parameters`, helmfile `set`):
  // the value, under the name that names the setting.
  if (/^\s*value:/.test(region) && NAMES_SETTING.test(lines[startLine - 2] ?? '')) return undefined;
  // A value set at a path (Flux `targetPath`): the value as the message's assignment writes it.
  const assignment = /^[^`]*`[^`=]*=([^`]*)`/.exec(finding.message);
  if (assignment && NAMES_SETTING.test(finding.message.split('`')[1] ?? '') && region === assignment[1])
    return undefined;
  return `${where}: region ${JSON.stringify(region)} does not name the setting (${finding.message.slice(0, 80)})`;
}

/** The line is an item of a list whose key (the nearest less-indented line) names the setting. */
function isExtraArgsArrayItem(lines: readonly string[], lineNumber: number): boolean {
  const indent = (s: string) => s.length - s.trimStart().length;
  const item = lines[lineNumber - 1] ?? '';
  if (!item.trimStart().startsWith('-')) return false;
  for (let i = lineNumber - 2; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || indent(line) >= indent(item)) continue;
    return NAMES_SETTING.test(line);
  }
  return false;
}

function checkRegions(result: ScanResult): void {
  for (const finding of [...result.findings, ...result.suppressed]) {
    // Read from disk, decoded as the scan decodes: what GitHub will show at that line and column.
    const text = decode(readFileSync(finding.file.absPath)) ?? '';
    const problem = regionProblem(finding, text);
    if (problem) throw new Error(problem);
  }
}

// ---------------------------------------------------------------------------------------------

describe('mutated fixtures', () => {
  it('the unmutated fixtures satisfy the region property (so mutations test something)', async () => {
    const result = await scan({ base: FIXTURES });
    expect(result.findings.length).toBeGreaterThan(50);
    checkRegions(result);
    sarifText(result);
  });

  it('never throw, give valid SARIF, and keep regions inside the file on the setting', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedFile, async ({ fixture, mutations, encoding }) => {
        const text = mutations.reduce(applyMutation, fixture.text);
        const dir = writeTree([{ relPath: fixture.relPath, bytes: encode(text, encoding) }]);
        try {
          const result = await scan({ base: dir });
          sarifText(result);
          checkRegions(result);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { seed: SEED, numRuns: 300 * RUNS },
    );
  });

  it('give byte-identical SARIF on a second run and for any order of the paths', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(mutatedFile, { minLength: 2, maxLength: 6, selector: (f) => f.fixture.relPath }),
        fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
        async (files, keys) => {
          const written = files.map(({ fixture, mutations, encoding }) => ({
            relPath: fixture.relPath,
            bytes: encode(mutations.reduce(applyMutation, fixture.text), encoding),
          }));
          const dir = writeTree(written);
          try {
            const paths = written.map((file) => file.relPath);
            const key = (i: number) => keys[i] ?? 0;
            const shuffled = paths
              .map((relPath, i) => ({ relPath, i }))
              .sort((a, b) => key(a.i) - key(b.i) || a.i - b.i)
              .map(({ relPath }) => relPath);
            const first = sarifText(await scan({ base: dir, paths }));
            expect(sarifText(await scan({ base: dir, paths }))).toBe(first);
            expect(sarifText(await scan({ base: dir, paths: [...paths].reverse() }))).toBe(first);
            expect(sarifText(await scan({ base: dir, paths: shuffled }))).toBe(first);
            // The same files found by walking the directory instead of being named.
            expect(sarifText(await scan({ base: dir }))).toBe(first);
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
      ),
      { seed: SEED, numRuns: 40 * RUNS },
    );
  });
});
