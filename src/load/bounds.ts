// Bounds on the work one YAML document may cost, checked before the parser builds anything. The
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

/** Most collection entries (items, `key: value` pairs) one document may have: about 200 MB parsed. */
export const MAX_ENTRIES = 200_000;
/** Most empty entries of flow collections (`[,,`): each is a parse error, and errors cost more. */
export const MAX_EMPTY_FLOW_ENTRIES = 2_000;

/** A document marker: `---` or `...` at the start of a line (YAML 1.2 c-forbidden, so never content). */
export const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;

export interface WorkProblem {
  /** Offset in the text given where the bound was passed. */
  offset: number;
  kind: 'too-deep' | 'too-complex';
}

/**
 * Whether parsing text[start, end) would pass a bound. A cheap count of the characters each bound
 * counts lets ordinary documents through at once; otherwise the `yaml` lexer (a streaming state machine that
 * builds no tree, and knows quotes, comments and block scalars) counts flow nesting, entries and
 * empty flow entries exactly.
 */
export function workProblem(text: string, start: number, end: number): WorkProblem | undefined {
  // Each bound counts characters of a kind; when there are too few of them, no bound can be passed.
  let flowMarks = 0;
  let indicators = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 /* , */ || c === 91 /* [ */ || c === 123 /* { */) flowMarks++;
    else if (c === 58 /* : */ || c === 45 /* - */ || c === 63 /* ? */) indicators++;
  }
  if (flowMarks <= MAX_NESTING && flowMarks + indicators <= MAX_ENTRIES) return undefined;
  let offset = start;
  let depth = 0;
  let entries = 0;
  let empty = 0;
  let afterOpenOrComma = false;
  for (const token of new Lexer().lex(text.slice(start, end))) {
    // The lexer's control tokens (document start, flow end, scalar start) stand for no source text.
    if (token === DOCUMENT || token === SCALAR) continue;
    if (token === FLOW_END) {
      depth = 0;
      continue;
    }
    const at = offset;
    offset += token.length;
    switch (token) {
      case '[':
      case '{':
        depth++;
        afterOpenOrComma = true;
        if (depth > MAX_NESTING) return { offset: at, kind: 'too-deep' };
        continue;
      case ']':
      case '}':
        depth = Math.max(0, depth - 1);
        afterOpenOrComma = false;
        continue;
      case ',':
        entries++;
        if (afterOpenOrComma && ++empty > MAX_EMPTY_FLOW_ENTRIES) return { offset: at, kind: 'too-complex' };
        afterOpenOrComma = true;
        break;
      case '-':
      case ':':
      case '?':
        entries++;
        afterOpenOrComma = false;
        break;
      default:
        // Blanks, line breaks and comments between entries do not make an entry non-empty.
        if (!isBlankToken(token)) afterOpenOrComma = false;
    }
    if (entries > MAX_ENTRIES) return { offset: at, kind: 'too-complex' };
  }
  return undefined;
}

const DOCUMENT = '\x02';
const FLOW_END = '\x18';
const SCALAR = '\x1f';

function isBlankToken(token: string): boolean {
  const first = token.charCodeAt(0);
  return first === 32 || first === 9 || first === 10 || first === 13 || first === 35 /* # */;
}

/**
 * The ranges split where a document passes a bound: documents within bounds keep their ranges
 * (each starting at its marker line, so it parses as the same document), the others are left out
 * and returned as problems. Ranges with no problem are returned as given.
 */
export function withinBounds(
  text: string,
  ranges: readonly { start: number; end: number }[],
): { ranges: { start: number; end: number }[]; problems: WorkProblem[] } {
  const kept: { start: number; end: number }[] = [];
  const problems: WorkProblem[] = [];
  for (const range of ranges) {
    if (workProblem(text, range.start, range.end) === undefined) {
      kept.push(range);
      continue;
    }
    for (const doc of documentRanges(text, range.start, range.end)) {
      const problem = workProblem(text, doc.start, doc.end);
      if (problem) problems.push(problem);
      else kept.push(doc);
    }
  }
  return { ranges: kept, problems };
}

function documentRanges(text: string, start: number, end: number): { start: number; end: number }[] {
  const starts = [start];
  for (const match of text.slice(start, end).matchAll(DOCUMENT_MARKER))
    if (match.index > 0) starts.push(start + match.index);
  return starts.map((at, i) => ({ start: at, end: starts[i + 1] ?? end }));
}
