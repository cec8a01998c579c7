import picomatch from 'picomatch';

// The user's globs (`patterns`/`--include`, `exclude`/`--exclude`): how they are read, checked and
// matched, and which of them matched anything. The built-in list is written as `**/*.yaml`, and
// people write `*.yaml` expecting the same, so a glob without `/` matches a name at any depth, as in
// .gitignore; a glob with `/` is matched against the whole relative path, and a leading `/`
// anchors a name to the top (`/etcd.yaml`).

/** The glob picomatch gets: `*.yaml` -> `**\/*.yaml`, `./k8s/*.yaml` -> `k8s/*.yaml`, `/a.yaml` -> `a.yaml`. */
export function normalizeGlob(glob: string): string {
  // A negated glob (`!vendor/**`) keeps its `!` in front.
  if (glob.startsWith('!') && !glob.startsWith('!(')) return `!${normalizeGlob(glob.slice(1))}`;
  const relative = glob.startsWith('./') ? glob.slice(2) : glob;
  if (relative.startsWith('/')) return relative.slice(1);
  return relative.includes('/') ? relative : `**/${relative}`;
}

const CLOSER: Record<string, string> = { '[': ']', '{': '}', '(': ')' };

/**
 * Why a glob cannot be used, or undefined. picomatch never rejects a glob: an unclosed `{` or `(`
 * compiles to a pattern that matches nothing and an unclosed `[` to a literal bracket, so a typo
 * would quietly scan nothing.
 */
export function globProblem(glob: string): string | undefined {
  if (glob.trim() === '') return 'is empty';
  const open: string[] = [];
  for (let i = 0; i < glob.length; i++) {
    const char = glob.charAt(i);
    if (char === '\\') {
      i++;
      continue;
    }
    const inClass = open.at(-1) === '[';
    if (inClass && char === ']') open.pop();
    else if (inClass) continue;
    else if (char in CLOSER) open.push(char);
    else if ((char === '}' || char === ')') && open.length > 0 && CLOSER[open.at(-1) as string] === char)
      open.pop();
  }
  const unclosed = open.at(-1);
  if (unclosed !== undefined) return `has an unclosed "${unclosed}"`;
  try {
    if (picomatch.makeRe(normalizeGlob(glob)).source === '$^') return 'is not a valid glob';
  } catch {
    return 'is not a valid glob';
  }
  return undefined;
}

export type Matcher = (relPath: string) => boolean;

export function compileGlobs(globs: readonly string[], nocase: boolean): Matcher {
  if (globs.length === 0) return () => false;
  return picomatch(globs.map(normalizeGlob), { dot: true, nocase });
}

/**
 * What the user's globs matched while one thread walked (plain data: it crosses threads). Only the
 * user's own globs are counted, not the built-in list.
 */
export interface GlobStats {
  /** Entries the include globs matched (files, links, entries that could not be opened). */
  matched: number;
  /** Per include glob (in the order given): whether it matched a file. Empty for the built-in list. */
  include: boolean[];
  /** Per exclude glob: entries (files, or directories not entered) it excluded by their path relative to the scanned path... */
  excludeByPath: number[];
  /** ...and by their path relative to the report base (the workspace, or the CLI's current directory). */
  excludeByBase: number[];
}

/** Counts which of the user's globs match, on top of the combined matchers the walk uses. */
export class GlobCounter {
  readonly stats: GlobStats;
  private readonly includeEach: Matcher[];
  private readonly excludeEach: { index: number; matches: Matcher }[];
  private includeLeft: number;

  /** `userInclude`: false for the built-in list. `builtInExclude`: globs the adapters always add. */
  constructor(
    include: readonly string[],
    userInclude: boolean,
    exclude: readonly string[],
    builtInExclude: readonly string[],
  ) {
    this.includeEach = userInclude ? include.map((glob) => compileGlobs([glob], true)) : [];
    this.includeLeft = this.includeEach.length;
    this.excludeEach = exclude.flatMap((glob, index) =>
      builtInExclude.includes(glob) ? [] : [{ index, matches: compileGlobs([glob], false) }],
    );
    this.stats = {
      matched: 0,
      include: this.includeEach.map(() => false),
      excludeByPath: exclude.map(() => 0),
      excludeByBase: exclude.map(() => 0),
    };
  }

  /** A file the include globs matched: mark the globs that match it, until every one has. */
  included(relPath: string): void {
    this.stats.matched++;
    if (this.includeLeft === 0) return;
    this.includeEach.forEach((matches, index) => {
      if (!this.stats.include[index] && matches(relPath)) {
        this.stats.include[index] = true;
        this.includeLeft--;
      }
    });
  }

  /** An excluded entry, by its path inside the scanned path and (when it differs) inside the base. */
  excluded(relPath: string, baseRelPath: string | undefined): void {
    for (const { index, matches } of this.excludeEach) {
      if (matches(relPath)) (this.stats.excludeByPath[index] as number)++;
      if (baseRelPath !== undefined && matches(baseRelPath)) (this.stats.excludeByBase[index] as number)++;
    }
  }
}

/** Adds up what several threads counted. */
export function mergeGlobStats(all: readonly GlobStats[]): GlobStats | undefined {
  const [first, ...rest] = all;
  if (first === undefined) return undefined;
  return {
    matched: rest.reduce((sum, stats) => sum + stats.matched, first.matched),
    include: first.include.map((hit, i) => hit || rest.some((stats) => stats.include[i])),
    excludeByPath: first.excludeByPath.map((n, i) =>
      rest.reduce((sum, s) => sum + (s.excludeByPath[i] ?? 0), n),
    ),
    excludeByBase: first.excludeByBase.map((n, i) =>
      rest.reduce((sum, s) => sum + (s.excludeByBase[i] ?? 0), n),
    ),
  };
}
