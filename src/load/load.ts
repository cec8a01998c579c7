import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Document } from 'yaml';
import { LineCounter } from 'yaml';
import type { Diagnostic, FileRef } from '../model.js';
import type { Relevance } from './prefilter.js';
import { analyseTemplate, type TemplateInfo } from './template.js';
import { MAX_NESTING, parseDocumentsBounded } from './yaml-parse.js';

/** A file parsed as YAML (JSON is read by the same parser: it is YAML 1.2 flow syntax). */
export interface YamlFile {
  kind: 'yaml';
  file: FileRef;
  text: string;
  documents: Document.Parsed[];
  lineCounter: LineCounter;
  /** Set when the file is a template: findings on its conditional lines are not reported. */
  template?: TemplateInfo;
}

/** A line-oriented file (systemd unit, env file, Procfile...): text with line positions. */
export interface TextFile {
  kind: 'text';
  file: FileRef;
  text: string;
  lineCounter: LineCounter;
}

/** A file skipped before parsing because it cannot mention the settings we look for. */
export interface SkippedFile {
  kind: 'skipped';
  file: FileRef;
}

export type LoadedFile = YamlFile | TextFile | SkippedFile;

/** Names read as YAML (JSON included); every other discovered file is read as text. */
const YAML_NAME = /\.(ya?ml|json|manifest)$/i;

export function isYamlName(relPath: string): boolean {
  return YAML_NAME.test(relPath);
}

export interface LoadOutcome {
  loaded?: LoadedFile;
  /** A file kept as text, parsed only if the scan turns out to need it (`context` relevance). */
  deferred?: { file: FileRef; text: string };
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  maxFileSize: number;
  /** Cheap text test run before parsing (see prefilter.ts): `none` is never parsed. */
  classify: (text: string, file: FileRef) => Relevance;
}

const SNIFF_BYTES = 8000;
const BINARY: Omit<Diagnostic, 'file'> = {
  level: 'note',
  id: 'binary-file',
  message: 'skipped: the file looks binary (it contains NUL bytes)',
};

/**
 * Reads, decodes and parses one file; every problem becomes a diagnostic, never a throw. The
 * prefilter sees the raw bytes as Latin-1 (ASCII tokens read the same as in UTF-8), so a file that
 * cannot configure etcd is neither decoded nor parsed.
 */
export function loadFile(file: FileRef, options: LoadOptions): LoadOutcome {
  const read = readBounded(file, options.maxFileSize);
  if ('diagnostic' in read) return { diagnostics: [read.diagnostic] };
  const bytes = read.bytes;
  const utf16 = hasUtf16Bom(bytes);
  if (!utf16 && bytes.subarray(0, SNIFF_BYTES).includes(0)) return { diagnostics: [{ ...BINARY, file }] };
  const relevance = utf16 ? undefined : options.classify(bytes.toString('latin1'), file);
  if (relevance === 'none') return { loaded: { kind: 'skipped', file }, diagnostics: [] };
  const text = decode(bytes);
  if (text === undefined) return { diagnostics: [{ ...BINARY, file }] };
  const decided = relevance ?? options.classify(text, file);
  if (decided === 'none') return { loaded: { kind: 'skipped', file }, diagnostics: [] };
  if (decided === 'context') return { deferred: { file, text }, diagnostics: [] };
  return parseLoaded(file, text);
}

/** Parses decoded text by file name: YAML (and JSON) names as YAML, others as line-oriented text. */
export function parseLoaded(file: FileRef, text: string): LoadOutcome {
  if (!isYamlName(file.relPath)) return { loaded: textFile(file, text), diagnostics: [] };
  return parseYaml(file, text);
}

export function textFile(file: FileRef, text: string): TextFile {
  return { kind: 'text', file, text, lineCounter: lineCounterOf(text) };
}

/** Line starts of the text: after every LF (decode has turned lone CRs into LFs). */
function lineCounterOf(text: string): LineCounter {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  return lineCounter;
}

