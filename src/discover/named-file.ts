import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { FileRef } from '../model.js';
import type { WalkSpec } from './discover.js';

/**
 * A file that a scanned file names by path (a kustomization's patch), when the scan may read it:
 * the path stays inside the base, its real path (links resolved) lies inside a walk root, neither it
 * nor a directory above it is excluded, and it is a regular file. File patterns are not applied: the
 * kustomization decides what the patch is, not its name. Undefined otherwise.
 */
export function namedFileResolver(spec: WalkSpec): (relPath: string) => FileRef | undefined {
  const excluded = spec.exclude.length > 0 ? picomatch([...spec.exclude], { dot: true }) : () => false;
  return (relPath) => {
    if (relPath === '' || path.posix.isAbsolute(relPath) || relPath.split('/').includes('..'))
      return undefined;
    let real: string;
    try {
      real = realpathSync(path.join(spec.baseReal, relPath));
      if (!statSync(real).isFile()) return undefined;
    } catch {
      return undefined;
    }
    for (const root of spec.roots) {
      const rel = path.relative(root, real).split(path.sep).join('/');
      if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue;
      const parts = rel.split('/');
      const blocked = parts.some((_, i) => excluded(parts.slice(0, i + 1).join('/')));
      return blocked ? undefined : { absPath: real, relPath };
    }
    return undefined;
  };
}
