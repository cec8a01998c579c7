import type { Document, Node, Pair } from 'yaml';
import type { TextFile, YamlFile } from '../load/load.js';
import { spanOf } from '../load/positions.js';
import type { Diagnostic, EtcdConfig, FileRef, Span } from '../model.js';
import type { ScanIndex } from './scan-index.js';
import { YamlNav } from './yaml-nav.js';

/** Maps an offset in an embedded document's text to an offset in the outer file. */
export type OffsetMap = (offset: number) => number | undefined;

/**
 * One parsed YAML document, with navigation and the one place that turns nodes into spans. A
 * document embedded in a string (a ConfigMap value holding a kubeadm or etcd config) carries an
 * offset map, so its spans land on the exact lines of the outer file.
 */
export class YamlContext {
  readonly nav: YamlNav;
  /**
   * Offset maps of string scalars, built once per node: an `sh -c` script of 100,000 words asks
   * for one span per word, and rebuilding the map (linear in the script) each time made the scan
   * quadratic (over a minute for a 400 KB script).
   */
  private readonly offsetMaps = new Map<Node, OffsetMap | undefined>();

  constructor(
    readonly file: YamlFile,
    readonly doc: Document.Parsed,
    readonly embedded?: { text: string; map: OffsetMap; where: string },
  ) {
    this.nav = new YamlNav(doc);
  }

  get root(): Node | undefined {
    return this.nav.resolve(this.doc.contents);
  }

  get fileRef(): FileRef {
    return this.file.file;
  }

  /** The text that node ranges index into (the embedded string, or the file as parsed). */
  get ownText(): string {
    return this.embedded?.text ?? this.file.template?.parseText ?? this.file.text;
  }

  /** True when part of the node's text was a template action (`{{ ... }}`) blanked before parsing. */
  isTemplated(node: Node): boolean {
    const template = this.file.template;
    if (!template || this.embedded || !node.range) return false;
    const [start, end] = node.range;
    return template.parseText.slice(start, end) !== this.file.text.slice(start, end);
  }

  /** The node's text as written in the file (a template action shown as written, not blanked). */
  sourceText(node: Node): string {
    if (this.embedded || !node.range) return '';
    return this.file.text.slice(node.range[0], node.range[1]);
  }

  /** The span of a node's own text (for a quoted scalar, the quotes included). */
  nodeSpan(node: Node): Span {
    const [start, valueEnd] = node.range ?? [0, 1];
    return this.rangeSpan(start, valueEnd);
  }

  /** The span of a `key: value` entry, from the key to the end of the value. */
  pairSpan(pair: Pair): Span {
    const key = pair.key as Node | null;
    const value = pair.value as Node | null;
    const start = key?.range?.[0] ?? value?.range?.[0] ?? 0;
    const end = value?.range?.[1] ?? key?.range?.[1] ?? start + 1;
    return this.rangeSpan(start, Math.max(end, start + 1));
  }

  /** The span of characters [from, to) of a string scalar's value, or the whole node if unmappable. */
  valueSpan(node: Node, from: number, to: number): Span {
    const offsets = this.offsetsOf(node);
    const start = offsets?.(from);
    const last = offsets?.(Math.max(from, to - 1));
    if (start === undefined || last === undefined || last < start) return this.nodeSpan(node);
    return this.rangeSpan(start, last + 1);
  }

  /** An offset map from a string scalar's value into the outer file, for embedding documents. */
  scalarMap(node: Node): OffsetMap | undefined {
    const offsets = this.offsetsOf(node);
    if (!offsets) return undefined;
    const outer = this.embedded?.map;
    return outer ? (i) => mapDefined(offsets(i), outer) : offsets;
  }

  private offsetsOf(node: Node): OffsetMap | undefined {
    if (!this.offsetMaps.has(node)) this.offsetMaps.set(node, scalarOffsets(this.ownText, node));
    return this.offsetMaps.get(node);
  }

  /** [start, end) in this document's own text, as a single-line span of the file. */
  rangeSpan(start: number, end: number): Span {
    const map = this.embedded?.map;
    if (!map) return spanOf(this.file.text, this.file.lineCounter, start, end);
    const outerStart = map(start);
    const outerLast = map(Math.max(start, end - 1));
    if (outerStart === undefined) return spanOf(this.file.text, this.file.lineCounter, 0, 1);
    const outerEnd = outerLast === undefined || outerLast < outerStart ? outerStart + 1 : outerLast + 1;
    return spanOf(this.file.text, this.file.lineCounter, outerStart, outerEnd);
  }
}

function mapDefined(offset: number | undefined, map: OffsetMap): number | undefined {
  return offset === undefined ? undefined : map(offset);
}

/**
 * Maps each character of a string scalar's value to its offset in the source text. Walks value and
 * source together: characters that differ in the source (quotes, escapes, indentation, folded line
 * breaks) are skipped. Returns undefined for characters it cannot place.
 */
export function scalarOffsets(text: string, node: Node): OffsetMap | undefined {
  const value = (node as { value?: unknown }).value;
  if (typeof value !== 'string' || !node.range) return undefined;
  const [start, end] = node.range;
  const map = new Int32Array(value.length + 1).fill(-1);
  let j = start;
  for (let i = 0; i < value.length && j < end; i++) {
    const want = value.charCodeAt(i);
    while (j < end && !sameChar(text.charCodeAt(j), want)) j++;
    if (j >= end) break;
    map[i] = j;
    j++;
  }
  return (index: number) => {
    const at = map[index];
    return at === undefined || at < 0 ? undefined : at;
  };
}

function sameChar(source: number, value: number): boolean {
  if (source === value) return true;
  // A folded line break becomes a space in the value.
  return value === 32 && (source === 10 || source === 13);
}

/** What extractors get besides their input: the cross-file index and a place for notices. */
export interface ExtractEnv {
  index: ScanIndex;
  /** Records a scan notice (a setting that has no effect, a file only partly analysed...). */
  notify(diagnostic: Diagnostic): void;
}

/** An input form found in YAML documents. */
export interface YamlExtractor {
  id: string;
  extract(context: YamlContext, env: ExtractEnv): EtcdConfig[];
}

/** An input form found in line-oriented files (systemd units, env files). */
export interface TextExtractor {
  id: string;
  extract(file: TextFile, env: ExtractEnv): EtcdConfig[];
}

/** A single-line span of [start, end) in a text file. */
export function textSpan(file: TextFile, start: number, end: number): Span {
  return spanOf(file.text, file.lineCounter, start, end);
}
