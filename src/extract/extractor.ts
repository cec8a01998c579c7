import type { Document, Node, Pair } from 'yaml';
import type { YamlFile } from '../load/load.js';
import { nodeSpan, pairSpan, scalarOffsets, spanOf } from '../load/positions.js';
import type { EtcdConfig, Span } from '../model.js';
import { YamlNav } from './yaml-nav.js';

/** One parsed YAML document, with navigation and the one place that turns nodes into spans. */
export class YamlContext {
  readonly nav: YamlNav;

  constructor(
    readonly file: YamlFile,
    readonly doc: Document.Parsed,
  ) {
    this.nav = new YamlNav(doc);
  }

  get root(): Node | undefined {
    return this.nav.resolve(this.doc.contents);
  }

  nodeSpan(node: Node): Span {
    return nodeSpan(this.file.text, this.file.lineCounter, node);
  }

  pairSpan(pair: Pair): Span {
    return pairSpan(this.file.text, this.file.lineCounter, pair);
  }

  /** The span of characters [from, to) of a string scalar's value, or the whole node if unmappable. */
  valueSpan(node: Node, from: number, to: number): Span {
    const offsets = scalarOffsets(this.file.text, node);
    const start = offsets?.(from);
    const last = offsets?.(Math.max(from, to - 1));
    if (start === undefined || last === undefined || last < start) return this.nodeSpan(node);
    return spanOf(this.file.text, this.file.lineCounter, start, last + 1);
  }
}

/** An input form: finds etcd processes and their settings in one YAML document. */
export interface YamlExtractor {
  id: string;
  extract(context: YamlContext): EtcdConfig[];
}
