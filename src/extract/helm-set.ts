// `helm --set key=value,...` as Helm reads it (helm/helm @ e9b85e4d, pkg/strvals/parser.go), onto
// template values with where each assignment is written: `.` separates keys, `[n]` indexes a list,
// a backslash makes the next character literal (`a\.b` is one key), `,` separates assignments,
// `{a,b}` is a list; values are typed by typedVal (`true`/`false`/`null` in any case, integers
// without a leading zero) unless `--set-string`. `--set-file` reads a file at run time (unknown
// here), `--set-json` takes JSON values, `--set-literal` the rest of the text as one string
// (pkg/strvals/literal_parser.go, no escapes). Helm applies these after the `-f` files, in the
// order --set-json, --set, --set-string, --set-file, --set-literal (pkg/cli/values/options.go
// MergeValues); each assignment merges into the values so far (a key of a map sets that key, an
// index of a list that item), and writing a key under a value that is not a map is an error.

import type { FileRef, Span } from '../model.js';
import type { TValue, ValueOrigin } from './template-eval.js';

export type SetKind = 'set' | 'set-string' | 'set-file' | 'set-json' | 'set-literal';

/** The text of one `--set` argument and where its characters are written. */
export interface SetText {
  text: string;
  file: FileRef;
  /** The span of characters [from, to) of `text`, when they can be placed. */
  locate(from: number, to: number): Span | undefined;
  /** The span used for characters `locate` cannot place (the whole word). */
  fallback: Span;
}

/** Helm's bounds (pkg/strvals/parser.go): MaxIndex 65536, MaxNestedNameLevel 30. */
const MAX_INDEX = 65_536;
const MAX_NESTING = 30;
/** Our own: items of a list created by one index, and assignments read from one argument. */
const MAX_LIST_ITEMS = 4096;
const MAX_ASSIGNMENTS = 10_000;
/**
 * Assignments laid on one set of values in all (a release's parameters, each an argument of its
 * own): each copies the maps on its path, so 15,000 parameters took 15 s before this bound.
 */
const MAX_TOTAL_ASSIGNMENTS = 2_000;
/** How many assignments applySet has laid on a value it returned (the count goes with the value). */
const applied = new WeakMap<TValue, number>();

/** strconv.Atoi / ParseInt's decimal form, and unicode.IsSpace's blanks (ASCII are the ones met). */
const INTEGER = /^[+-]?\d+$/;
const BLANK = /\s/;

/** Helm refuses the argument: the release cannot be installed as written. */
export class SetError extends Error {}

type Segment = { key: string; start: number; end: number } | { index: number; start: number; end: number };

interface Assignment {
  path: Segment[];
  value: TValue;
}

/**
 * The values after one `--set`-like argument is applied to `base`. Throws SetError when Helm
 * refuses the argument. `placeholder`: what a value is when a tool fills it in before Helm reads
 * it (an ApplicationSet parameter, a shell variable), else undefined: such a value is unknown.
 */
export function applySet(
  base: TValue,
  arg: SetText,
  kind: SetKind,
  placeholder?: (value: string) => string | undefined,
): TValue {
  if (kind === 'set-json' && arg.text.trimStart().startsWith('{')) {
    const parsed = parseJson(arg.text.trim());
    const at = origin(arg, 0, arg.text.length);
    return mergeJson(base, jsonValue(parsed, at));
  }
  const assignments = new SetParser(arg, kind, placeholder).assignments();
  const total = (applied.get(base) ?? 0) + assignments.length;
  if (total > MAX_TOTAL_ASSIGNMENTS)
    throw new SetError(`more than ${MAX_TOTAL_ASSIGNMENTS} assignments for one set of values`);
  let values = base;
  for (const assignment of assignments) values = setPath(values, assignment.path, 0, assignment.value, arg);
  applied.set(values, total);
  return values;
}

function origin(arg: SetText, from: number, to: number): ValueOrigin {
  const shown = arg.text.slice(from, to);
  return {
    file: arg.file,
    span: arg.locate(from, to) ?? arg.fallback,
    text: shown.length > 80 ? `${shown.slice(0, 80)}...` : shown,
  };
}

class SetParser {
  private i = 0;
  private readonly out: Assignment[] = [];

  constructor(
    private readonly arg: SetText,
    private readonly kind: SetKind,
    private readonly placeholder?: (value: string) => string | undefined,
  ) {}

  assignments(): Assignment[] {
    const text = this.arg.text;
    while (this.i < text.length) {
      if (this.out.length >= MAX_ASSIGNMENTS) throw new SetError(`more than ${MAX_ASSIGNMENTS} assignments`);
      if (!this.assignment()) break;
    }
    return this.out;
  }

