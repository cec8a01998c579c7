// A small, bounded evaluator of template conditions: the pipelines of Go text/template actions
// (`if`, `with`, `range` as Helm uses them) and the expressions of Jinja `{% if %}` / `{% for %}`
// (as Ansible uses them). Nothing is executed: only literals, values, comparisons and a fixed list
// of pure functions are read; anything else (a call of `include`, `lookup`, a variable) is unknown.
// Truth follows each language: Go text/template `truth` (false, 0, nil, "", empty map or list are
// false), Python for Jinja (None, False, 0, "", empty collections are false).

import type { FileRef, Span } from '../model.js';

/** Where a value is written, for messages and related locations. */
export interface ValueOrigin {
  file: FileRef;
  span: Span;
  /** The value's path and text as written, e.g. `auth.peer.useAutoTLS: true`. */
  text: string;
  /** Where characters [from, to) of a string value are written, when they can be placed. */
  locate?: (from: number, to: number) => Span | undefined;
}

export type TValue =
  /** Not known here: `why` says what it is (a template expression, a file read at run time). */
  | { kind: 'unknown'; why?: string; at?: ValueOrigin }
  | { kind: 'undefined' }
  | { kind: 'nil'; at?: ValueOrigin }
  | { kind: 'bool'; value: boolean; at?: ValueOrigin }
  | { kind: 'number'; value: number; at?: ValueOrigin }
  | { kind: 'string'; value: string; at?: ValueOrigin }
  /**
   * `open`: values this scan cannot see may add any other key (a Flux `valuesFrom` ConfigMap that is
   * not in the repository); it says why, and a key not in `entries` is unknown, not nil.
   */
  | { kind: 'map'; entries: Map<string, TValue>; at?: ValueOrigin; open?: string }
  | { kind: 'list'; items: TValue[]; at?: ValueOrigin };

export const UNKNOWN: TValue = { kind: 'unknown' };
export const NIL: TValue = { kind: 'nil' };
const UNDEFINED: TValue = { kind: 'undefined' };

/** true, false, or undefined when not known. */
export type Truth = boolean | undefined;

export function truthOf(value: TValue): Truth {
  switch (value.kind) {
    case 'unknown':
      return undefined;
    case 'undefined':
    case 'nil':
      return false;
    case 'bool':
      return value.value;
    case 'number':
      return value.value !== 0;
    case 'string':
      return value.value.length > 0;
    case 'map':
      return value.entries.size > 0 ? true : value.open === undefined ? false : undefined;
    case 'list':
      return value.items.length > 0;
  }
}

/** Expressions longer than this, or nested deeper, are not read (unknown). */
const MAX_LENGTH = 4096;
const MAX_DEPTH = 64;

/** Values read while evaluating, in order (the deciding value is among them). */
export type ReadLog = ValueOrigin[];

// ---------------------------------------------------------------------------------------------
// Tokens

type Token =
  | { t: 'punct'; v: string }
  | { t: 'field'; v: string[] }
  | { t: 'var'; v: string; fields: string[] }
  | { t: 'string'; v: string }
  | { t: 'number'; v: number }
  | { t: 'ident'; v: string };

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function isIdentChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_';
}

function readIdent(text: string, at: number): number {
  let j = at;
  while (j < text.length && isIdentChar(text[j] as string)) j++;
  return j;
}

/** `.a.b` after position `at` (which holds the first dot): the names. */
function readFields(text: string, at: number): { fields: string[]; end: number } {
  const fields: string[] = [];
  let j = at;
  while (text[j] === '.') {
    const end = readIdent(text, j + 1);
    if (end === j + 1) break;
    fields.push(text.slice(j + 1, end));
    j = end;
  }
  return { fields, end: j };
}

/** A quoted string from `at` (a `"` or `'`), with backslash escapes; undefined when unterminated. */
function readQuoted(text: string, at: number): { value: string; end: number } | undefined {
  const quote = text[at];
  let out = '';
  for (let j = at + 1; j < text.length; j++) {
    const c = text[j] as string;
    if (c === '\\') {
      const next = text[j + 1];
      if (next === undefined) return undefined;
      out += next === 'n' ? '\n' : next === 't' ? '\t' : next;
      j++;
    } else if (c === quote) {
      return { value: out, end: j + 1 };
    } else out += c;
  }
  return undefined;
}

