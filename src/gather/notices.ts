import { DEFAULT_EXCLUDES, isDefaultPatterns } from '../discover/discover.js';
import type { GlobStats } from '../discover/globs.js';
import type { Diagnostic } from '../model.js';
import type { GatherOptions } from './gather.js';

// Scan notices about what the walk covered, made once every thread's counts are merged.

/**
 * What the user's globs did: an include glob that matched no file is a warning (a typo, or a glob
 * written for another layout, would otherwise scan less than meant without a word); each exclude
 * glob says what it matched, and whether by the path inside the scanned path or by the path as
 * reports show it (both are accepted).
 */
export function globNotices(
  globs: GlobStats,
  options: Pick<GatherOptions, 'patterns' | 'exclude'>,
  rootsAreBase: boolean,
): Diagnostic[] {
  const notices: Diagnostic[] = [];
  const patterns = isDefaultPatterns(options.patterns) ? [] : options.patterns;
  patterns.forEach((glob, i) => {
    if (!globs.include[i])
      notices.push({
        level: 'warning',
        id: 'glob-matched-nothing',
        message: `include glob "${glob}" matched 0 files`,
      });
  });
  options.exclude.forEach((glob, i) => {
    if (DEFAULT_EXCLUDES.includes(glob)) return;
    const byPath = globs.excludeByPath[i] ?? 0;
    const byBase = globs.excludeByBase[i] ?? 0;
    const entries = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;
    const ways = [
      byPath > 0 ? `${entries(byPath)} by their path inside the scanned path` : '',
      byBase > 0
        ? `${entries(byBase)} by their path as reported (relative to the workspace or current directory)`
        : '',
    ].filter(Boolean);
    // A glob without `/` matches a name at any depth, so both paths always agree: no need to say.
    const how =
      ways.length === 0
        ? 'matched nothing'
        : `matched ${rootsAreBase || !glob.includes('/') ? entries(Math.max(byPath, byBase)) : ways.join(' and ')}`;
    notices.push({ level: 'note', id: 'exclude-glob', message: `exclude glob "${glob}" ${how}` });
  });
  return notices;
}

/** Nothing matched at all: an empty folder, or globs written for another layout. */
export function noFilesNotice(paths: readonly string[]): Diagnostic {
  return {
    level: 'note',
    id: 'no-files',
    message: `no file under ${paths.map((p) => `"${p}"`).join(', ')} matched the include globs, so nothing was scanned`,
  };
}
