import type { Node, Pair } from 'yaml';
import type { TextFile } from '../load/load.js';
import type { YamlContext } from './extractor.js';
import { kubernetesObjects } from './kubernetes-objects.js';

/** A ConfigMap found anywhere in the scanned set. */
export interface ConfigMapEntry {
  context: YamlContext;
  name: string;
  namespace?: string;
  /** The `data` map node. */
  data: Node;
}

/**
 * What extractors can look up across files: ConfigMaps (for `envFrom`, `configMapKeyRef`), text
 * files by path (for systemd `EnvironmentFile=`), and every YAML document (for kustomize targets).
 * Built once after every file is loaded, before any extraction.
 */
export class ScanIndex {
  private readonly configMaps = new Map<string, ConfigMapEntry[]>();
  private readonly missing = new Set<string>();

  constructor(
    readonly yamlDocuments: readonly YamlContext[],
    readonly textFiles: readonly TextFile[],
  ) {
    for (const context of yamlDocuments) this.addConfigMaps(context);
  }

  /**
   * The ConfigMap a pod in `namespace` refers to by name. A missing namespace stands for the one the
   * manifests are applied to, so it matches a missing namespace or `default` on the other side.
   */
  configMap(name: string, namespace: string | undefined): ConfigMapEntry | undefined {
    const wanted = namespace || 'default';
    const found = this.configMaps.get(name)?.find((entry) => (entry.namespace || 'default') === wanted);
    if (!found) this.missing.add(name);
    return found;
  }

  /** Names looked up with `configMap()` and not found: the scan loads files that define them. */
  get missingConfigMaps(): ReadonlySet<string> {
    return this.missing;
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
      const segments = file.file.relPath.split('/');
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
    for (const object of kubernetesObjects(context)) this.addConfigMap(context, object);
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