  /** One `path=value`; false at the end of the text. */
  private assignment(): boolean {
    const path: Segment[] = [];
    const start = this.i;
    const literal = this.kind === 'set-literal';
    for (;;) {
      const keyStart = this.i;
      const { value: key, last } = this.until(literal ? '=[.' : '=[,.', !literal);
      if (last === undefined) {
        if (key === '') return false; // the end of the text, or `a.` at the end: Helm sets nothing and stops.
        throw new SetError(`key "${key}" has no value`);
      }
      if (last === ',') throw new SetError(`key "${key}" has no value (cannot end with ,)`);
      path.push({ key, start: keyStart, end: this.i - 1 });
      if (last === '.') {
        if (path.length > MAX_NESTING) throw new SetError('value name nested too deep');
        continue;
      }
      if (last === '[') {
        this.indexes(path);
        const { value: rest, last: after } = this.until('[.=', !literal);
        if (rest !== '') throw new SetError(`unexpected data at end of array index: "${rest}"`);
        if (after === undefined) throw new SetError('no value after an index');
        if (after === '.') continue;
      }
      this.value(path, start);
      return true;
    }
  }

  /** `[n]` (already past the `[`), then any further `[m]` written right after it. */
  private indexes(path: Segment[]): void {
    for (;;) {
      const start = this.i - 1;
      const { value: digits, last } = this.until(']', this.kind !== 'set-literal');
      if (last === undefined || !INTEGER.test(digits)) throw new SetError(`bad index "${digits}"`);
      const index = Number(digits);
      if (index < 0) throw new SetError(`negative ${index} index not allowed`);
      if (index > MAX_INDEX) throw new SetError(`index of ${index} is greater than ${MAX_INDEX}`);
      path.push({ index, start, end: this.i });
      if (this.arg.text[this.i] !== '[') return;
      this.i++;
    }
  }

  /** The value after `=`, by kind. */
  private value(path: Segment[], start: number): void {
    const text = this.arg.text;
    const valueStart = this.i;
    const push = (value: TValue): void => {
      this.out.push({ path, value });
    };
    switch (this.kind) {
      case 'set-literal':
        this.i = text.length;
        push({ kind: 'string', value: text.slice(valueStart), at: this.at(start, text.length) });
        return;
      case 'set-json': {
        if (this.emptyValue()) {
          push({ kind: 'nil', at: this.at(start, this.i) });
          return;
        }
        const end = jsonValueEnd(text, this.i);
        const parsed = parseJson(text.slice(this.i, end));
        this.i = end;
        push(jsonValue(parsed, this.at(start, end)));
        this.emptyValue();
        return;
      }
    }
    if (text[this.i] === '{') {
      this.i++;
      const items: TValue[] = [];
      for (;;) {
        const itemStart = this.i;
        const { value, last } = this.until(',}', true);
        if (last === undefined) throw new SetError("list must terminate with '}'");
        items.push(this.typed(value, start, itemStart, this.i - 1));
        if (last === '}') {
          if (text[this.i] === ',') this.i++;
          break;
        }
      }
      push({ kind: 'list', items, at: this.at(start, this.i) });
      return;
    }
    const { value, last } = this.until(',', true);
    push(this.typed(value, start, valueStart, last === ',' ? this.i - 1 : this.i));
  }

  /** A value as typedVal types it (`--set-string`: a string; `--set-file`: the file, unknown here). */
  private typed(value: string, start: number, valueStart: number, end: number): TValue {
    const at: ValueOrigin = {
      ...this.at(start, end),
      locate: (from, to) => this.arg.locate(valueStart + from, valueStart + to),
    };
    const why = this.placeholder?.(value);
    if (why) return { kind: 'unknown', why, at };
    if (this.kind === 'set-file') return { kind: 'unknown', why: `the content of the file \`${value}\``, at };
    if (this.kind === 'set-string') return { kind: 'string', value, at };
    const lower = value.toLowerCase();
    if (lower === 'true' || lower === 'false') return { kind: 'bool', value: lower === 'true', at };
    if (lower === 'null') return { kind: 'nil', at };
    if (value === '0') return { kind: 'number', value: 0, at };
    if (value !== '' && value[0] !== '0' && INTEGER.test(value)) {
      const number = Number(value);
      if (Number.isSafeInteger(number)) return { kind: 'number', value: number, at };
    }
    return { kind: 'string', value, at };
  }

  private at(from: number, to: number): ValueOrigin {
    return origin(this.arg, from, to);
  }