function readNumber(text: string, at: number): { value: number; end: number } | undefined {
  let j = at;
  if (text[j] === '-' || text[j] === '+') j++;
  const start = j;
  while (j < text.length && isDigit(text[j] as string)) j++;
  if (text[j] === '.') {
    j++;
    while (j < text.length && isDigit(text[j] as string)) j++;
  }
  if (j === start) return undefined;
  const value = Number(text.slice(at, j));
  return Number.isFinite(value) ? { value, end: j } : undefined;
}

const GO_PUNCT = ['(', ')', '|', ','];
const JINJA_PUNCT = ['==', '!=', '<=', '>=', '(', ')', '[', ']', '|', ',', '<', '>', '.'];

function tokenize(text: string, syntax: 'go' | 'jinja'): Token[] | undefined {
  if (text.length > MAX_LENGTH) return undefined;
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (syntax === 'go' && (text.startsWith(':=', i) || c === '=')) return undefined;
    if (c === '"' || (c === "'" && syntax === 'jinja')) {
      const quoted = readQuoted(text, i);
      if (!quoted) return undefined;
      tokens.push({ t: 'string', v: quoted.value });
      i = quoted.end;
      continue;
    }
    if (c === '`' && syntax === 'go') {
      const close = text.indexOf('`', i + 1);
      if (close < 0) return undefined;
      tokens.push({ t: 'string', v: text.slice(i + 1, close) });
      i = close + 1;
      continue;
    }
    if (syntax === 'go' && c === '.') {
      const { fields, end } = readFields(text, i);
      tokens.push({ t: 'field', v: fields });
      i = end === i ? i + 1 : end;
      continue;
    }
    if (syntax === 'go' && c === '$') {
      const nameEnd = readIdent(text, i + 1);
      const { fields, end } = readFields(text, nameEnd);
      tokens.push({ t: 'var', v: text.slice(i + 1, nameEnd), fields });
      i = end;
      continue;
    }
    if (isDigit(c) || ((c === '-' || c === '+') && isDigit(text[i + 1] ?? ''))) {
      const number = readNumber(text, i);
      if (!number) return undefined;
      tokens.push({ t: 'number', v: number.value });
      i = number.end;
      continue;
    }
    if (isIdentChar(c)) {
      const end = readIdent(text, i);
      tokens.push({ t: 'ident', v: text.slice(i, end) });
      i = end;
      continue;
    }
    const punct = (syntax === 'go' ? GO_PUNCT : JINJA_PUNCT).find((p) => text.startsWith(p, i));
    if (!punct) return undefined;
    tokens.push({ t: 'punct', v: punct });
    i += punct.length;
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Shared value helpers

function field(value: TValue, name: string, log: ReadLog): TValue {
  if (value.kind !== 'map') return value.kind === 'undefined' ? UNDEFINED : UNKNOWN;
  const found = value.entries.get(name);
  if (found === undefined) return value.open === undefined ? NIL : UNKNOWN;
  if (found.kind !== 'unknown' && found.kind !== 'undefined' && found.at) log.push(found.at);
  return found;
}

function equal(a: TValue, b: TValue): Truth {
  if (a.kind === 'unknown' || b.kind === 'unknown') return undefined;
  if (a.kind === 'nil' || b.kind === 'nil') return a.kind === b.kind;
  if (a.kind === 'string' && b.kind === 'string') return a.value === b.value;
  if (a.kind === 'number' && b.kind === 'number') return a.value === b.value;
  if (a.kind === 'bool' && b.kind === 'bool') return a.value === b.value;
  return undefined;
}

function compare(op: string, a: TValue, b: TValue): Truth {
  if (op === '==' || op === 'eq') return equal(a, b);
  if (op === '!=' || op === 'ne') {
    const e = equal(a, b);
    return e === undefined ? undefined : !e;
  }
  const same = (a.kind === 'number' && b.kind === 'number') || (a.kind === 'string' && b.kind === 'string');
  if (!same) return undefined;
  const x = (a as { value: number | string }).value;
  const y = (b as { value: number | string }).value;
  switch (op) {
    case '<':
    case 'lt':
      return x < y;
    case '<=':
    case 'le':
      return x <= y;
    case '>':
    case 'gt':
      return x > y;
    case '>=':
    case 'ge':
      return x >= y;
  }
  return undefined;
}

function bool(value: boolean): TValue {
  return { kind: 'bool', value };
}

function fromTruth(truth: Truth): TValue {
  return truth === undefined ? UNKNOWN : bool(truth);
}

function length(value: TValue): TValue {
  if (value.kind === 'string') return { kind: 'number', value: value.value.length };
  if (value.kind === 'list') return { kind: 'number', value: value.items.length };
  if (value.kind === 'map')
    return value.open === undefined ? { kind: 'number', value: value.entries.size } : UNKNOWN;
  return value.kind === 'nil' ? { kind: 'number', value: 0 } : UNKNOWN;
}

// ---------------------------------------------------------------------------------------------
// Go text/template pipelines (Helm)

export interface GoScope {
  /** `.`: the root at the top level, a `with` value inside it, unknown inside `range`. */
  dot: TValue;
  /** `$`: the root (Helm: Values, Release, Chart, Capabilities...). */
  root: TValue;
}

class GoParser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly scope: GoScope,
    private readonly log: ReadLog,
  ) {}

  run(): TValue {
    const value = this.pipeline(0);
    return this.i === this.tokens.length ? value : UNKNOWN;
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private pipeline(depth: number): TValue {
    if (depth > MAX_DEPTH) return UNKNOWN;
    let value = this.command(depth, undefined);
    while (this.peek()?.t === 'punct' && this.peek()?.v === '|') {
      this.i++;
      value = this.command(depth, value);
    }
    return value;
  }

  /** One command; `piped` is the previous command's result, passed as the last argument. */
  private command(depth: number, piped: TValue | undefined): TValue {
    const first = this.peek();
    if (first?.t === 'ident' && !['true', 'false', 'nil'].includes(first.v)) {
      this.i++;
      const args: (() => TValue)[] = [];
      while (this.startsOperand()) {
        const start = this.i;
        this.skipOperand();
        const end = this.i;
        args.push(() => this.evalAt(start, end, depth));
      }
      if (piped !== undefined) args.push(() => piped);
      return goFunction(first.v, args);
    }
    const value = this.operand(depth);
    // An operand after which something is piped in is a call of a non-function: unknown.
    return piped === undefined ? value : UNKNOWN;
  }

  private startsOperand(): boolean {
    const token = this.peek();
    if (!token) return false;
    if (token.t === 'punct') return token.v === '(';
    return true;
  }

  /** Skips one operand without evaluating it (arguments are evaluated lazily: `and` short-circuits). */
  private skipOperand(): void {
    const token = this.peek();
    if (token?.t === 'punct' && token.v === '(') {
      let level = 0;
      do {
        const t = this.tokens[this.i];
        if (t?.t === 'punct' && t.v === '(') level++;
        if (t?.t === 'punct' && t.v === ')') level--;
        this.i++;
      } while (level > 0 && this.i < this.tokens.length);
      // `(x).field`
      if (this.peek()?.t === 'field') this.i++;
      return;
    }
    this.i++;
  }

  private evalAt(start: number, end: number, depth: number): TValue {
    const parser = new GoParser(this.tokens.slice(start, end), this.scope, this.log);
    return parser.operandOnly(depth + 1);
  }

  operandOnly(depth: number): TValue {
    const value = this.operand(depth);
    return this.i === this.tokens.length ? value : UNKNOWN;
  }

  private operand(depth: number): TValue {
    const token = this.peek();
    if (!token) return UNKNOWN;
    this.i++;
    let value: TValue;
    switch (token.t) {
      case 'field':
        value = token.v.reduce((v, name) => field(v, name, this.log), this.scope.dot);
        break;
      case 'var':
        value =
          token.v === ''
            ? token.fields.reduce((v, name) => field(v, name, this.log), this.scope.root)
            : UNKNOWN;
        break;
      case 'string':
        value = { kind: 'string', value: token.v };
        break;
      case 'number':
        value = { kind: 'number', value: token.v };
        break;
      case 'ident':
        value =
          token.v === 'true'
            ? bool(true)
            : token.v === 'false'
              ? bool(false)
              : token.v === 'nil'
                ? NIL
                : UNKNOWN;
        break;
      case 'punct': {
        if (token.v !== '(') return UNKNOWN;
        value = this.pipeline(depth + 1);
        const close = this.peek();
        if (close?.t !== 'punct' || close.v !== ')') return UNKNOWN;
        this.i++;
        const after = this.peek();
        if (after?.t === 'field') {
          this.i++;
          value = after.v.reduce((v, name) => field(v, name, this.log), value);
        }
        break;
      }
    }
    return value;
  }
}

