import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import type { Diagnostic, FileRef } from '../model.js';

export const DEFAULT_PATTERNS = [
  // Kubernetes manifests, kubeadm, Cluster API, etcd config files, Compose, Helm, kustomize.
  '**/*.yaml',
  '**/*.yml',
  '**/*.json',
  '**/*.manifest',
  // systemd units and drop-ins.
  '**/*.service',
  '**/*.service.d/*.conf',
  // etcd environment files (`etcd.env`, `/etc/etcd/etcd.conf`, `/etc/default/etcd`).
  '**/*.env',
  '**/etcd.conf',
  '**/default/etcd',
];
export const DEFAULT_EXCLUDES = ['**/.git/**', '**/node_modules/**'];

export interface DiscoverOptions {
  /** Files or directories to scan. */
  paths: readonly string[];
  /** Directory that report paths are relative to (the repository root or the current directory). */
  base: string;
  patterns: readonly string[];
  exclude: readonly string[];
}

export interface Discovery {
  files: FileRef[];
  diagnostics: Diagnostic[];
}

/**
 * Lists the files to scan, sorted and without duplicates. Symbolic links are resolved and kept
 * only when they stay inside the directory being scanned; directories, FIFOs, sockets and devices
 * that match a pattern are never opened.
 */
export function discoverFiles(options: DiscoverOptions): Discovery {
  const base = path.resolve(options.base);
  const byRealPath = new Map<string, FileRef>();
  const diagnostics: Diagnostic[] = [];
  const add = (absPath: string) => {
    if (!byRealPath.has(absPath)) byRealPath.set(absPath, { absPath, relPath: relativePath(base, absPath) });
  };
  for (const input of options.paths) {
    const root = path.resolve(base, input);
    const rootReal = safeRealpath(root);
    const stat = rootReal === undefined ? undefined : safeStat(rootReal);
    if (!rootReal || !stat) {
      diagnostics.push({ level: 'error', id: 'path-not-found', message: `path not found: ${input}` });
    } else if (stat.isFile()) {
      add(rootReal);
    } else if (stat.isDirectory()) {
      walk(rootReal, options, add, (relPath, message) =>
        diagnostics.push({
          level: 'note',
          id: 'skipped-entry',
          message: `${toSlash(path.relative(base, path.join(rootReal, relPath)))}: ${message}`,
        }),
      );
    }
  }
  const files = [...byRealPath.values()].sort((a, b) => compare(a.relPath, b.relPath));
  return { files, diagnostics };
}

function walk(
  rootReal: string,
  options: DiscoverOptions,
  add: (absPath: string) => void,
  skip: (relPath: string, message: string) => void,
): void {
  const entries = fg.sync([...options.patterns], {
    cwd: rootReal,
    ignore: [...options.exclude],
    dot: true,
    onlyFiles: false,
    followSymbolicLinks: false,
    objectMode: true,
    suppressErrors: true,
    caseSensitiveMatch: false,
  });
  for (const entry of entries) {
    const absPath = path.join(rootReal, entry.path);
    if (entry.dirent.isFile()) {
      add(absPath);
    } else if (entry.dirent.isSymbolicLink()) {
      const target = safeRealpath(absPath);
      if (target === undefined) skip(entry.path, 'skipped: broken symbolic link');
      else if (!isInside(rootReal, target))
        skip(entry.path, 'skipped: symbolic link points outside the scanned directory');
      else if (safeStat(target)?.isFile()) add(target);
    } else if (!entry.dirent.isDirectory()) {
      skip(entry.path, 'skipped: not a regular file');
    }
  }
}

/** Forward-slash path relative to base; `..` segments when the file lies outside it. */
export function relativePath(base: string, absPath: string, pathApi: path.PlatformPath = path): string {
  const relative = pathApi.relative(base, absPath);
  return relative.split(pathApi.sep).join('/');
}

function isInside(dir: string, target: string): boolean {
  const relative = path.relative(dir, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

function safeStat(p: string) {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

function toSlash(p: string): string {
  return p.split(path.sep).join('/');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
