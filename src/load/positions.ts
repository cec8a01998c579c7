import type { LineCounter, Node, Pair } from 'yaml';
import { isScalar } from 'yaml';
import type { Span } from '../model.js';

/**
 * Turns parser offsets into a single-line SARIF span. A range that runs over several lines is cut at
 * the end of its first line: GitHub shows an alert on a pull request only when every line of its
 * region is in the diff, and the first line is where the setting is written.
 */
export function spanOf(text: string, lineCounter: LineCounter, start: number, end: number): Span {
  const pos = lineCounter.linePos(start);
  let stop = end;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      stop = i;
      break;
    }
  }
  while (stop > start + 1 && isBlank(text.charCodeAt(stop - 1))) stop--;
  const length = Math.max(1, stop - start);
  return { startLine: pos.line, startColumn: pos.col, endLine: pos.line, endColumn: pos.col + length };
}

/** The span of a node's own text (for a quoted scalar, the quotes included). */
export function nodeSpan(text: string, lineCounter: LineCounter, node: Node): Span {
  const [start, valueEnd] = node.range ?? [0, 1];
  return spanOf(text, lineCounter, start, valueEnd);
}

/** The span of a `key: value` entry, from the key to the end of the value. */
export function pairSpan(text: string, lineCounter: LineCounter, pair: Pair): Span {
  const key = pair.key as Node | null;
  const value = pair.value as Node | null;
  const start = key?.range?.[0] ?? value?.range?.[0] ?? 0;
  const end = value?.range?.[1] ?? key?.range?.[1] ?? start + 1;
  return spanOf(text, lineCounter, start, end);
}

/**
 * Maps each character of a scalar's value to its offset in the source, for scalars whose value is
 * a script (shell `-c` strings). Walks value and source together: characters that differ in the
 * source (quotes, escapes, indentation, folded line breaks) are skipped. Returns undefined for
 * characters it cannot place, and callers then fall back to the whole scalar.
 */
export function scalarOffsets(text: string, node: Node): ((index: number) => number | undefined) | undefined {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  const value = node.value;
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
  map[value.length] = j;
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

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}