/** The functions of text/template and Sprig that conditions use, without side effects. */
function goFunction(name: string, args: readonly (() => TValue)[]): TValue {
  const arg = (i: number) => (args[i] ? args[i]() : UNKNOWN);
  switch (name) {
    case 'and':
    case 'or': {
      // Go 1.18+: stops at the first argument that decides; an unknown one leaves it open unless a
      // later one decides.
      let open = false;
      let last: TValue = UNKNOWN;
      for (const get of args) {
        last = get();
        const truth = truthOf(last);
        if (truth === undefined) open = true;
        else if (truth === (name === 'or')) return open ? UNKNOWN : last;
      }
      return open ? UNKNOWN : last;
    }
    case 'not':
      return args.length === 1 ? fromTruth(negate(truthOf(arg(0)))) : UNKNOWN;
    case 'eq': {
      const first = arg(0);
      let open = false;
      for (let i = 1; i < args.length; i++) {
        const e = equal(first, arg(i));
        if (e === true) return bool(true);
        if (e === undefined) open = true;
      }
      return open || args.length < 2 ? UNKNOWN : bool(false);
    }
    case 'ne':
    case 'lt':
    case 'le':
    case 'gt':
    case 'ge':
      return args.length === 2 ? fromTruth(compare(name, arg(0), arg(1))) : UNKNOWN;
    case 'default': {
      if (args.length !== 2) return UNKNOWN;
      const value = arg(1);
      const truth = truthOf(value);
      return truth === undefined ? UNKNOWN : truth ? value : arg(0);
    }
    case 'empty':
      return args.length === 1 ? fromTruth(negate(truthOf(arg(0)))) : UNKNOWN;
    case 'hasKey': {
      const map = arg(0);
      const key = arg(1);
      if (map.kind !== 'map' || key.kind !== 'string') return UNKNOWN;
      if (!map.entries.has(key.value) && map.open !== undefined) return UNKNOWN;
      return bool(map.entries.has(key.value));
    }
    case 'len':
      return args.length === 1 ? length(arg(0)) : UNKNOWN;
    case 'required':
      return args.length === 2 ? arg(1) : UNKNOWN;
    case 'index': {
      let value = arg(0);
      for (let i = 1; i < args.length; i++) {
        const key = arg(i);
        if (value.kind !== 'map' || key.kind !== 'string') return UNKNOWN;
        value = value.entries.get(key.value) ?? (value.open === undefined ? NIL : UNKNOWN);
      }
      return value;
    }
    case 'coalesce':
      for (const get of args) {
        const value = get();
        const truth = truthOf(value);
        if (truth === undefined) return UNKNOWN;
        if (truth) return value;
      }
      return NIL;
    case 'ternary': {
      const truth = truthOf(arg(2));
      return truth === undefined ? UNKNOWN : truth ? arg(0) : arg(1);
    }
    default:
      return UNKNOWN;
  }
}

