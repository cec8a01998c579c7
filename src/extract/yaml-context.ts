import type { Document, Node, Pair } from 'yaml';
import { isScalar, Scalar } from 'yaml';
import type { YamlFile } from '../load/load.js';
import { spanOf } from '../load/positions.js';
import type { FileRef, Span } from '../model.js';
import { YamlNav } from './yaml-nav.js';

/** Maps an offset in an embedded document's text to an offset in the outer file. */
type OffsetMap = (offset: number) => number | undefined;

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
  private ownDocumentText: string | undefined;

  constructor(
    readonly file: YamlFile,
    readonly doc: Document.Parsed,
    /**
     * A document held in a string value: its text, the map from its offsets to the outer file's,
     * where it is (for messages), and the span of the value that holds it, used for any offset the
     * map cannot place (never the file's first line).
     */
    readonly embedded?: { text: string; map: OffsetMap; where: string; fallback: Span },
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

  /**
   * True when part of the node's text was a template action (`{{ ... }}`) blanked before parsing
   * (in an embedded document, the outer file's characters it was read from).
   */
  isTemplated(node: Node): boolean {
    const template = this.file.template;
    const range = this.fileRange(node);
    if (!template || !range) return false;
    return template.parseText.slice(range[0], range[1]) !== this.file.text.slice(range[0], range[1]);
  }

  /**
   * A scalar's text for messages: as written when a template action wrote part of it
   * (`{{ .Release.Name }}`, not the blank the parser read), else its value.
   */
  shownText(node: Node | null | undefined): string | undefined {
    if (!node) return undefined;
    if (this.isTemplated(node)) return this.sourceText(node).trim() || undefined;
    return this.nav.text(node);
  }

  /** The node's text as written in the file (a template action shown as written, not blanked). */
  sourceText(node: Node): string {
    const range = this.fileRange(node);
    return range ? this.file.text.slice(range[0], range[1]) : '';
  }

  /** [start, end) of the node in the file's own text (through the map of an embedded document). */
  private fileRange(node: Node): [number, number] | undefined {
    if (!node.range) return undefined;
    const [start, end] = node.range;
    const embedded = this.embedded;
    if (!embedded) return [start, end];
    const first = embedded.map(start);
    const last = embedded.map(Math.max(start, end - 1));
    return first === undefined || last === undefined || last < first ? undefined : [first, last + 1];
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

  /**
   * Whether the document's text may spell `word`: it does literally, or it has a backslash (an
   * escape in a double-quoted scalar can spell any letter). A cheap test before walking a document
   * for a form only a few documents have (a kube-apiserver, an EtcdCluster).
   */
  mayMention(word: string): boolean {
    const text = this.documentText();
    return text.includes(word) || text.includes('\\');
  }

  /**
   * The document's own text, cut once: a search of the whole file from the document's start would
   * cost the rest of the file for each of a stream's documents (quadratic in a stream of 10^5 tiny
   * documents).
   */
  private documentText(): string {
    if (this.ownDocumentText === undefined) {
      const range = this.root?.range;
      this.ownDocumentText = range ? this.ownText.slice(range[0], range[2]) : '';
    }
    return this.ownDocumentText;
  }

  /** The span of the document's first key (an etcd config file is anchored there). */
  firstKeySpan(): Span {
    const first = this.nav.pairs(this.root)[0];
    return first ? this.nodeSpan((first.key as Node | null) ?? (first.value as Node)) : this.rangeSpan(0, 1);
  }

  /** [start, end) in this document's own text, as a single-line span of the file. */
  rangeSpan(start: number, end: number): Span {
    const embedded = this.embedded;
    if (!embedded) return spanOf(this.file.text, this.file.lineCounter, start, end);
    const map = embedded.map;
    const outerStart = map(start);
    const outerLast = map(Math.max(start, end - 1));
    if (outerStart === undefined) return embedded.fallback;
    const outerEnd = outerLast === undefined || outerLast < outerStart ? outerStart + 1 : outerLast + 1;
    return spanOf(this.file.text, this.file.lineCounter, outerStart, outerEnd);
  }
}

function mapDefined(offset: number | undefined, map: OffsetMap): number | undefined {
  return offset === undefined ? undefined : map(offset);
}

/**
 * Maps each character of a string scalar's value to its offset in the source text. A double-quoted
 * scalar (YAML or JSON) is decoded escape by escape, each character mapped to where its escape
 * starts (a ConfigMap of `kubectl get -o json` holds a whole file in one line of `\n` and `\"`).
 * Other scalars are walked with the source: characters that differ there (quotes, indentation,
 * folded line breaks) are skipped. Characters it cannot place map to undefined.
 */
function scalarOffsets(text: string, node: Node): OffsetMap | undefined {
  const value = (node as { value?: unknown }).value;
  if (typeof value !== 'string' || !node.range) return undefined;
  const [start, end] = node.range;
  const map =
    (isScalar(node) && node.type === Scalar.QUOTE_DOUBLE && doubleQuotedOffsets(text, start, end, value)) ||
    walkedOffsets(text, start, end, value);
  return (index: number) => {
    const at = map[index];
    return at === undefined || at < 0 ? undefined : at;
  };
}

function walkedOffsets(text: string, start: number, end: number, value: string): Int32Array {
  const map = new Int32Array(value.length + 1).fill(-1);
  let j = start;
  for (let i = 0; i < value.length && j < end; i++) {
    const want = value.charCodeAt(i);
    while (j < end && !sameChar(text.charCodeAt(j), want)) j++;
    if (j >= end) break;
    map[i] = j;
    j++;
  }
  return map;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/**
 * The offsets of a double-quoted scalar's characters, by decoding its source as YAML 1.2 does:
 * escapes, an escaped line break (removed with the next line's indentation), and unescaped line
 * breaks folded with the blanks around them (one break becomes a space, n+1 breaks n newlines).
 * Returns undefined when the decoded text is not the parser's value, so the walk takes over.
 */
function doubleQuotedOffsets(
  text: string,
  start: number,
  end: number,
  value: string,
): Int32Array | undefined {
  const map = new Int32Array(value.length + 1).fill(-1);
  let out = '';
  /** How many characters at the end of `out` are blanks written as such (folding removes them). */
  let rawBlanks = 0;
  const emit = (chars: string, at: number, raw = false) => {
    for (let k = 0; k < chars.length; k++) if (out.length + k < map.length) map[out.length + k] = at;
    out += chars;
    rawBlanks = raw ? rawBlanks + chars.length : 0;
  };
  let i = start + 1;
  const stop = end - 1;
  while (i < stop) {
    const c = text[i] as string;
    if (c === '\\') {
      const next = text[i + 1] ?? '';
      if (next === '\n' || next === '\r') {
        i += next === '\r' && text[i + 2] === '\n' ? 3 : 2;
        while (i < stop && (text[i] === ' ' || text[i] === '\t')) i++;
        rawBlanks = 0;
        continue;
      }
      const simple = SIMPLE_ESCAPES[next];
      if (simple !== undefined) {
        emit(simple, i);
        i += 2;
        continue;
      }
      const length = HEX_LENGTH[next];
      const digits = length === undefined ? '' : text.slice(i + 2, i + 2 + length);
      if (length === undefined || digits.length !== length || !/^[0-9a-fA-F]+$/.test(digits))
        return undefined;
      const code = Number.parseInt(digits, 16);
      if (code > 0x10ffff) return undefined;
      emit(String.fromCodePoint(code), i);
      i += 2 + length;
      continue;
    }
    if (c === '\n' || c === '\r') {
      // Folding: blanks before the break go; one break becomes a space, n + 1 breaks n newlines.
      out = out.slice(0, out.length - rawBlanks);
      const breakAt = i;
      let breaks = 0;
      while (i < stop && (text[i] === '\n' || text[i] === '\r' || text[i] === ' ' || text[i] === '\t')) {
        if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) breaks++;
        i++;
      }
      emit(breaks > 1 ? '\n'.repeat(breaks - 1) : ' ', breakAt);
      continue;
    }
    emit(c, i, c === ' ' || c === '\t');
    i++;
  }
  return out === value ? map : undefined;
}

function sameChar(source: number, value: number): boolean {
  if (source === value) return true;
  // A folded line break becomes a space in the value.
  return value === 32 && (source === 10 || source === 13);
}
