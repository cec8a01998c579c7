import type { Diagnostic, FileRef } from '../model.js';
import { isHelmfilePath, isTemplateValuesPath } from './file-kinds.js';
import { type LoadedFile, type ParseOptions, parseLoaded } from './load.js';
import { mentionsConfigMap, mentionsRelease } from './prefilter.js';
import { readAndClassify } from './read.js';

/**
 * Loads the files the prefilter set aside as `lookup` (ConfigMaps) that may define one of the
 * named ConfigMaps: read again, kept when the text names one of them, parsed. Files that cannot be
 * read now were read once already; their problem was reported then.
 */
export function loadConfigMaps(
  files: readonly FileRef[],
  names: ReadonlySet<string>,
  maxFileSize: number,
  report: ReportGap = ignore,
): LoadedFile[] {
  return loadDefining(files, names, maxFileSize, mentionsConfigMap, report);
}

/**
 * Where a loader reports a file it read but could not analyse for the work bounds (`too-complex`,
 * `too-deeply-nested`): a set-aside file was never parsed before, so nobody else says it.
 */
export type ReportGap = (diagnostic: Diagnostic) => void;
const ignore: ReportGap = () => undefined;
const BOUND_IDS: ReadonlySet<string> = new Set(['too-complex', 'too-deeply-nested']);

function parseLookup(
  file: FileRef,
  text: string,
  report: ReportGap,
  options?: ParseOptions,
): LoadedFile | undefined {
  const outcome = parseLoaded(file, text, options);
  for (const diagnostic of outcome.diagnostics) if (BOUND_IDS.has(diagnostic.id)) report(diagnostic);
  return outcome.loaded;
}

/**
 * Loads files by report path that a configuration names (a kustomization's patches), parsed whole
 * (a patch need not name etcd). `resolve` maps a report path to the file on disk, or undefined when
 * the path is not one the scan may read (outside the scanned tree, excluded, not a regular file).
 */
export function loadNamedFiles(
  relPaths: ReadonlySet<string>,
  resolve: (relPath: string) => FileRef | undefined,
  maxFileSize: number,
  report: ReportGap = ignore,
): LoadedFile[] {
  const out: LoadedFile[] = [];
  for (const relPath of relPaths) {
    const file = resolve(relPath);
    if (!file) continue;
    const read = readAndClassify(file, { maxFileSize, classify: () => 'settings' });
    if (read.status !== 'kept') continue;
    const loaded = parseLookup(file, read.text, report, { skipIrrelevantDocuments: false });
    if (loaded) out.push(loaded);
  }
  return out;
}

/**
 * Loads the set-aside values and variable files that decide templates' conditions: the values files
 * and `Chart.yaml` of the wanted chart directories, the `defaults`/`vars` of the wanted role
 * directories, (when `group_vars` is wanted) every group_vars and host_vars file, and (when a chart
 * is wanted) the GitOps releases and helmfiles, which may apply values to it without naming etcd.
 */
export function loadValueFiles(
  files: readonly FileRef[],
  dirs: ReadonlySet<string>,
  maxFileSize: number,
  report: ReportGap = ignore,
): LoadedFile[] {
  const out: LoadedFile[] = [];
  for (const file of files) {
    const values = isTemplateValuesPath(file.relPath) && wantedBy(file.relPath, dirs);
    if (values) {
      const read = readAndClassify(file, { maxFileSize, classify: () => 'settings' });
      if (read.status !== 'kept') continue;
      // A values file need not name etcd: every document of it is read.
      const loaded = parseLookup(file, read.text, report, { skipIrrelevantDocuments: false });
      if (loaded) out.push(loaded);
      continue;
    }
    if (dirs.size === 0 || isTemplateValuesPath(file.relPath)) continue;
    const helmfile = isHelmfilePath(file.relPath);
    const read = readAndClassify(file, {
      maxFileSize,
      classify: (text) => (helmfile || mentionsRelease(text) ? 'settings' : 'none'),
    });
    if (read.status !== 'kept') continue;
    const loaded = parseLookup(file, read.text, report);
    if (loaded) out.push(loaded);
  }
  return out;
}

/**
 * Loads the set-aside files that may define one of the named Flux sources (a HelmRepository a
 * HelmRelease names need not name etcd): kept when the text has a release or source kind and one of
 * the names.
 */
export function loadObjects(
  files: readonly FileRef[],
  names: ReadonlySet<string>,
  maxFileSize: number,
  report: ReportGap = ignore,
): LoadedFile[] {
  return loadDefining(files, names, maxFileSize, mentionsRelease, report);
}

/** Reads the files again and parses those whose text `mayDefine` accepts and that hold one of the names. */
function loadDefining(
  files: readonly FileRef[],
  names: ReadonlySet<string>,
  maxFileSize: number,
  mayDefine: (text: string) => boolean,
  report: ReportGap,
): LoadedFile[] {
  const wanted = [...names];
  const definesOne = (text: string) =>
    mayDefine(text) && wanted.some((name) => text.includes(name)) ? ('settings' as const) : ('none' as const);
  const out: LoadedFile[] = [];
  for (const file of files) {
    const read = readAndClassify(file, { maxFileSize, classify: definesOne });
    if (read.status !== 'kept') continue;
    const loaded = parseLookup(file, read.text, report);
    if (loaded) out.push(loaded);
  }
  return out;
}

function wantedBy(relPath: string, dirs: ReadonlySet<string>): boolean {
  const segments = relPath.split('/');
  if (dirs.has('group_vars') && (segments.includes('group_vars') || segments.includes('host_vars')))
    return true;
  const parent = segments.slice(0, -1).join('/');
  const grandparent = segments.slice(0, -2).join('/');
  return dirs.has(parent) || dirs.has(grandparent);
}