function negate(truth: Truth): Truth {
  return truth === undefined ? undefined : !truth;
}

/** `$`, `$name` (blanks around it allowed). */
function isVariableName(text: string): boolean {
  const name = text.trim();
  return name.startsWith('$') && readIdent(name, 1) === name.length;
}

/** The value of a Go pipeline in a scope; unknown for anything the evaluator does not read. */
export function evalGo(pipeline: string, scope: GoScope, log: ReadLog = []): TValue {
  // `$x := pipeline` / `$i, $v := pipeline` (range, with): the value is the pipeline's.
  const assign = pipeline.lastIndexOf(':=');
  const text = assign >= 0 ? pipeline.slice(assign + 2) : pipeline;
  if (assign >= 0 && !pipeline.slice(0, assign).split(',').every(isVariableName)) return UNKNOWN;
  const tokens = tokenize(text, 'go');
  if (!tokens || tokens.length === 0) return UNKNOWN;
  return new GoParser(tokens, scope, log).run();
}

// ---------------------------------------------------------------------------------------------
// Jinja expressions (Ansible)

class JinjaParser {
  private i = 0;
  private depth = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly vars: TValue,
    private readonly log: ReadLog,
  ) {}

  run(): TValue {
    const value = this.or();
    return this.i === this.tokens.length ? value : UNKNOWN;
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  private isWord(word: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token?.t === 'ident' && token.v === word;
  }

  private isPunct(punct: string): boolean {
    const token = this.peek();
    return token?.t === 'punct' && token.v === punct;
  }

  private or(): TValue {
    let left = this.and();
    while (this.isWord('or')) {
      this.i++;
      const right = this.and();
      const a = truthOf(left);
      const b = truthOf(right);
      left = a === true ? left : a === false ? right : b === true ? bool(true) : UNKNOWN;
    }
    return left;
  }

  private and(): TValue {
    let left = this.not();
    while (this.isWord('and')) {
      this.i++;
      const right = this.not();
      const a = truthOf(left);
      const b = truthOf(right);
      left = a === false ? left : a === true ? right : b === false ? bool(false) : UNKNOWN;
    }
    return left;
  }

  private not(): TValue {
    if (this.isWord('not')) {
      this.i++;
      if (++this.depth > MAX_DEPTH) return UNKNOWN;
      const value = this.not();
      this.depth--;
      return fromTruth(negate(truthOf(value)));
    }
    return this.comparison();
  }

  private comparison(): TValue {
    const left = this.filtered();
    const token = this.peek();
    if (token?.t === 'punct' && ['==', '!=', '<', '<=', '>', '>='].includes(token.v)) {
      this.i++;
      return fromTruth(compare(token.v, left, this.filtered()));
    }
    if (this.isWord('is')) {
      this.i++;
      const negated = this.isWord('not');
      if (negated) this.i++;
      const test = this.peek();
      if (test?.t !== 'ident') return UNKNOWN;
      this.i++;
      const result =
        test.v === 'defined'
          ? left.kind === 'unknown'
            ? undefined
            : left.kind !== 'undefined'
          : test.v === 'undefined'
            ? left.kind === 'unknown'
              ? undefined
              : left.kind === 'undefined'
            : test.v === 'none'
              ? left.kind === 'unknown'
                ? undefined
                : left.kind === 'nil'
              : undefined;
      return fromTruth(negated ? negate(result) : result);
    }
    if (this.isWord('in') || (this.isWord('not') && this.isWord('in', 1))) {
      const negated = this.isWord('not');
      this.i += negated ? 2 : 1;
      const right = this.filtered();
      const found = contains(right, left);
      return fromTruth(negated ? negate(found) : found);
    }
    return left;
  }

  private filtered(): TValue {
    let value = this.postfix();
    while (this.isPunct('|')) {
      this.i++;
      const name = this.peek();
      if (name?.t !== 'ident') return UNKNOWN;
      this.i++;
      const args = this.isPunct('(') ? this.callArgs() : [];
      if (!args) return UNKNOWN;
      value = jinjaFilter(name.v, value, args);
    }
    return value;
  }

  private callArgs(): TValue[] | undefined {
    this.i++;
    const args: TValue[] = [];
    while (!this.isPunct(')')) {
      if (this.i >= this.tokens.length) return undefined;
      args.push(this.or());
      if (this.isPunct(',')) this.i++;
      else if (!this.isPunct(')')) return undefined;
    }
    this.i++;
    return args;
  }

  private postfix(): TValue {
    let value = this.primary();
    for (;;) {
      if (this.isPunct('.')) {
        const name = this.peek(1);
        if (name?.t !== 'ident') return UNKNOWN;
        this.i += 2;
        value = jinjaField(value, name.v, this.log);
      } else if (this.isPunct('[')) {
        this.i++;
        const key = this.or();
        if (!this.isPunct(']')) return UNKNOWN;
        this.i++;
        value = key.kind === 'string' ? jinjaField(value, key.value, this.log) : UNKNOWN;
      } else return value;
    }
  }

  /** `[a, b]` after its `[`. */
  private listLiteral(): TValue {
    if (++this.depth > MAX_DEPTH) return UNKNOWN;
    const items: TValue[] = [];
    while (!this.isPunct(']')) {
      if (this.i >= this.tokens.length) return UNKNOWN;
      items.push(this.or());
      if (this.isPunct(',')) this.i++;
      else if (!this.isPunct(']')) return UNKNOWN;
    }
    this.i++;
    this.depth--;
    return { kind: 'list', items };
  }

  private primary(): TValue {
    const token = this.peek();
    if (!token) return UNKNOWN;
    this.i++;
    switch (token.t) {
      case 'string':
        return { kind: 'string', value: token.v };
      case 'number':
        return { kind: 'number', value: token.v };
      case 'ident': {
        const lower = token.v.toLowerCase();
        if (lower === 'true' || lower === 'false') return bool(lower === 'true');
        if (lower === 'none') return NIL;
        // A call of a global function (`lookup(...)`, `query(...)`) is not read.
        if (this.isPunct('(')) return UNKNOWN;
        return jinjaField(this.vars, token.v, this.log);
      }
      case 'punct': {
        if (token.v === '[') return this.listLiteral();
        if (token.v !== '(' || ++this.depth > MAX_DEPTH) return UNKNOWN;
        const value = this.or();
        this.depth--;
        if (!this.isPunct(')')) return UNKNOWN;
        this.i++;
        return value;
      }
      default:
        return UNKNOWN;
    }
  }
}

