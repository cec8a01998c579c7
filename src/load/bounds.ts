// Bounds on the work one YAML file may cost, checked before the parser builds anything. The
// `yaml` package spends about 0.5-1 KB and 4 µs per node, more for a document full of errors: 5 MB
// of `k: [,,,,` (every empty entry an error) took minutes and 4 GB, 5 MB of `[[[[` built a nested
// token tree that exhausted the heap before the nesting bound (yaml-parse.ts) could look at it. A
// document over these bounds is not parsed; the scan says so and goes on.

import { Lexer } from 'yaml';

/**
 * Deepest collection nesting that is composed into nodes. The `yaml` parser (lexer + CST) is a
 * state machine with its own stack, but its composer recurses once per nested collection: about
 * 800 nested `[` exhaust Node's default stack. The library turns that RangeError into a document
 * error, but a stack overflow can strike anywhere, inside V8 too: a 20,000-deep `[` file followed
 * by a 20,000-deep `- ` file aborted the whole process ("RegExpCompiler Allocation failed").
 * Real configuration is nowhere near this deep (Kubernetes CRD schemas reach a few dozen levels).
 */
export const MAX_NESTING = 256;

/**
 * Most YAML nodes parsed from one file: entries (`,` `-` `:` `?`), scalars, anchors, aliases, tags
 * and documents. The whole run peaks at 110-230 MB just under it (bench/run.mjs --hostile at sizes
 * from 0.25 to 10 MB: a kubectl List of 1.5 MB of etcd pods is the costliest); at 300,000 it peaked
 * at 300-345 MB, and at 200,000 entries alone (scalars and aliases not counted) at 415 MB (1 MB of
 * `b: &a [*a, *a]`). Documents past the budget are not parsed.
 */
export const MAX_NODES = 150_000;
/**
 * What a document costs against MAX_NODES: a parsed document holds about ten entries' worth of
 * memory (200,000 one-word documents took 510 MB, 200,000 entries 100-170 MB).
 */
export const DOCUMENT_COST = 10;
/**
 * Longest double-quoted scalar parsed: the `yaml` composer folds and unescapes them a character at
 * a time, 10 MB took 0.7 s and 370 MB, 2 MB about 75 MB (plain, single-quoted and block scalars cost a tenth of it).
 */
export const MAX_DOUBLE_QUOTED = 2 * 1024 * 1024;
/** Most empty entries of flow collections (`[,,`) in one document: each is a parse error, and errors cost more. */
export const MAX_EMPTY_FLOW_ENTRIES = 2_000;

/**
 * Largest script, unit, env file or Dockerfile read for etcd settings. Their readers keep a model
 * per command, word and here-document: 10 MB of here-documents took 3 s and ran out of stack, a
 * 1 MB unit of `--name=a` words or `${` 250-270 MB, 512 KB at most 170 MB. Real ones are a few
 * kilobytes (the largest in the corpora: 60 KB).
 */
export const MAX_TEXT_FORM_BYTES = 512 * 1024;
/**
 * Thrown by a reader given more than its bound allows (a script over MAX_TEXT_FORM_BYTES held in a
 * YAML value); extraction turns it into a `too-complex` warning on the file and goes on.
 */
export class TooComplexError extends Error {
  constructor(readonly what: string) {
    super(`not analysed: ${what}`);
  }
}

/** Most template actions analysed in one file: 100,000 took 120 MB, 1,000,000 500 MB. */
export const MAX_TEMPLATE_ACTIONS = 100_000;

/** How many template actions a text can hold at most: its `{{`, `{%` and `<%`. Stops counting past `limit`. */
export function templateOpenings(text: string, limit: number): number {
  let count = 0;
  for (let i = text.indexOf('{'); i >= 0 && count <= limit; i = text.indexOf('{', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next === 123 /* { */ || next === 37 /* % */) count++;
  }
  for (let i = text.indexOf('<%'); i >= 0 && count <= limit; i = text.indexOf('<%', i + 2)) count++;
  return count;
}

/** A document marker: `---` or `...` at the start of a line (YAML 1.2 c-forbidden, so never content). */
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;

export interface WorkProblem {
  /** Offset in the text given where the bound was passed. */
  offset: number;
  kind: 'too-deep' | 'empty-flow-entries' | 'too-many-nodes' | 'long-string';
}

interface TextRange {
  start: number;
  end: number;
}

/**
 * The ranges to parse, within the bounds: all of them when the file is well within (a count of
 * characters decides it, no lexing); otherwise each document is measured exactly, in order, and
 * left out when it passes a per-document bound or when the file's node budget runs out (then all
 * later documents are left out too, with one problem for the first). Kept documents keep their
 * ranges (each starting at its marker line, so it parses as the same document).
 */
export function withinBounds(
  text: string,
  ranges: readonly TextRange[],
): { ranges: TextRange[]; problems: WorkProblem[] } {
  let most = 0;
  for (const { start, end } of ranges) {
    const marks = characterCounts(text, start, end);
    // Nesting is at most the openers, empty flow entries at most the commas: below both, and
    // shorter than the longest string allowed, only the node budget needs the exact count.
    if (
      marks.openers > MAX_NESTING ||
      marks.commas > MAX_EMPTY_FLOW_ENTRIES ||
      end - start > MAX_DOUBLE_QUOTED
    ) {
      most = Number.POSITIVE_INFINITY;
      break;
    }
    most += marks.nodes;
  }
  if (most <= MAX_NODES) return { ranges: [...ranges], problems: [] };
  const kept: TextRange[] = [];
  const problems: WorkProblem[] = [];
  let left = MAX_NODES;
  for (const range of ranges) {
    for (const doc of documentRanges(text, range.start, range.end)) {
      if (left < 0) break;
      const work = measure(text, doc.start, doc.end, left);
      if (work.problem) {
        problems.push(work.problem);
        if (work.problem.kind === 'too-many-nodes') left = -1;
        continue;
      }
      left -= work.nodes;
      const previous = kept[kept.length - 1];
      if (previous && previous.end === doc.start) previous.end = doc.end;
      else kept.push({ ...doc });
    }
  }
  return { ranges: kept, problems };
}

