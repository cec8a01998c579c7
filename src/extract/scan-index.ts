import type { Node, Pair } from 'yaml';
import type { TextFile } from '../load/load.js';
import { kubernetesObjects } from './kubernetes-objects.js';
import type { YamlContext } from './yaml-context.js';

/** A ConfigMap found anywhere in the scanned set. */
export interface ConfigMapEntry {
  context: YamlContext;
  name: string;
  namespace?: string;
  /** The `data` map node. */
  data: Node;
}

/** A Kubernetes object of a kind releases refer to by name (a Flux HelmRepository, OCIRepository...). */
export interface ObjectEntry {
  context: YamlContext;
  kind: string;
  name: string;
  namespace?: string;
  object: Node;
}

/** The kinds `object()` finds: the sources a Flux HelmRelease names, and a k3s HelmChart's HelmChartConfig. */
const INDEXED_KINDS = new Set([
  'HelmRepository',
  'OCIRepository',
  'HelmChart',
  'GitRepository',
  'HelmChartConfig',
]);

/**
 * What extractors can look up across files: ConfigMaps (for `envFrom`, `configMapKeyRef`), text
 * files by path (for systemd `EnvironmentFile=`), and every YAML document (for kustomize targets).
 * Built once after every file is loaded, before any extraction.
 */
export class ScanIndex {
  private readonly configMaps = new Map<string, ConfigMapEntry[]>();
  private readonly missing = new Set<string>();
  private readonly missingPaths = new Set<string>();
  private readonly objects = new Map<string, ObjectEntry[]>();
  private readonly missingObjectNames = new Set<string>();

  constructor(
    readonly yamlDocuments: readonly YamlContext[],
    readonly textFiles: readonly TextFile[],
    /** Report paths of every loaded file, documents or not. */
    private readonly loadedPaths: ReadonlySet<string> = new Set(),
  ) {
    for (const context of yamlDocuments) this.addConfigMaps(context);
  }

  /**
   * The ConfigMap a pod in `namespace` refers to by name. A missing namespace stands for the one the
   * manifests are applied to, so it matches a missing namespace or `default` on the other side.
   * When several files define it (one per overlay or environment), the one nearest to the pod's own
   * file wins: the longest shared directory prefix, then path order.
   */
  configMap(name: string, namespace: string | undefined, nearPath = ''): ConfigMapEntry | undefined {
    const wanted = namespace || 'default';
    const candidates = (this.configMaps.get(name) ?? []).filter(
      (entry) => (entry.namespace || 'default') === wanted,
    );
    let found: ConfigMapEntry | undefined;
    let best = -1;
    for (const entry of candidates) {
      const shared = sharedDirectories(entry.context.fileRef.relPath, nearPath);
      if (shared > best) {
        best = shared;
        found = entry;
      }
    }
    if (!found) this.missing.add(name);
    return found;
  }

  /**
   * The documents of one scanned YAML file, by report path (a kustomization's `path:` patch). A
   * file that was not loaded (the prefilter skipped it: a patch need not name etcd) is recorded, and
   * the scan loads it for a second pass.
   */
  documentsIn(relPath: string): readonly YamlContext[] {
    if (!this.loadedPaths.has(relPath)) this.missingPaths.add(relPath);
    if (this.byPath === undefined) {
      this.byPath = new Map();
      for (const context of this.yamlDocuments) {
        const list = this.byPath.get(context.fileRef.relPath);
        if (list) list.push(context);
        else this.byPath.set(context.fileRef.relPath, [context]);
      }
    }
    return this.byPath.get(relPath) ?? [];
  }

  private byPath: Map<string, YamlContext[]> | undefined;

  /**
   * An object of an indexed kind by name, as `configMap()` finds a ConfigMap (namespace, nearest
   * file); a name not found is recorded, and the scan loads the set-aside files that name it.
   */
  object(kind: string, name: string, namespace: string | undefined, nearPath = ''): ObjectEntry | undefined {
    const wanted = namespace || 'default';
    let found: ObjectEntry | undefined;
    let best = -1;
    for (const entry of this.objects.get(`${kind}/${name}`) ?? []) {
      if ((entry.namespace || 'default') !== wanted) continue;
      const shared = sharedDirectories(entry.context.fileRef.relPath, nearPath);
      if (shared > best) {
        best = shared;
        found = entry;
      }
    }
    if (!found) this.missingObjectNames.add(name);
    return found;
  }

  /** Names looked up with `object()` and not found. */
  get missingObjects(): ReadonlySet<string> {
    return this.missingObjectNames;
  }

  /** Names looked up with `configMap()` and not found: the scan loads files that define them. */
  get missingConfigMaps(): ReadonlySet<string> {
    return this.missing;
  }

  /** Paths asked for with `documentsIn()` that were not loaded. */
  get missingFiles(): ReadonlySet<string> {
    return this.missingPaths;
  }

  /** The `key: value` pair of a ConfigMap's data. */
  configMapKey(entry: ConfigMapEntry, key: string): Pair | undefined {
    return entry.context.nav.pair(entry.data, key);
  }

  /**
   * The scanned text file an absolute path on the target machine refers to (`/etc/etcd.env`), by
   * the longest matching tail of path segments; undefined when no file's name matches.
   */
  textFileFor(machinePath: string): TextFile | undefined {
    const wanted = machinePath.split('/').filter(Boolean);
    let best: { file: TextFile; score: number } | undefined;
    for (const file of this.textFiles) {
      // By the name the file has on the machine: a template's stem (`etcd.env.j2` is /etc/etcd.env).
      const segments = file.formPath.split('/');
      let score = 0;
      while (
        score < wanted.length &&
        score < segments.length &&
        wanted[wanted.length - 1 - score] === segments[segments.length - 1 - score]
      ) {
        score++;
      }
      if (score > 0 && (!best || score > best.score)) best = { file, score };
    }
    return best?.file;
  }

  private addConfigMaps(context: YamlContext): void {
    for (const object of kubernetesObjects(context)) {
      this.addConfigMap(context, object);
      this.addObject(context, object);
    }
  }

  private addObject(context: YamlContext, object: Node): void {
    const { nav } = context;
    const kind = nav.text(nav.get(object, 'kind'));
    if (!kind || !INDEXED_KINDS.has(kind)) return;
    const metadata = nav.get(object, 'metadata');
    const name = nav.text(nav.get(metadata, 'name'));
    if (!name) return;
    const namespace = nav.text(nav.get(metadata, 'namespace'));
    const key = `${kind}/${name}`;
    const entry: ObjectEntry = { context, kind, name, object, ...(namespace ? { namespace } : {}) };
    this.objects.set(key, [...(this.objects.get(key) ?? []), entry]);
  }

  private addConfigMap(context: YamlContext, root: Node): void {
    const { nav } = context;
    if (nav.text(nav.get(root, 'kind')) !== 'ConfigMap') return;
    const metadata = nav.get(root, 'metadata');
    const name = nav.text(nav.get(metadata, 'name'));
    const data = nav.map(nav.get(root, 'data'));
    if (!name || !data) return;
    const namespace = nav.text(nav.get(metadata, 'namespace'));
    const entry: ConfigMapEntry = { context, name, data, ...(namespace ? { namespace } : {}) };
    this.configMaps.set(name, [...(this.configMaps.get(name) ?? []), entry]);
  }
}

/** How many leading directories two forward-slash paths share. */
function sharedDirectories(a: string, b: string): number {
  const left = a.split('/').slice(0, -1);
  const right = b.split('/').slice(0, -1);
  let n = 0;
  while (n < left.length && n < right.length && left[n] === right[n]) n++;
  return n;
}
