import type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';

/**
 * Read-only navigation over parsed YAML nodes that keeps source positions: aliases are followed
 * to their anchors, `<<` merge keys are honoured (Kubernetes' YAML decoder supports them), and a
 * duplicated key resolves to its last occurrence, as Go's YAML decoders do.
 */
export class YamlNav {
  constructor(private readonly doc: Document.Parsed) {}

  resolve(node: unknown): Node | undefined {
    let current = node;
    for (let hops = 0; isAlias(current) && hops < 64; hops++) current = current.resolve(this.doc);
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

  /** The last `key: value` pair for a key, looking into `<<` merges when the map lacks it. */
  pair(node: unknown, key: string, depth = 0): Pair | undefined {
    const map = this.map(node);
    if (!map || depth > 16) return undefined;
    const pairs = map.items;
    for (let i = pairs.length - 1; i >= 0; i--) {
      const pair = pairs[i];
      if (isPair(pair) && this.keyText(pair) === key) return pair;
    }
    for (let i = pairs.length - 1; i >= 0; i--) {
      const pair = pairs[i];
      if (!isPair(pair) || this.keyText(pair) !== '<<') continue;
      const sources = this.seq(pair.value)?.items ?? [pair.value];
      for (let j = sources.length - 1; j >= 0; j--) {
        const found = this.pair(sources[j], key, depth + 1);
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

  pairs(node: unknown): Pair[] {
    const map = this.map(node);
    return map ? map.items.filter((p): p is Pair => isPair(p) && this.keyText(p) !== '<<') : [];
  }

  keyText(pair: Pair): string | undefined {
    return this.text(pair.key);
  }
}