/**
 * Upper bounds from characters alone: `,` `[` `{` open or separate flow entries; every other entry
 * needs one of `:` `-` `?`, and every document but the first a marker of three `-` or `.`.
 */
function characterCounts(
  text: string,
  start: number,
  end: number,
): { openers: number; commas: number; nodes: number } {
  let openers = 0;
  let commas = 0;
  let other = 0;
  let markers = 0;
  let properties = 0;
  let lines = 1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 /* , */) commas++;
    else if (c === 91 /* [ */ || c === 123 /* { */) openers++;
    else if (c === 45 /* - */) markers++;
    else if (c === 58 /* : */ || c === 63 /* ? */) other++;
    else if (c === 46 /* . */) markers++;
    else if (c === 10 /* line break */) lines++;
    else if (c === 38 /* & */ || c === 42 /* * */ || c === 33 /* ! */) properties++;
  }
  // Every scalar starts a line or follows one of `,[{-:?`; an anchor, alias or tag is counted by
  // its character; `|`, `>` headers start a scalar counted the same way.
  const entries = openers + commas + other + markers;
  const scalars = entries + lines;
  return {
    openers,
    commas,
    nodes: entries + scalars + properties + DOCUMENT_COST * (1 + Math.ceil(markers / 3)),
  };
}

/**
 * The nodes of text[start, end) (entries and documents) counted by the `yaml` lexer, a streaming
 * state machine that builds no tree and knows quotes, comments and block scalars; or the first
 * bound passed: flow nesting deeper than MAX_NESTING, more than MAX_EMPTY_FLOW_ENTRIES empty flow
 * entries, a double-quoted scalar longer than MAX_DOUBLE_QUOTED, more than `budget` nodes.
 */
function measure(
  text: string,
  start: number,
  end: number,
  budget: number,
): { nodes: number; problem?: WorkProblem } {
  let offset = start;
  let depth = 0;
  let nodes = 0;
  let empty = 0;
  let afterOpenOrComma = false;
  for (const token of new Lexer().lex(text.slice(start, end))) {
    // The lexer's control tokens (flow end, scalar start) stand for no source text.
    if (token === SCALAR) {
      // A plain scalar follows (its text is the next token).
      nodes++;
      if (nodes > budget) return { nodes, problem: { offset, kind: 'too-many-nodes' } };
      continue;
    }
    if (token === FLOW_END) {
      depth = 0;
      continue;
    }
    if (token === DOCUMENT) {
      nodes += DOCUMENT_COST;
      if (nodes > budget) return { nodes, problem: { offset, kind: 'too-many-nodes' } };
      continue;
    }
    const at = offset;
    offset += token.length;
    switch (token) {
      case '[':
      case '{':
        depth++;
        afterOpenOrComma = true;
        if (depth > MAX_NESTING) return { nodes, problem: { offset: at, kind: 'too-deep' } };
        continue;
      case ']':
      case '}':
        depth = Math.max(0, depth - 1);
        afterOpenOrComma = false;
        continue;
      case ',':
        nodes++;
        if (afterOpenOrComma && ++empty > MAX_EMPTY_FLOW_ENTRIES)
          return { nodes, problem: { offset: at, kind: 'empty-flow-entries' } };
        afterOpenOrComma = true;
        break;
      case '-':
      case ':':
      case '?':
        nodes++;
        afterOpenOrComma = false;
        break;
      default:
        if (token.length > MAX_DOUBLE_QUOTED && token.charCodeAt(0) === 34 /* " */)
          return { nodes, problem: { offset: at, kind: 'long-string' } };
        if (isNodeToken(token)) nodes++;
        // Blanks, line breaks and comments between entries do not make an entry non-empty.
        if (!isBlankToken(token)) afterOpenOrComma = false;
    }
    if (nodes > budget) return { nodes, problem: { offset: at, kind: 'too-many-nodes' } };
  }
  return { nodes };
}

const DOCUMENT = '\x02';
const FLOW_END = '\x18';
const SCALAR = '\x1f';

/**
 * A token that becomes a node or a node's property: a quoted scalar, an alias, an anchor, a tag, a
 * block scalar's header (plain scalars come after the lexer's SCALAR token).
 */
function isNodeToken(token: string): boolean {
  return NODE_TOKEN_STARTS.has(token.charAt(0));
}
const NODE_TOKEN_STARTS = new Set(['"', "'", '*', '&', '!', '|', '>']);

function isBlankToken(token: string): boolean {
  const first = token.charCodeAt(0);
  return first === 32 || first === 9 || first === 10 || first === 13 || first === 35 /* # */;
}

/** The documents of text[start, end), each from its marker line; lazily, since a file may hold a million. */
function* documentRanges(text: string, start: number, end: number): Generator<TextRange> {
  let from = start;
  for (const at of markerOffsets(text, start, end)) {
    yield { start: from, end: at };
    from = at;
  }
  yield { start: from, end };
}

/** Offsets of the document markers in text[start, end), but one at `start`; lazily (matchAll copies the expression). */
export function* markerOffsets(text: string, start: number, end: number): Generator<number> {
  const body = start === 0 && end === text.length ? text : text.slice(start, end);
  for (const match of body.matchAll(DOCUMENT_MARKER)) if (match.index > 0) yield start + match.index;
}
