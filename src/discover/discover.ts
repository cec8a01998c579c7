import { type Dirent, existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, FileRef } from '../model.js';
import { compileGlobs, GlobCounter, type Matcher } from './globs.js';

export const DEFAULT_PATTERNS = [
  // Kubernetes manifests, kubeadm, Cluster API, etcd config files, Compose, Helm, kustomize.
  '**/*.yaml',
  '**/*.yml',
  '**/*.json',
  '**/*.manifest',
  '**/Kustomization',
  // systemd units and drop-ins.
  '**/*.service',
  '**/*.service.d/*.conf',
  // etcd environment files (`etcd.env`, `/etc/etcd/etcd.conf`, `/etc/default/etcd`).
  '**/*.env',
  '**/etcd.conf',
  '**/default/etcd',
  // Shell scripts by name, and files without an extension (scripts by their `#!` line, which the
  // prefilter checks in the first block read: any other such file is skipped unread beyond it).
  '**/*.sh',
  '**/*.bash',
  '**/!(*.*)',
  // Dockerfiles (`Dockerfile`, `Containerfile` are extension-less; their variants).
  '**/*.Dockerfile',
  '**/Dockerfile.*',
  '**/Containerfile.*',
  // Templates, read as the file their stem names: Jinja2 (Ansible, Salt), Go (Helm, helmfile), ERB.
  '**/*.j2',
  '**/*.jinja2',
  '**/*.jinja',
  '**/*.tpl',
  '**/*.tmpl',
  '**/*.gotmpl',
  '**/*.erb',
];
export const DEFAULT_EXCLUDES = ['**/.git/**', '**/node_modules/**'];

/** Whether include globs are the built-in list (then nobody needs to hear which of them matched). */
export function isDefaultPatterns(patterns: readonly string[]): boolean {
  return (
    patterns.length === DEFAULT_PATTERNS.length && patterns.every((glob, i) => glob === DEFAULT_PATTERNS[i])
  );
}

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
 * What to walk, as plain data a worker thread can receive: the real paths of the directories given
 * as inputs, and the globs. Files given by name are already resolved in `inputFiles`.
 */
export interface WalkSpec {
  base: string;
  /** The base's real path: files under it are reported relative to it. */
  baseReal: string;
  roots: string[];
  patterns: readonly string[];
  exclude: readonly string[];
}

export interface DiscoveryPlan {
  spec: WalkSpec;
  inputFiles: FileRef[];
  diagnostics: Diagnostic[];
}

/** Receives what listing one directory finds. */
export interface ListingSink {
  directory(root: number, dirRel: string): void;
  /**
   * A file to scan. `unique`: no other listing emits it (an entry of its own directory); otherwise
   * (a link's target that no walk lists, which another link may name too) it may come again.
   */
  file(file: FileRef, unique: boolean): void;
  diagnostic(diagnostic: Diagnostic): void;
}

/**
 * Lists the files to scan, sorted and without duplicates: the inputs resolved by `planDiscovery`,
 * then every directory listed by `DirectoryLister`, one after the other. src/gather/ runs the same
 * lister on several threads.
 */
export function discoverFiles(options: DiscoverOptions): Discovery {
  const plan = planDiscovery(options);
  const lister = new DirectoryLister(plan.spec);
  const files = [...plan.inputFiles];
  const diagnostics = [...plan.diagnostics];
  const pending: [number, string][] = plan.spec.roots.map((_, root) => [root, '']);
  const sink: ListingSink = {
    directory: (root, dirRel) => pending.push([root, dirRel]),
    file: (file) => files.push(file),
    diagnostic: (diagnostic) => diagnostics.push(diagnostic),
  };
  for (let next = pending.pop(); next !== undefined; next = pending.pop())
    lister.list(next[0], next[1], sink);
  return { files: uniqueSorted(files), diagnostics };
}

/** Files in relPath order, each real path once (a file reached by a link and by its own name). */
export function uniqueSorted(files: readonly FileRef[]): FileRef[] {
  const byRealPath = new Map<string, FileRef>();
  for (const file of files) if (!byRealPath.has(file.absPath)) byRealPath.set(file.absPath, file);
  return [...byRealPath.values()].sort((a, b) => compare(a.relPath, b.relPath));
}

/**
 * Resolves the inputs: a file is taken as is, a directory becomes a walk root. Symbolic links are
 * resolved and kept only when they stay inside the directory being scanned, directory links are
 * never followed (so link loops cannot occur), and FIFOs, sockets and devices are never opened.
 */
