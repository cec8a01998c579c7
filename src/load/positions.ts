import type { LineCounter } from 'yaml';
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

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}