export function parseYaml(file: FileRef, text: string): LoadOutcome {
  // Line starts come from the text itself, not from the parser: in error recovery the `yaml` lexer
  // can swallow a line break without reporting it (a file whose first line is indented, then more
  // documents), which put every later finding one line too high.
  const lineCounter = lineCounterOf(text);
  const template = analyseTemplate(text);
  let documents: Document.Parsed[];
  const diagnostics: Diagnostic[] = [];
  try {
    // uniqueKeys: false because etcd (sigs.k8s.io/yaml) and kubeadm keep the last duplicate key;
    // we evaluate the mapping ourselves with the same last-wins rule. Bounded: a document nested
    // deeper than MAX_NESTING is not composed (the composer recurses per level), it is reported.
    const parsed = parseDocumentsBounded(template?.parseText ?? text, { uniqueKeys: false });
    documents = parsed.documents;
    for (const { offset } of parsed.tooDeep) {
      const pos = lineCounter.linePos(offset);
      diagnostics.push({
        ...diag(
          file,
          'warning',
          'too-deeply-nested',
          `not analysed: a document nests collections more than ${MAX_NESTING} levels deep`,
        ),
        span: { startLine: pos.line, startColumn: pos.col, endLine: pos.line, endColumn: pos.col + 1 },
      });
    }
  } catch (error) {
    return { diagnostics: [parseFailure(file, text, (error as Error).message)] };
  }
  const usable: Document.Parsed[] = [];
  for (const doc of documents) {
    const first = doc.errors[0];
    if (first) {
      const pos = lineCounter.linePos(first.pos[0]);
      diagnostics.push({
        ...parseFailure(file, text, first.message),
        span: { startLine: pos.line, startColumn: pos.col, endLine: pos.line, endColumn: pos.col + 1 },
      });
      continue;
    }
    usable.push(doc);
  }
  const loaded: YamlFile = {
    kind: 'yaml',
    file,
    text,
    documents: usable,
    lineCounter,
    ...(template ? { template } : {}),
  };
  return { loaded, diagnostics };
}

/** Most manifests fit in one read into this buffer, with no stat call and no allocation. */
const SHARED = Buffer.allocUnsafe(64 * 1024);

/**
 * Reads a regular file of at most maxFileSize bytes. A file that fits the shared buffer is read in
 * one call; a larger one has its size checked on the open descriptor before it is read, so an
 * oversized file is never read into memory. O_NONBLOCK keeps a FIFO that slipped past discovery
 * from blocking the scan. The returned bytes may be the shared buffer: use them before the next read.
 */
function readBounded(file: FileRef, maxFileSize: number): { bytes: Buffer } | { diagnostic: Diagnostic } {
  let fd: number | undefined;
  try {
    fd = openSync(file.absPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const first = readSync(fd, SHARED, 0, SHARED.length, 0);
    if (first < SHARED.length && first <= maxFileSize) return { bytes: SHARED.subarray(0, first) };
    const stat = fstatSync(fd);
    if (!stat.isFile())
      return { diagnostic: diag(file, 'note', 'not-a-file', 'skipped: not a regular file') };
    if (stat.size > maxFileSize) {
      return {
        diagnostic: diag(
          file,
          'warning',
          'file-too-large',
          `skipped: ${stat.size} bytes is over the ${maxFileSize}-byte limit (max-file-size)`,
        ),
      };
    }
    const bytes = Buffer.allocUnsafe(stat.size);
    let filled = 0;
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    return { bytes: filled === bytes.length ? bytes : bytes.subarray(0, filled) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return {
      diagnostic: diag(file, 'warning', 'unreadable-file', `skipped: cannot read the file (${code})`),
    };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function hasUtf16Bom(bytes: Buffer): boolean {
  return (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  );
}

/**
 * UTF-8 (or UTF-16 with a BOM), decoded leniently; undefined for binary content. The BOM is dropped.
 * A lone CR (old Mac line ending) becomes LF, one character for one so offsets do not move: the
 * `yaml` parser and the text line counter only break lines at LF, while GitHub's fingerprinting
 * (and its line numbers) treat CR as a line break too; without this a CR-only file parsed as one
 * broken line and its findings were lost.
 */
export function decode(bytes: Buffer): string | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return loneCrToLf(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return loneCrToLf(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return undefined;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return loneCrToLf(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

function loneCrToLf(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/**
 * A document that does not parse is not analysed: a gap in coverage the user must see, reported as
 * a warning (never a finding, never a crash). Templates get their own id so they can be told apart.
 */
function parseFailure(file: FileRef, text: string, message: string): Diagnostic {
  if (text.includes('{{') || text.includes('{%')) {
    return diag(
      file,
      'warning',
      'template-not-parsed',
      `not analysed: templated YAML ({{ ... }}) that does not parse as YAML (${firstLine(message)})`,
    );
  }
  return diag(file, 'warning', 'parse-error', `not analysed: not valid YAML/JSON (${firstLine(message)})`);
}

function firstLine(message: string): string {
  const line = message.split('\n', 1)[0] ?? message;
  return line.length > 200 ? `${line.slice(0, 200)}...` : line;
}

function diag(file: FileRef, level: Diagnostic['level'], id: string, message: string): Diagnostic {
  return { level, id, message, file };
}
