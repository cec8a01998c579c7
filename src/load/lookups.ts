import type { FileRef } from '../model.js';
import { type LoadedFile, parseLoaded } from './load.js';
import { mentionsConfigMap } from './prefilter.js';
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
): LoadedFile[] {
  const wanted = [...names];
  const definesOne = (text: string) =>
    mentionsConfigMap(text) && wanted.some((name) => text.includes(name))
      ? ('settings' as const)
      : ('none' as const);
  const out: LoadedFile[] = [];
  for (const file of files) {
    const read = readAndClassify(file, { maxFileSize, classify: definesOne });
    if (read.status !== 'kept') continue;
    const loaded = parseLoaded(file, read.text).loaded;
    if (loaded) out.push(loaded);
  }
  return out;
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
): LoadedFile[] {
  const out: LoadedFile[] = [];
  for (const relPath of relPaths) {
    const file = resolve(relPath);
    if (!file) continue;
    const read = readAndClassify(file, { maxFileSize, classify: () => 'settings' });
    if (read.status !== 'kept') continue;
    const loaded = parseLoaded(file, read.text, { skipIrrelevantDocuments: false }).loaded;
    if (loaded) out.push(loaded);
  }
  return out;
}