export function planDiscovery(options: DiscoverOptions): DiscoveryPlan {
  const base = path.resolve(options.base);
  const baseReal = safeRealpath(base) ?? base;
  const spec: WalkSpec = {
    base,
    baseReal,
    roots: [],
    patterns: options.patterns,
    exclude: options.exclude,
  };
  const inputFiles: FileRef[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const input of options.paths) {
    const root = path.resolve(base, input);
    const rootReal = safeRealpath(root);
    const stat = rootReal === undefined ? undefined : safeStat(rootReal);
    if (!rootReal || !stat) {
      diagnostics.push({ level: 'error', id: 'path-not-found', message: `path not found: ${input}` });
    } else if (isInside(base, root) && !isInside(baseReal, rootReal)) {
      // A path inside the base that a symbolic link (the path itself or one of its directories)
      // sends outside it: the same rule as for links met while walking. Without this, a repository
      // whose scanned directory was replaced by a link to `/` had the whole machine walked and read.
      // A path written outside the base on purpose (CLI `etcd-tls-guard /elsewhere`) is still scanned.
      diagnostics.push(skipped(relativePath(base, root), 'warning', OUTSIDE));
    } else if (stat.isFile()) {
      inputFiles.push(fileRef(spec, rootReal));
    } else if (!stat.isDirectory()) {
      // A FIFO, socket or device given by name: never opened (a FIFO would block the read).
      diagnostics.push(skipped(relativePath(base, root), 'note', 'not a regular file'));
    } else {
      spec.roots.push(rootReal);
    }
  }
  return { spec, inputFiles, diagnostics };
}

const OUTSIDE = 'symbolic link points outside the scanned directory';
const INTO_EXCLUDED = 'symbolic link points into an excluded folder or file';

/**
 * Lists one directory of a walk root: subdirectories to walk next (excluded ones are never
 * entered), files matching the globs (glob matching with picomatch on the path relative to the
 * root), and a notice for each entry skipped. Measured at half the time of fast-glob's sync API on
 * a 20,000-file tree (bench/RESULTS.md).
 */
export class DirectoryLister {
  private readonly include: Matcher;
  private readonly exclude: Matcher;
  /** Which of the user's globs matched (see globs.ts); read once the walk is over. */
  readonly globs: GlobCounter;
  /** Each root's own report path, `''` for the base: a file's is this joined with its path in the root. */
  private readonly rootRelPaths: string[];
  /** For each root, the earlier roots it may lie in: only those can list its entries first. */
  private readonly earlierCovering: number[][];
  /** The roots' real paths in lower case, for a cheap "may lie inside" test (case-insensitive file systems). */
  private readonly rootsLowerCase: string[];

  constructor(private readonly spec: WalkSpec) {
    this.include = compileGlobs(spec.patterns, true);
    this.exclude = compileGlobs(spec.exclude, false);
    this.globs = new GlobCounter(
      spec.patterns,
      !isDefaultPatterns(spec.patterns),
      spec.exclude,
      DEFAULT_EXCLUDES,
    );
    this.rootRelPaths = spec.roots.map((rootReal) => fileRef(spec, rootReal).relPath);
    this.rootsLowerCase = spec.roots.map((rootReal) => rootReal.toLowerCase());
    this.earlierCovering = this.rootsLowerCase.map((rootReal, root) =>
      this.rootsLowerCase.flatMap((other, earlier) =>
        earlier < root && rootReal.startsWith(other) ? [earlier] : [],
      ),
    );
  }

