import type { Alias, Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, visit } from 'yaml';

/**
 * Read-only navigation over parsed YAML nodes that keeps source positions: aliases are followed
 * to their anchors, `<<` merge keys are honoured (Kubernetes' YAML decoder supports them), and a
 * duplicated key resolves to its last occurrence, as Go's YAML decoders do.
 */
export class YamlNav {
  /** Each alias's anchored node, built on the first alias met (see `anchorTable`). */
  private anchors: Map<Alias, Node | undefined> | undefined;

  constructor(private readonly doc: Document.Parsed) {}

  resolve(node: unknown): Node | undefined {
    let current = node;
    for (let hops = 0; isAlias(current) && hops < 64; hops++) {
      this.anchors ??= anchorTable(this.doc);
      current = this.anchors.get(current);
    }
    return isAlias(current) ? undefined : ((current as Node | undefined) ?? undefined);
  }

  map(node: unknown): YAMLMap | undefined {
    const resolved = this.resolve(node);
    return isMap(resolved) ? resolved : undefined;
  }

  seq(node: unknown): YAMLSeq | undefined {
    const resolved = this.resolve(node);
    return isSeq(resolved) ? resolved : undefined;
  }

  /**
   * The last `key: value` pair for a key, looking into `<<` merges when the map lacks it.
   * `explored` records the shallowest depth at which each map was already searched in this lookup:
   * searching it again from as deep or deeper cannot find anything new. Without it a merge bomb
   * (16 levels of maps each merging the previous one 10 times) made one lookup visit 10^16 maps
   * and hung the scan; with it each map is searched at most once per depth.
   */
  pair(node: unknown, key: string, depth = 0, explored = new Map<YAMLMap, number>()): Pair | undefined {
    const map = this.map(node);
    if (!map || depth > 16) return undefined;
    const before = explored.get(map);
    if (before !== undefined && before <= depth) return undefined;
    explored.set(map, depth);
    const pairs = map.items;
    for (let i = pairs.length - 1; i >= 0; i--) {
      const pair = pairs[i];
      if (isPair(pair) && this.keyText(pair) === key) return pair;
    }
    for (let i = pairs.length - 1; i >= 0; i--) {
      const pair = pairs[i];
      if (!isPair(pair) || this.keyText(pair) !== '<<') continue;
      // go-yaml (sigs.k8s.io/yaml): in `<<: [*a, *b]` the earlier mapping takes precedence.
      for (const source of this.seq(pair.value)?.items ?? [pair.value]) {
        const found = this.pair(source, key, depth + 1, explored);
        if (found) return found;
      }
    }
    return undefined;
  }

  get(node: unknown, key: string): Node | undefined {
    const pair = this.pair(node, key);
    return pair ? this.resolve(pair.value) : undefined;
  }

  /** Follows a path of keys through nested maps. */
  path(node: unknown, keys: readonly string[]): Node | undefined {
    let current: Node | undefined = this.resolve(node);
    for (const key of keys) {
      current = this.get(current, key);
      if (current === undefined) return undefined;
    }
    return current;
  }

  /** A scalar's value as the string a Go `string` field would receive; undefined for collections. */
  text(node: unknown): string | undefined {
    const resolved = this.resolve(node);
    if (!isScalar(resolved)) return undefined;
    const value = resolved.value;
    if (value === null) return '';
    if (typeof value === 'string') return value;
    // Unquoted numbers and booleans: keep the source spelling (`True` stays `True`).
    return resolved.source ?? String(value);
  }

  items(node: unknown): Node[] {
    const seq = this.seq(node);
    if (!seq) return [];
    const out: Node[] = [];
    for (const item of seq.items) {
      const resolved = this.resolve(item);
      if (resolved) out.push(resolved);
    }
    return out;
  }

  /**
   * The map's entries as a decoder sees them: its own pairs, and the pairs of `<<` merges for keys
   * the map does not have (with the precedence `pair()` uses), merged entries first. Each map is
   * expanded at most once per call, so a merge bomb stays linear.
   */
  pairs(node: unknown, depth = 0, explored = new Set<YAMLMap>()): Pair[] {
    const map = this.map(node);
    if (!map || depth > 16 || explored.has(map)) return [];
    explored.add(map);
    const own: Pair[] = [];
    const merges: Pair[] = [];
    for (const item of map.items) {
      if (!isPair(item)) continue;
      if (this.keyText(item) === '<<') merges.push(item);
      else own.push(item);
    }
    if (merges.length === 0) return own;
    const ownKeys = new Set(own.map((pair) => this.keyText(pair)));
    const merged = new Map<string, Pair>();
    for (const merge of merges) {
      const sources = this.seq(merge.value)?.items ?? [merge.value];
      // Later `<<` entries win over earlier ones; in a list the earlier mapping wins.
      for (let j = sources.length - 1; j >= 0; j--) {
        for (const pair of this.pairs(sources[j], depth + 1, explored)) {
          const key = this.keyText(pair);
          if (key === undefined || ownKeys.has(key)) continue;
          merged.delete(key);
          merged.set(key, pair);
        }
      }
    }
    return [...merged.values(), ...own];
  }

  keyText(pair: Pair): string | undefined {
    return this.text(pair.key);
  }
}

/**
 * What `Alias.resolve(doc)` returns for every alias of the document, in one walk: the last node
 * carrying the alias's anchor before the alias, in the library's own visiting order. The library
 * walks the whole document on every call, so a file of a few thousand aliases took seconds
 * (quadratic); this table makes each resolution a lookup.
 */
function anchorTable(doc: Document.Parsed): Map<Alias, Node | undefined> {
  const table = new Map<Alias, Node | undefined>();
  const latest = new Map<string, Node>();
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) table.set(node, latest.get(node.source));
      else if ((isScalar(node) || isCollection(node)) && node.anchor) latest.set(node.anchor, node);
    },
  });
  return table;
}