  /** Characters up to one of `stops` (consumed, returned as `last`); a backslash escapes the next one. */
  private until(stops: string, escapes: boolean): { value: string; last: string | undefined } {
    const text = this.arg.text;
    let value = '';
    while (this.i < text.length) {
      const c = text[this.i++] as string;
      if (stops.includes(c)) return { value, last: c };
      if (c === '\\' && escapes) {
        if (this.i >= text.length) return { value, last: undefined };
        value += text[this.i++];
      } else value += c;
    }
    return { value, last: undefined };
  }

  /** Blanks up to a `,` or the end (consumed): the value is empty. */
  private emptyValue(): boolean {
    const text = this.arg.text;
    let j = this.i;
    while (j < text.length && BLANK.test(text[j] as string)) j++;
    if (j >= text.length || text[j] === ',') {
      this.i = Math.min(j + 1, text.length);
      return true;
    }
    this.i = j;
    return false;
  }
}

/** The values with one assignment made at `path[depth...]`. */
function setPath(
  node: TValue | undefined,
  path: readonly Segment[],
  depth: number,
  leaf: TValue,
  arg: SetText,
  inList = false,
): TValue {
  const segment = path[depth];
  if (!segment) return leaf;
  const at = origin(arg, path[0]?.start ?? 0, segment.end);
  // A map entry that is null is not a map to Helm (a panic it reports as an error); a list item
  // that is null becomes one.
  const usable = (kind: TValue['kind']) =>
    node === undefined || node.kind === kind || node.kind === 'unknown' || (inList && node.kind === 'nil');
  if ('key' in segment) {
    if (!usable('map')) throw new SetError(`\`${segment.key}\` is under a value that is not a map`);
    const open =
      node?.kind === 'map'
        ? node.open
        : node?.kind === 'unknown'
          ? (node.why ?? 'not known here')
          : undefined;
    const entries = new Map(node?.kind === 'map' ? node.entries : []);
    const child =
      entries.get(segment.key) ?? (open === undefined ? undefined : { kind: 'unknown' as const, why: open });
    entries.set(segment.key, setPath(child, path, depth + 1, leaf, arg));
    const mapAt = node?.kind === 'map' && node.at ? node.at : depth === 0 ? undefined : at;
    return { kind: 'map', entries, ...(mapAt ? { at: mapAt } : {}), ...(open ? { open } : {}) };
  }
  if (node?.kind === 'unknown') return node;
  if (!usable('list')) throw new SetError('an index of a value that is not a list');
  if (segment.index >= MAX_LIST_ITEMS)
    return { kind: 'unknown', why: `a list item beyond ${MAX_LIST_ITEMS}`, at };
  const items = node?.kind === 'list' ? [...node.items] : [];
  while (items.length <= segment.index) items.push({ kind: 'nil' });
  items[segment.index] = setPath(items[segment.index], path, depth + 1, leaf, arg, true);
  return { kind: 'list', items, at: node?.kind === 'list' && node.at ? node.at : at };
}

/** Helm's MergeMaps for a `--set-json` object: maps merge, anything else replaces. */
function mergeJson(base: TValue, over: TValue): TValue {
  if (over.kind !== 'map' || base.kind !== 'map') return over;
  const entries = new Map(base.entries);
  for (const [key, value] of over.entries) {
    const before = entries.get(key);
    entries.set(key, before ? mergeJson(before, value) : value);
  }
  return { ...base, entries };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new SetError('not JSON');
  }
}

function jsonValue(value: unknown, at: ValueOrigin, depth = 0): TValue {
  if (depth > 256) throw new SetError('JSON nested too deep');
  if (value === null) return { kind: 'nil', at };
  if (typeof value === 'boolean') return { kind: 'bool', value, at };
  if (typeof value === 'number') return { kind: 'number', value, at };
  if (typeof value === 'string') return { kind: 'string', value, at };
  if (Array.isArray(value))
    return { kind: 'list', items: value.map((item) => jsonValue(item, at, depth + 1)), at };
  const entries = new Map<string, TValue>();
  for (const [key, item] of Object.entries(value as Record<string, unknown>))
    entries.set(key, jsonValue(item, at, depth + 1));
  return { kind: 'map', entries, at };
}

/** Where the JSON value starting at `start` ends (Go's json.Decoder reads one value). */
function jsonValueEnd(text: string, start: number): number {
  let depth = 0;
  let i = start;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      if (depth === 0) return i + 1;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
      if (depth < 0) throw new SetError('not JSON');
    } else if (depth === 0 && (c === ',' || BLANK.test(c as string))) return i;
  }
  return i;
}