  list(root: number, dirRel: string, sink: ListingSink): void {
    const rootReal = this.spec.roots[root] as string;
    let entries: Dirent[];
    try {
      entries = readdirSync(dirRel ? joinRelative(rootReal, dirRel) : rootReal, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = notUtf8(dirRel, code) ?? `cannot read directory (${code})`;
      sink.diagnostic(this.skipped(root, dirRel || '.', 'warning', reason));
      return;
    }
    for (const entry of entries) {
      const rel = dirRel ? `${dirRel}/${entry.name}` : entry.name;
      if (this.excluded(root, rel, true)) continue;
      if (entry.isDirectory()) {
        sink.directory(root, rel);
        continue;
      }
      if (!this.include(rel)) continue;
      this.globs.included(rel);
      const absPath = joinRelative(rootReal, rel);
      // With overlapping inputs (`k8s k8s/prod`), an entry belongs to the first root that lists it.
      if ((this.earlierCovering[root]?.length ?? 0) > 0 && this.listedDirectly(absPath, root)) continue;
      const badName =
        entry.name.includes('\uFFFD') && !existsSync(absPath) ? notUtf8(rel, 'ENOENT') : undefined;
      if (badName) sink.diagnostic(this.skipped(root, rel, 'warning', badName));
      else if (entry.isFile()) sink.file({ absPath, relPath: this.relPathOf(root, rel) }, true);
      else if (entry.isSymbolicLink()) this.followLink(root, rel, absPath, sink);
      else sink.diagnostic(this.skipped(root, rel, 'note', 'not a regular file'));
    }
  }

  private followLink(root: number, rel: string, absPath: string, sink: ListingSink): void {
    const target = safeRealpath(absPath);
    if (target === undefined) sink.diagnostic(this.skipped(root, rel, 'note', 'broken symbolic link'));
    else if (!isInside(this.spec.roots[root] as string, target))
      sink.diagnostic(this.skipped(root, rel, 'warning', OUTSIDE));
    else if (this.excludedPath(root, relativePath(this.spec.roots[root] as string, target)))
      // A link into `.git`, `node_modules` or an excluded folder reads nothing the walk would not.
      sink.diagnostic(this.skipped(root, rel, 'note', INTO_EXCLUDED));
    else if (safeStat(target)?.isFile() && !this.listedDirectly(target))
      sink.file(fileRef(this.spec, target), false);
  }

  /** Whether a path inside a root, or one of its folders, is excluded. */
  private excludedPath(root: number, rel: string): boolean {
    for (let slash = rel.indexOf('/'); slash >= 0; slash = rel.indexOf('/', slash + 1))
      if (this.excluded(root, rel.slice(0, slash), false)) return true;
    return rel !== '' && this.excluded(root, rel, false);
  }

  /**
   * Whether a walk root lists the file at this real path as an entry of its own directory: its
   * directories and itself not excluded, its path matching the globs. With `before`, only the roots
   * before that one are asked. Such a file is emitted by that root only, so files are counted once
   * without a set of every path seen.
   */
  listedDirectly(absPath: string, before?: number): boolean {
    const candidates = before === undefined ? this.spec.roots.keys() : (this.earlierCovering[before] ?? []);
    const lowerCase = absPath.toLowerCase();
    for (const root of candidates) {
      const rootReal = this.spec.roots[root] as string;
      if (!lowerCase.startsWith(this.rootsLowerCase[root] as string)) continue;
      if (!isInside(rootReal, absPath) || absPath === rootReal) continue;
      const rel = relativePath(rootReal, absPath);
      if (!this.excludedPath(root, rel) && this.include(rel)) return true;
    }
    return false;
  }

  /**
   * Whether an entry is excluded. Exclude globs are matched against the entry's path inside the
   * scanned path and against its report path (relative to the workspace), because reports show the
   * second and people copy from them; `count` records which glob matched how (globs.ts).
   */
  private excluded(root: number, rel: string, count: boolean): boolean {
    const rootRelPath = this.rootRelPaths[root];
    // A root outside the base (a CLI path given as ../x) has no report path worth matching.
    const baseRel =
      rootRelPath && rootRelPath !== '..' && !rootRelPath.startsWith('../')
        ? `${rootRelPath}/${rel}`
        : undefined;
    if (!this.exclude(rel) && (baseRel === undefined || !this.exclude(baseRel))) return false;
    if (count) this.globs.excluded(rel, baseRel);
    return true;
  }

  private relPathOf(root: number, rel: string): string {
    const rootRelPath = this.rootRelPaths[root];
    return rootRelPath ? `${rootRelPath}/${rel}` : rel;
  }

  private skipped(root: number, rel: string, level: Diagnostic['level'], reason: string): Diagnostic {
    return skipped(rel === '.' ? this.relPathOf(root, '') || '.' : this.relPathOf(root, rel), level, reason);
  }
}

function skipped(relPath: string, level: Diagnostic['level'], reason: string): Diagnostic {
  return { level, id: 'skipped-entry', message: `${relPath}: skipped: ${reason}` };
}

/**
 * A file by its real path, named relative to the base: to the base's real path when the file is
 * under it (a base reached through a link, such as macOS's /tmp, still gives `k8s/etcd.yaml`), and
 * with `..` segments for a file outside it that was named on purpose.
 */
function fileRef(spec: WalkSpec, absPath: string): FileRef {
  const relPath = isInside(spec.baseReal, absPath)
    ? relativePath(spec.baseReal, absPath)
    : relativePath(spec.base, absPath);
  return { absPath, relPath };
}

/** `root` joined with a forward-slash relative path, without path.join's normalization on POSIX. */
function joinRelative(root: string, rel: string): string {
  if (path.sep !== '/') return path.join(root, rel);
  return root.endsWith('/') ? root + rel : `${root}/${rel}`;
}

/**
 * Node decodes file names as UTF-8 and puts U+FFFD for invalid bytes, so a name that is not UTF-8
 * (a Latin-1 `café.yaml` committed from an old system) cannot be opened by the decoded name: say
 * so instead of a puzzling "cannot read the file (ENOENT)".
 */
function notUtf8(rel: string, code: string | undefined): string | undefined {
  return code === 'ENOENT' && rel.includes('\uFFFD')
    ? 'the name is not valid UTF-8, so it cannot be opened (rename it to scan it)'
    : undefined;
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

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
