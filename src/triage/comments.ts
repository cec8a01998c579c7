import { CST, Lexer } from 'yaml';
import { isYamlName } from '../load/file-kinds.js';
import { analyseTemplate, isHelmValuesFile } from '../load/template.js';

// Where a file really has comments, so that a suppression counts only in one. Matching
// `# etcd-tls-guard: ignore[...]` as text anywhere on a line let a block scalar, a quoted argument
// or a systemd argument suppress a finding. A comment is:
// - in YAML: a comment token of the `yaml` lexer (never inside a quoted or block scalar), or, inside
//   a block scalar (a script or a config file held in a ConfigMap), a shell-style comment of that
//   scalar, which counts only for findings in the same scalar;
// - in systemd units: a line whose first non-blank character is `#` or `;` (systemd has no
//   comments at the end of a line);
// - in environment files: such a line, or a shell comment at the end of a line (a `#` after white
//   space, outside quotes), as the shell that sources /etc/default/etcd reads it.

/** One comment: its 1-based line, its text from the comment character on, alone on its line or not. */
export interface Comment {
  line: number;
  text: string;
  ownLine: boolean;
  /** Set for a comment inside a YAML block scalar: the scalar's offsets in the file. */
  block?: { start: number; end: number };
}

/** The comments of a file, and what it needs to tell in which block scalar an offset lies. */
export interface FileComments {
  comments: Comment[];
  /** Offset of each line start (index 0 = line 1). */
  lineStarts: number[];
  /** Block scalars' bodies, as offsets. */
  blocks: { start: number; end: number }[];
}

type Kind = 'yaml' | 'unit' | 'env';

function kindOf(relPath: string): Kind {
  const name = relPath.slice(relPath.lastIndexOf('/') + 1);
  if (isYamlName(relPath) || name.toLowerCase() === 'kustomization') return 'yaml';
  if (name.endsWith('.service') || /\.service\.d\/[^/]+\.conf$/.test(relPath)) return 'unit';
  return 'env';
}

export function commentsOf(relPath: string, text: string): FileComments {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const kind = kindOf(relPath);
  if (kind !== 'yaml') return { comments: lineComments(text, lineStarts, kind), lineStarts, blocks: [] };
  // Templates are lexed as the parser saw them: actions blanked, same length and lines.
  const template = isHelmValuesFile(relPath) ? undefined : analyseTemplate(text);
  return yamlComments(template?.parseText ?? text, lineStarts);
}

/** The 1-based line of an offset. */
export function lineOf(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/** The lexer's markers that stand for no source text (document start, scalar start, flow end). */
const MARKERS = new Set([CST.DOCUMENT, CST.SCALAR, CST.FLOW_END]);

function yamlComments(text: string, lineStarts: number[]): FileComments {
  const comments: Comment[] = [];
  const blocks: { start: number; end: number }[] = [];
  let offset = 0;
  let scalarNext = false;
  let afterBlockHeader = false;
  for (const token of new Lexer().lex(text)) {
    if (MARKERS.has(token)) {
      if (token === CST.SCALAR) scalarNext = true;
      continue;
    }
    const type = scalarNext ? 'scalar-source' : CST.tokenType(token);
    scalarNext = false;
    if (type === 'comment') comments.push(comment(text, lineStarts, offset, token));
    else if (type === 'block-scalar-header') afterBlockHeader = true;
    else if (type === 'scalar-source' && afterBlockHeader) {
      const block = { start: offset, end: offset + token.length };
      blocks.push(block);
      comments.push(...shellComments(text, lineStarts, block));
      afterBlockHeader = false;
    } else if (type !== 'space' && type !== 'newline') afterBlockHeader = false;
    offset += token.length;
  }
  return { comments, lineStarts, blocks };
}

function comment(text: string, lineStarts: readonly number[], offset: number, body: string): Comment {
  const line = lineOf(lineStarts, offset);
  const before = text.slice(lineStarts[line - 1] as number, offset);
  return { line, text: body, ownLine: before.trim() === '' };
}

/**
 * Shell comments in a block scalar's body: a `#` at a line's first non-blank character or after
 * white space, outside single and double quotes (quotes may span lines, as in a script).
 */
function shellComments(
  text: string,
  lineStarts: readonly number[],
  block: { start: number; end: number },
): Comment[] {
  const found: Comment[] = [];
  let quote: '"' | "'" | undefined;
  for (let i = block.start; i < block.end; i++) {
    const char = text.charAt(i);
    if (quote !== undefined) {
      if (char === '\\' && quote === '"') i++;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === '\\') i++;
    else if (char === '"' || char === "'") quote = char;
    else if (char === '#' && (i === block.start || /\s/.test(text.charAt(i - 1)))) {
      const end = text.indexOf('\n', i);
      const stop = end < 0 || end > block.end ? block.end : end;
      found.push({ ...comment(text, lineStarts, i, text.slice(i, stop)), block });
      i = stop;
    }
  }
  return found;
}

/** Comment lines of a unit or an env file, and for env files shell comments at the end of a line. */
function lineComments(text: string, lineStarts: readonly number[], kind: Kind): Comment[] {
  const found: Comment[] = [];
  lineStarts.forEach((start, index) => {
    const end = index + 1 < lineStarts.length ? (lineStarts[index + 1] as number) - 1 : text.length;
    const lineText = text.slice(start, end).replace(/\r$/, '');
    const first = lineText.search(/\S/);
    if (first < 0) return;
    const lead = lineText.charAt(first);
    if (lead === '#' || lead === ';') {
      found.push({ line: index + 1, text: lineText.slice(first), ownLine: true });
      return;
    }
    if (kind !== 'env') return;
    const at = trailingShellComment(lineText);
    if (at !== undefined) found.push({ line: index + 1, text: lineText.slice(at), ownLine: false });
  });
  return found;
}

/** Where a shell comment starts on one line: a `#` after white space, outside quotes. */
function trailingShellComment(line: string): number | undefined {
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line.charAt(i);
    if (quote !== undefined) {
      if (char === '\\' && quote === '"') i++;
      else if (char === quote) quote = undefined;
    } else if (char === '\\') i++;
    else if (char === '"' || char === "'") quote = char;
    else if (char === '#' && i > 0 && /\s/.test(line.charAt(i - 1))) return i;
  }
  return undefined;
}
