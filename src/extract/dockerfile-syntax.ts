// A Dockerfile's instructions as the Dockerfile reference (docs.docker.com/reference/dockerfile/)
// and BuildKit's parser read them: parser directives at the top (`# escape=`` ` ``), instructions
// case-insensitive, the escape character at the end of a line continuing it (blanks after it
// allowed), comment lines and empty lines inside a continuation dropped, and here-documents after
// RUN, COPY and ADD (`RUN <<EOF`, `COPY <<EOF /etc/x`) taking the lines up to their delimiter.
// Every character of an instruction's arguments keeps its offset in the file.

/** An instruction with its arguments (continuations joined) and its here-document lines. */
export interface Instruction {
  /** Upper-case: `FROM`, `RUN`, `CMD`, `ENTRYPOINT`, `ENV`, `COPY`... */
  name: string;
  args: string;
  /** File offset of each character of `args`. */
  at: number[];
  /** Offset of the instruction keyword. */
  start: number;
  /** Here-documents after the instruction's line: raw lines, the delimiter line included. */
  heredocs: { text: string; at: number[] }[];
}

const HEREDOC_INSTRUCTIONS = new Set(['RUN', 'COPY', 'ADD']);

/** Splits a Dockerfile into instructions; lines that are no instruction are skipped. Linear, never throws. */
export function readInstructions(text: string): Instruction[] {
  const lines = physicalLines(text);
  const escapeChar = escapeCharacter(text, lines);
  const instructions: Instruction[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    i++;
    const body = text.slice(line.start, line.end);
    const trimmed = body.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const args: string[] = [];
    const at: number[] = [];
    let current = line;
    let first = true;
    for (;;) {
      const from = first ? current.start + (body.length - trimmed.length) : current.start;
      first = false;
      let to = current.end;
      while (to > from && isBlank(text[to - 1])) to--;
      const continued = to > from && text[to - 1] === escapeChar;
      const end = continued ? to - 1 : current.end;
      for (let k = from; k < end; k++) {
        args.push(text[k] as string);
        at.push(k);
      }
      if (!continued) break;
      // Comment lines and empty lines inside a continuation are dropped (BuildKit warns on the latter).
      while (i < lines.length) {
        const next = text.slice((lines[i] as Line).start, (lines[i] as Line).end).trimStart();
        if (next !== '' && !next.startsWith('#')) break;
        i++;
      }
      if (i >= lines.length) break;
      current = lines[i] as Line;
      i++;
    }
    const joined = args.join('');
    let k = 0;
    while (k < joined.length && !isBlank(joined[k])) k++;
    const name = joined.slice(0, k).toUpperCase();
    while (k < joined.length && isBlank(joined[k])) k++;
    const instruction: Instruction = {
      name,
      args: joined.slice(k),
      at: at.slice(k),
      start: at[0] ?? line.start,
      heredocs: [],
    };
    if (HEREDOC_INSTRUCTIONS.has(name)) {
      for (const { delimiter, stripTabs } of heredocMarkers(instruction.args)) {
        const doc = { text: '', at: [] as number[] };
        const parts: string[] = [];
        while (i < lines.length) {
          const next = lines[i] as Line;
          i++;
          const raw = text.slice(next.start, Math.min(next.end + 1, text.length));
          for (let c = 0; c < raw.length; c++) {
            parts.push(raw[c] as string);
            doc.at.push(next.start + c);
          }
          let from = next.start;
          while (stripTabs && from < next.end && text[from] === '\t') from++;
          if (text.slice(from, next.end) === delimiter) break;
        }
        doc.text = parts.join('');
        instruction.heredocs.push(doc);
      }
    }
    if (name !== '') instructions.push(instruction);
  }
  return instructions;
}

interface Line {
  start: number;
  /** Offset of the line break ending it (or the text's end). */
  end: number;
}

function physicalLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    lines.push({ start, end: end > start && text[end - 1] === '\r' ? end - 1 : end });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

/** `# escape=`` ` `` among the parser directives at the top (the first lines of `# key=value`). */
function escapeCharacter(text: string, lines: readonly Line[]): string {
  for (const line of lines) {
    const body = text.slice(line.start, line.end).trim();
    if (!body.startsWith('#')) break;
    const directive = body.slice(1).trim();
    const eq = directive.indexOf('=');
    if (eq < 0) break;
    const key = directive.slice(0, eq).trim().toLowerCase();
    const value = directive.slice(eq + 1).trim();
    if (key === 'escape' && (value === '`' || value === '\\')) return value;
  }
  return '\\';
}

/**
 * The here-documents an instruction opens: `<<WORD`, `<<-WORD`, `<<"WORD"`, `<<'WORD'` (BuildKit
 * reads these only where a word starts, after the instruction's flags).
 */
export function heredocMarkers(args: string): { delimiter: string; stripTabs: boolean; quoted: boolean }[] {
  const markers: { delimiter: string; stripTabs: boolean; quoted: boolean }[] = [];
  let i = args.indexOf('<<');
  while (i >= 0) {
    let k = i + 2;
    const stripTabs = args[k] === '-';
    if (stripTabs) k++;
    const quote = args[k] === '"' || args[k] === "'" ? args[k] : undefined;
    if (quote) k++;
    const from = k;
    while (k < args.length && isWordChar(args.charCodeAt(k))) k++;
    const delimiter = args.slice(from, k);
    const closed = quote === undefined || args[k] === quote;
    if (delimiter !== '' && closed && (i === 0 || isBlank(args[i - 1]) || args[i - 1] === '>'))
      markers.push({ delimiter, stripTabs, quoted: quote !== undefined });
    i = args.indexOf('<<', k);
  }
  return markers;
}

function isWordChar(c: number): boolean {
  return c === 95 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

/** A JSON array of strings (the exec form of RUN, CMD, ENTRYPOINT), with each string's [start, end). */
export interface JsonItem {
  value: string;
  start: number;
  end: number;
}

/** The exec form: `["etcd", "--name", "x"]`; undefined when the text is not such an array (shell form). */
export function jsonStringArray(text: string): JsonItem[] | undefined {
  let i = skipBlanks(text, 0);
  if (text[i] !== '[') return undefined;
  i = skipBlanks(text, i + 1);
  const items: JsonItem[] = [];
  if (text[i] === ']') return skipBlanks(text, i + 1) === text.length ? items : undefined;
  for (;;) {
    if (text[i] !== '"') return undefined;
    const start = i;
    let value = '';
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        const escaped = jsonEscape(text, i);
        if (!escaped) return undefined;
        value += escaped.char;
        i = escaped.next;
      } else {
        value += text[i];
        i++;
      }
    }
    if (i >= text.length) return undefined;
    items.push({ value, start, end: i + 1 });
    i = skipBlanks(text, i + 1);
    if (text[i] === ']') return skipBlanks(text, i + 1) === text.length ? items : undefined;
    if (text[i] !== ',') return undefined;
    i = skipBlanks(text, i + 1);
  }
}

function jsonEscape(text: string, i: number): { char: string; next: number } | undefined {
  const c = text[i + 1];
  const simple: Record<string, string> = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
  };
  if (c !== undefined && simple[c] !== undefined) return { char: simple[c] as string, next: i + 2 };
  if (c !== 'u') return undefined;
  const hex = text.slice(i + 2, i + 6);
  if (hex.length !== 4 || ![...hex].every((h) => '0123456789abcdefABCDEF'.includes(h))) return undefined;
  return { char: String.fromCharCode(Number.parseInt(hex, 16)), next: i + 6 };
}

function skipBlanks(text: string, i: number): number {
  let k = i;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r' || text[k] === '\n'))
    k++;
  return k;
}
