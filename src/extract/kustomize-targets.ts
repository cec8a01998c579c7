// Which objects of the scanned manifests a kustomization changes (shared/research/
// semantics-tls-posture.md §5.2: "kustomize bases that overlays patch" are open). A base object a
// patch targets may get any flag, variable or `envFrom` in the overlay, so its own manifest does
// not show everything etcd will get: settings it writes still count, their absence does not.
// Patches that name their target (`patches[].target`, `patchesJson6902[].target`,
// `replacements[].targets[].select`) match by kind and name (a name selector is a pattern; label
// and annotation selectors are not read, so they match every object of the kind); patches that
// carry their target in the patch itself (strategic merge: `patches[]` without a target,
// `patchesStrategicMerge`) match the kind and name of the patch document. A patch whose file is not
// among the scanned files may target anything under the kustomization's resources.

import path from 'node:path';
import type { Node } from 'yaml';
import { isKustomizationName } from '../load/file-kinds.js';
import { parseYaml } from '../load/load.js';
import { parseEmbeddedDocuments } from '../load/yaml-parse.js';
import type { ScanIndex } from './scan-index.js';
import { YamlContext } from './yaml-context.js';

interface TargetRule {
  kustomization: string;
  /** Undefined: any kind (or name). */
  kind?: string;
  name?: string;
  /** The name is a kustomize pattern (anchored regular expression), not an exact name. */
  pattern: boolean;
}

interface PatchedTargets {
  rules: TargetRule[];
  /** Path prefixes under which every object may be patched (patches this scan cannot read). */
  unknownUnder: { kustomization: string; prefix: string }[];
}

const CACHE = new WeakMap<ScanIndex, PatchedTargets>();

/** Why an object's manifest may not show everything (a kustomization patches it), or undefined. */
export function patchedBy(index: ScanIndex, kind: string, name: string, relPath: string): string | undefined {
  let targets = CACHE.get(index);
  if (!targets) {
    targets = collect(index);
    CACHE.set(index, targets);
  }
  for (const rule of targets.rules) {
    if (rule.kind !== undefined && rule.kind !== kind) continue;
    if (rule.name !== undefined && !(rule.pattern ? mayMatch(rule.name, name) : rule.name === name)) continue;
    return `${rule.kustomization} patches this ${kind}, so its manifest does not show everything etcd gets`;
  }
  for (const { kustomization, prefix } of targets.unknownUnder) {
    if (relPath === prefix || relPath.startsWith(`${prefix}/`) || prefix === '.')
      return `${kustomization} applies a patch that is not among the scanned files, which may change this ${kind}`;
  }
  return undefined;
}

/**
 * A `patches` target name is an anchored regular expression: a plain name matches itself, and a
 * pattern with any other syntax is taken to match (opening a base too many only loses absence
 * findings; kustomize.ts evaluates the patterns it applies exactly).
 */
function mayMatch(pattern: string, name: string): boolean {
  for (const c of pattern) if ('.*+?()[]{}|^$\\'.includes(c)) return true;
  return pattern === name;
}

function collect(index: ScanIndex): PatchedTargets {
  const out: PatchedTargets = { rules: [], unknownUnder: [] };
  const kustomizations = index.yamlDocuments.filter(isKustomization);
  for (const file of index.textFiles) {
    if (path.posix.basename(file.file.relPath) !== 'Kustomization') continue;
    const loaded = parseYaml(file.file, file.text).loaded;
    if (loaded?.kind === 'yaml')
      for (const doc of loaded.documents) kustomizations.push(new YamlContext(loaded, doc));
  }
  for (const context of kustomizations) addKustomization(index, context, out);
  return out;
}

function isKustomization(context: YamlContext): boolean {
  const { nav } = context;
  if (context.embedded || !nav.map(context.root)) return false;
  const kind = nav.text(nav.get(context.root, 'kind'));
  if (kind === undefined) return isKustomizationName(context.fileRef.relPath);
  return kind === 'Kustomization' || kind === 'Component';
}

function addKustomization(index: ScanIndex, context: YamlContext, out: PatchedTargets): void {
  const { nav } = context;
  const root = context.root;
  const where = context.fileRef.relPath;
  const directory = path.posix.dirname(where);
  let unknown = false;
  const bySelector = (selector: Node | undefined, pattern: boolean) => {
    const kind = nav.text(nav.get(selector, 'kind'));
    const name = nav.text(nav.get(selector, 'name'));
    out.rules.push({ kustomization: where, ...(kind ? { kind } : {}), ...(name ? { name } : {}), pattern });
  };
  const byDocuments = (docs: readonly YamlContext[]) => {
    const objects = docs.filter((doc) => nav.map(doc.root) !== undefined);
    if (objects.length === 0) unknown = true;
    for (const doc of objects) {
      const kind = doc.nav.text(doc.nav.get(doc.root, 'kind'));
      const name = doc.nav.text(doc.nav.path(doc.root, ['metadata', 'name']));
      if (!kind || !name) unknown = true;
      else out.rules.push({ kustomization: where, kind, name, pattern: false });
    }
  };
  const patchDocs = (entry: Node | undefined): YamlContext[] => {
    const file = nav.text(nav.get(entry, 'path')) ?? (nav.map(entry) ? undefined : nav.text(entry));
    if (file !== undefined && !file.includes('\n')) {
      if (path.posix.isAbsolute(file) || file.includes('://')) return [];
      return [...index.documentsIn(path.posix.normalize(path.posix.join(directory, file)))];
    }
    const inline = nav.text(nav.get(entry, 'patch')) ?? (file?.includes('\n') ? file : undefined);
    if (!inline) return [];
    const docs: YamlContext[] = [];
    for (const doc of parseEmbeddedDocuments(inline)) docs.push(new YamlContext(context.file, doc));
    return docs;
  };
  for (const entry of nav.items(nav.get(root, 'patches'))) {
    const target = nav.get(entry, 'target');
    if (target) bySelector(target, true);
    else byDocuments(patchDocs(entry));
  }
  for (const entry of nav.items(nav.get(root, 'patchesJson6902')))
    bySelector(nav.get(entry, 'target'), false);
  for (const entry of nav.items(nav.get(root, 'patchesStrategicMerge'))) byDocuments(patchDocs(entry));
  for (const replacement of nav.items(nav.get(root, 'replacements'))) {
    const targets = nav.items(nav.get(replacement, 'targets'));
    if (targets.length === 0) unknown = true;
    for (const target of targets) bySelector(nav.get(target, 'select'), true);
  }
  if (!unknown) return;
  for (const resource of [...nav.items(nav.get(root, 'resources')), ...nav.items(nav.get(root, 'bases'))]) {
    const ref = nav.text(resource);
    if (!ref || ref.includes('://') || path.posix.isAbsolute(ref)) continue;
    out.unknownUnder.push({
      kustomization: where,
      prefix: path.posix.normalize(path.posix.join(directory, ref)),
    });
  }
}
