import { isAscii } from 'node:buffer';
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import type { Diagnostic, FileRef } from '../model.js';
import { noteHeld } from './collect.js';
import type { Relevance } from './prefilter.js';

// Reading and prefiltering one file. This module imports no parser, so the worker threads that
// walk and read (src/gather/) bundle it without `yaml`.

/**
 * What reading a file gave: nothing to parse, a problem, decoded text worth keeping, or (`lookup`)
 * a file to remember in case a later pass needs it (see prefilter.ts).
 */
export type ReadResult =
  | { status: 'skipped' }
  | { status: 'lookup' }
  | { status: 'failed'; diagnostic: Diagnostic }
  | { status: 'kept'; text: string };

export interface ReadOptions {
  maxFileSize: number;
  /** Cheap text test run before parsing (see prefilter.ts): `none` is never decoded nor parsed. */
  classify: (text: string, file: FileRef) => Relevance;
  /**
   * Files that matter only if they start with `#!` (an extension-less file in `bin/` may be a
   * script or a program): any other is skipped after its first block is read, silently, without
   * reading the rest of a large binary (see prefilter.ts).
   */
  needsShebang?: (file: FileRef) => boolean;
}

const SNIFF_BYTES = 8000;
const BINARY: Omit<Diagnostic, 'file'> = {
  level: 'note',
  id: 'binary-file',
  message: 'skipped: the file looks binary (it contains NUL bytes)',
};

/**
 * Reads one file and runs the prefilter on it; every problem becomes a diagnostic, never a throw.
 * The prefilter sees the raw bytes as Latin-1 (ASCII tokens read the same as in UTF-8), so a file
 * that cannot configure etcd is never decoded.
 */
export function readAndClassify(file: FileRef, options: ReadOptions): ReadResult {
  const read = readBounded(file, options.maxFileSize, options.needsShebang?.(file) === true);
  if ('skipped' in read) return { status: 'skipped' };
  if ('diagnostic' in read) return { status: 'failed', diagnostic: read.diagnostic };
  const bytes = read.bytes;
  const utf16 = hasUtf16Bom(bytes);
  if (!utf16 && bytes.subarray(0, SNIFF_BYTES).includes(0)) return binary(file);
  const latin1 = utf16 ? undefined : bytes.toString('latin1');
  const relevance = latin1 === undefined ? undefined : options.classify(latin1, file);
  if (relevance === 'none' || relevance === 'lookup') return classified(relevance, '');
  // ASCII reads the same in Latin-1 and UTF-8: the string the prefilter saw is the text (one copy
  // less of every kept file, and less garbage for the collector to catch up with).
  const text = latin1 !== undefined && isAscii(bytes) ? loneCrToLf(latin1) : decode(bytes);
  if (text === undefined) return binary(file);
  return classified(relevance ?? options.classify(text, file), text);
}

function classified(relevance: Relevance, text: string): ReadResult {
  if (relevance === 'none') return { status: 'skipped' };
  if (relevance === 'lookup') return { status: 'lookup' };
  return { status: 'kept', text };
}

function binary(file: FileRef): ReadResult {
  return { status: 'failed', diagnostic: { ...BINARY, file } };
}

/** Most manifests fit in one read into this buffer, with no stat call and no allocation. */
const SHARED = Buffer.allocUnsafe(64 * 1024);
/**
 * Larger files are read into this buffer, grown to the largest such file up to REUSED_LARGE_MAX
 * (per thread), rather than into a new allocation each: a tree of large files otherwise left a
 * buffer of garbage per file outside the JavaScript heap.
 */
let large = Buffer.allocUnsafe(0);
const REUSED_LARGE_MAX = 16 * 1024 * 1024;

/**
 * Reads a regular file of at most maxFileSize bytes. A file that fits the shared buffer is read in
 * one call; a larger one has its size checked on the open descriptor before it is read, so an
 * oversized file is never read into memory. O_NONBLOCK keeps a FIFO that slipped past discovery
 * from blocking the scan. The returned bytes may be a shared buffer: use them before the next read.
 * With `needsShebang`, a file whose first bytes are not `#!` is skipped after that first read.
 */
function readBounded(
  file: FileRef,
  maxFileSize: number,
  needsShebang: boolean,
): { bytes: Buffer } | { diagnostic: Diagnostic } | { skipped: true } {
  let fd: number | undefined;
  try {
    // The listed path is a real path (discovery resolved links): opening it without following a
    // link means a file swapped for a link since it was listed is not read through the link.
    fd = openSync(
      file.absPath,
      constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0),
    );
    if (constants.O_NOFOLLOW === undefined && !sameFile(fd, file.absPath))
      return { diagnostic: swapped(file) };
    const first = readSync(fd, SHARED, 0, SHARED.length, 0);
    if (needsShebang && !(first >= 2 && SHARED[0] === 0x23 && SHARED[1] === 0x21)) return { skipped: true };
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
    if (stat.size > large.length && stat.size <= REUSED_LARGE_MAX) large = Buffer.allocUnsafe(stat.size);
    const bytes = stat.size <= large.length ? large.subarray(0, stat.size) : Buffer.allocUnsafe(stat.size);
    let filled = 0;
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    // The main thread counts what it parses instead (gather.ts), whoever read it.
    if (!isMainThread) noteHeld(filled);
    return { bytes: filled === bytes.length ? bytes : bytes.subarray(0, filled) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    // Linux says ELOOP for a final link under O_NOFOLLOW, FreeBSD EMLINK.
    if (code === 'ELOOP' || code === 'EMLINK') return { diagnostic: swapped(file) };
    return {
      diagnostic: diag(file, 'warning', 'unreadable-file', `skipped: cannot read the file (${code})`),
    };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function swapped(file: FileRef): Diagnostic {
  return diag(
    file,
    'warning',
    'unreadable-file',
    'skipped: the file is now a symbolic link (it was replaced after it was listed)',
  );
}

/** Without O_NOFOLLOW (Windows): the opened file must be the one at the path, and not a link. */
function sameFile(fd: number, absPath: string): boolean {
  try {
    const opened = fstatSync(fd);
    const listed = lstatSync(absPath);
    return !listed.isSymbolicLink() && opened.ino === listed.ino && opened.dev === listed.dev;
  } catch {
    return false;
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

function diag(file: FileRef, level: Diagnostic['level'], id: string, message: string): Diagnostic {
  return { level, id, message, file };
}