function jinjaField(value: TValue, name: string, log: ReadLog): TValue {
  if (value.kind !== 'map') return value.kind === 'undefined' ? UNDEFINED : UNKNOWN;
  const found = value.entries.get(name);
  if (found === undefined) return value.open === undefined ? UNDEFINED : UNKNOWN;
  if (found.kind !== 'unknown' && found.kind !== 'undefined' && found.at) log.push(found.at);
  return found;
}

function contains(collection: TValue, item: TValue): Truth {
  if (collection.kind === 'list') {
    let open = false;
    for (const element of collection.items) {
      const e = equal(element, item);
      if (e === true) return true;
      if (e === undefined) open = true;
    }
    return open ? undefined : false;
  }
  if (collection.kind === 'string' && item.kind === 'string') return collection.value.includes(item.value);
  if (collection.kind === 'map' && item.kind === 'string')
    return collection.entries.has(item.value) || (collection.open === undefined ? false : undefined);
  return undefined;
}

/** Ansible's `bool` filter (ansible/plugins/filter/core.py to_bool): these strings mean true. */
const ANSIBLE_TRUE = new Set(['yes', 'on', '1', 'true', 't', 'y']);

function jinjaFilter(name: string, value: TValue, args: readonly TValue[]): TValue {
  switch (name) {
    case 'bool':
      if (value.kind === 'bool') return value;
      if (value.kind === 'nil') return bool(false);
      if (value.kind === 'number') return bool(value.value === 1);
      if (value.kind === 'string') return bool(ANSIBLE_TRUE.has(value.value.toLowerCase()));
      return UNKNOWN;
    case 'default':
    case 'd': {
      const fallback = args[0] ?? { kind: 'string', value: '' };
      const orFalsy = args[1] !== undefined && truthOf(args[1]) === true;
      if (value.kind === 'unknown') return UNKNOWN;
      if (value.kind === 'undefined') return fallback;
      if (orFalsy && truthOf(value) === false) return fallback;
      return value;
    }
    case 'length':
    case 'count':
      return length(value);
    case 'lower':
    case 'upper':
    case 'trim':
      if (value.kind !== 'string') return UNKNOWN;
      return {
        kind: 'string',
        value:
          name === 'lower'
            ? value.value.toLowerCase()
            : name === 'upper'
              ? value.value.toUpperCase()
              : value.value.trim(),
      };
    case 'string':
      if (value.kind === 'string') return value;
      if (value.kind === 'number') return { kind: 'string', value: String(value.value) };
      if (value.kind === 'bool') return { kind: 'string', value: value.value ? 'True' : 'False' };
      return UNKNOWN;
    default:
      return UNKNOWN;
  }
}

/** The value of a Jinja expression over variables; unknown for anything the evaluator does not read. */
export function evalJinja(expression: string, vars: TValue, log: ReadLog = []): TValue {
  const tokens = tokenize(expression, 'jinja');
  if (!tokens || tokens.length === 0) return UNKNOWN;
  const value = new JinjaParser(tokens, vars, log).run();
  // Ansible fails on an undefined variable where it is used.
  return value.kind === 'undefined' ? UNKNOWN : value;
}

/** A Jinja `for` header (`x in items`, `k, v in d.items()`): the collection expression. */
export function jinjaForCollection(header: string): string | undefined {
  const words = header.split(' ');
  for (let i = 1; i < words.length; i++) {
    if (words[i] !== 'in') continue;
    const targets = words.slice(0, i).join(' ').split(',');
    if (!targets.every((name) => name.trim() !== '' && readIdent(name.trim(), 0) === name.trim().length))
      return undefined;
    return words.slice(i + 1).join(' ');
  }
  return undefined;
}
