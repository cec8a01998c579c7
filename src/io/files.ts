import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

// The files the tool itself writes and reads besides the scanned ones (the SARIF report, a baseline)
// are named by inputs, and a pull request controls the tree they live in: it can commit a symbolic
// link where the report goes (`etcd-tls-guard.sarif -> ~/.bashrc`), link a parent folder out of the
// workspace, or link the baseline to /dev/zero. These helpers keep such files inside a folder and
// never follow a link out of it. Errors are `FileProblem`s with messages meant for the user, which
// never quote the file's content.

/** A problem with a file the user named, worded for the user. */
export class FileProblem extends Error {}

/** Whether `target` is `dir` or lies under it (both absolute, same kind: lexical or real). */
export function isInside(dir: string, target: string): boolean {
  const relative = path.relative(dir, target);
  return (
    relative === '' ||
    (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative))
  );
}

/** The real path, or undefined when nothing is there. */
function realpathOrUndefined(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

/**
 * Resolves `name` (relative to `root`, or absolute) to a path that is inside `root` both as written
 * and once symbolic links are resolved. Returns the path as written (absolute) and its real path
 * (undefined when it does not exist). `what` names the input in messages.
 */
export function resolveInside(root: string, name: string, what: string): { path: string; real?: string } {
  const rootReal = realpathOrUndefined(root) ?? root;
  const target = path.resolve(root, name);
  if (!isInside(root, target)) throw new FileProblem(`${what} "${name}" is outside the workspace`);
  const real = realpathOrUndefined(target);
  if (real !== undefined && !isInside(rootReal, real))
    throw new FileProblem(`${what} "${name}" leads outside the workspace through a symbolic link`);
  return real === undefined ? { path: target } : { path: target, real };
}

/**
 * Creates the folders of `dir` that are missing, one at a time, checking that each existing one is
 * inside `rootReal` once links are resolved (mkdir -p would follow a linked parent anywhere).
 */
function makeFoldersInside(rootReal: string, dir: string, what: string, name: string): string {
  const missing: string[] = [];
  let existing = dir;
  while (realpathOrUndefined(existing) === undefined) {
    missing.unshift(path.basename(existing));
    const parent = path.dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  let real = realpathOrUndefined(existing) ?? existing;
  if (!isInside(rootReal, real))
    throw new FileProblem(`${what} "${name}" leads outside the workspace through a symbolic link`);
  for (const segment of missing) {
    const next = path.join(real, segment);
    mkdirSync(next);
    real = realpathSync(next);
    if (!isInside(rootReal, real))
      throw new FileProblem(`${what} "${name}" leads outside the workspace through a symbolic link`);
  }
  return real;
}

/**
 * Writes `text` to `name` inside `root` without ever following a symbolic link: the folder is
 * resolved and checked, the text goes to a new temporary file in that real folder (O_EXCL and
 * O_NOFOLLOW), which is then renamed over the target. A rename replaces a directory entry and never
 * follows a link, so even a link put in place after the checks cannot redirect the write. A target
 * that is a link, a folder or anything but a regular file is refused. Returns the absolute path as
 * written.
 */
export function writeFileInside(root: string, name: string, text: string, what: string): string {
  const rootReal = realpathOrUndefined(root) ?? root;
  const target = path.resolve(root, name);
  if (!isInside(root, target) || target === root)
    throw new FileProblem(`${what} "${name}" is outside the workspace`);
  const folderReal = makeFoldersInside(rootReal, path.dirname(target), what, name);
  const finalPath = path.join(folderReal, path.basename(target));
  const existing = lstatOrUndefined(finalPath);
  if (existing?.isSymbolicLink())
    throw new FileProblem(`${what} "${name}" is a symbolic link; it is not written through`);
  if (existing?.isDirectory()) throw new FileProblem(`${what} "${name}" is a folder, not a file`);
  if (existing && !existing.isFile()) throw new FileProblem(`${what} "${name}" is not a regular file`);
  const temporary = path.join(folderReal, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(
    temporary,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
    0o644,
  );
  try {
    const bytes = Buffer.from(text, 'utf8');
    for (let written = 0; written < bytes.length; )
      written += writeSync(fd, bytes, written, bytes.length - written);
  } catch (error) {
    closeSync(fd);
    unlinkQuietly(temporary);
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temporary, finalPath);
  } catch (error) {
    unlinkQuietly(temporary);
    throw error;
  }
  return target;
}

/**
 * Reads a regular file of at most `maxBytes` bytes, opened without following a final link and
 * without blocking (a FIFO); devices, FIFOs and folders are refused, and a file that grows past the
 * bound while read (or lies about its size, as /proc files do) is refused too.
 */
export function readRegularFile(file: string, maxBytes: number, what: string, name: string): Buffer {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileProblem(`${what} "${name}" does not exist`);
    if (code === 'ELOOP' || code === 'EMLINK') throw new FileProblem(`${what} "${name}" is a symbolic link`);
    if (code === 'EISDIR') throw new FileProblem(`${what} "${name}" is a folder, not a file`);
    throw new FileProblem(`${what} "${name}" cannot be read (${code ?? 'error'})`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new FileProblem(`${what} "${name}" is a folder, not a file`);
    if (!stat.isFile()) throw new FileProblem(`${what} "${name}" is not a regular file`);
    if (stat.size > maxBytes) throw new FileProblem(`${what} "${name}" is larger than ${maxBytes} bytes`);
    const chunks: Buffer[] = [];
    const chunk = Buffer.allocUnsafe(64 * 1024);
    let total = 0;
    for (
      let n = readSync(fd, chunk, 0, chunk.length, null);
      n > 0;
      n = readSync(fd, chunk, 0, chunk.length, null)
    ) {
      total += n;
      if (total > maxBytes) throw new FileProblem(`${what} "${name}" is larger than ${maxBytes} bytes`);
      chunks.push(Buffer.from(chunk.subarray(0, n)));
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

function lstatOrUndefined(p: string) {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}

function unlinkQuietly(p: string): void {
  try {
    unlinkSync(p);
  } catch {
    // Already gone.
  }
}
