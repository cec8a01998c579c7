// The tokenizer of extract/shell.ts: a POSIX sh script as words (with the offsets of their raw text)
// and operators. It reads each character a bounded number of times, uses no backtracking regular
// expressions on the input, keeps nesting on an explicit stack and never throws. Here-document
// bodies are not tokens: they are recorded (where, which delimiter, quoted or not) and skipped.

/** One word of a simple command. */
export interface ShellWord {
  /** The word after quote removal and backslash-newline removal (what the program receives). */
  value: string;
  /** Offset of the first character of the raw word in the script (UTF-16 index). */
  start: number;
  /** Offset just after the last character of the raw word. */
  end: number;
  /**
   * The value is not known statically: the word holds `$VAR`, `${...}`, `$(...)`, `` `...` ``,
   * `$((...))` (kept raw in `value`), or a `{{ ... }}` template placeholder (Helm, Jinja, Go) that
   * is rendered before the shell runs. Globs stay literal and do not make a word opaque.
   */
  opaque: boolean;
}

/**
 * A here-document (bash manual, "Here Documents"; POSIX "2.7.4 Here-Document"): the lines after the
 * operator's line up to a line that is exactly the delimiter. With any part of the delimiter word
 * quoted the body is taken literally; otherwise the shell expands parameters, command
 * substitutions and arithmetic in it, removes backslash-newline pairs, and a backslash quotes only
 * `$`, `` ` ``, `\` and newline. `<<-` strips leading tabs from the body lines and the delimiter line.
 */
export interface HereDocument {
  /** The delimiter after quote removal. */
  delimiter: string;
  quoted: boolean;
  stripTabs: boolean;
  /** Offset of the body's first character (the line after the operator's line). */
  bodyStart: number;
  /** Offset just after the body's last line (its line break included): the delimiter line's start. */
  bodyEnd: number;
  /** False when the script ended before the delimiter line (bash warns and takes the rest). */
  terminated: boolean;
}

export type WordToken = { kind: 'word'; word: ShellWord; literal: boolean; heredoc?: HereDocument };
export type Token = WordToken | { kind: 'op'; op: string; start: number };
type Frame = 'paren' | 'brace' | 'dq' | 'bq';

const OPERATORS = ['<<<', '<<-', ';;&', '&>>', '&&', '||', ';;', ';&', '|&', '<<', '>>', '<&', '>&', '<>'];
const SHORT_OPERATORS = ['>|', '&>', ';', '&', '|', '(', ')', '<', '>'];

/** Splits a script into word and operator tokens, skipping comments and here-document bodies. */
export class Lexer {
  private readonly tokens: Token[] = [];
  /** Here-documents opened on the current line, whose bodies start after it. */
  private readonly heredocs: HereDocument[] = [];
  private pendingHeredoc: string | undefined;
  /** No `}}` at or after this offset: later `{{` need not search again (keeps the scan linear). */
  private noTemplateCloseFrom = Number.POSITIVE_INFINITY;

  constructor(private readonly s: string) {}

  run(): Token[] {
    let i = 0;
    while (i < this.s.length) i = this.step(i);
    return this.tokens;
  }

  private step(i: number): number {
    const s = this.s;
    const c = s[i];
    // `\r` counts as a blank so that scripts with CRLF line ends read as their authors meant.
    if (c === ' ' || c === '\t' || c === '\r') return i + 1;
    if (c === '\\' && lineBreakLength(s, i + 1) > 0) return i + 1 + lineBreakLength(s, i + 1);
    if (c === '#') return lineEnd(s, i);
    if (c === '\n') {
      this.pushOp('\n', i);
      return this.skipHeredocBodies(i + 1);
    }
    if ((c === '<' || c === '>') && s[i + 1] === '(') {
      // Process substitution runs its own commands; to etcd it is one opaque path argument.
      const end = skipNested(s, i + 2, 'paren', s.length);
      this.pushWord({ value: s.slice(i, end), start: i, end, opaque: true });
      return end;
    }
    if (!isWordBreak(c as string)) return this.readWord(i);
    const op =
      OPERATORS.find((o) => s.startsWith(o, i)) ??
      (SHORT_OPERATORS.find((o) => s.startsWith(o, i)) as string);
    this.pushOp(op, i);
    if (op === '<<' || op === '<<-') this.pendingHeredoc = op;
    return i + op.length;
  }

  private pushOp(op: string, start: number): void {
    this.pendingHeredoc = undefined;
    this.tokens.push({ kind: 'op', op, start });
  }

  private pushWord(word: ShellWord): void {
    const literal = !word.opaque && this.s.slice(word.start, word.end) === word.value;
    if (this.pendingHeredoc === undefined) {
      this.tokens.push({ kind: 'word', word, literal });
      return;
    }
    // The body's place is known once the line ends (skipHeredocBodies fills it in).
    const raw = this.s.slice(word.start, word.end);
    const heredoc: HereDocument = {
      delimiter: word.value,
      quoted: raw.includes('"') || raw.includes("'") || raw.includes('\\'),
      stripTabs: this.pendingHeredoc === '<<-',
      bodyStart: this.s.length,
      bodyEnd: this.s.length,
      terminated: false,
    };
    this.heredocs.push(heredoc);
    this.tokens.push({ kind: 'word', word, literal, heredoc });
    this.pendingHeredoc = undefined;
  }

  private readWord(start: number): number {
    const s = this.s;
    const word: ShellWord = { value: '', start, end: start, opaque: false };
    let i = start;
    while (i < s.length) {
      if (s[i] === '(' && /^[A-Za-z_][A-Za-z0-9_]*\+?=$/.test(s.slice(start, i))) {
        // bash array assignment `a=(x y)`: one word, whose elements are not a command.
        i = skipNested(s, i + 1, 'paren', s.length);
        word.value += s.slice(word.end, i);
        word.opaque = true;
        word.end = i;
        continue;
      }
      if (isWordBreak(s[i] as string)) break;
      // A trailing line continuation is not part of the word's region.
      const continuation = s[i] === '\\' && lineBreakLength(s, i + 1) > 0;
      i = this.wordPart(i, word);
      if (!continuation) word.end = i;
    }
    const raw = s.slice(start, word.end);
    const open = raw.indexOf('{{');
    if (open >= 0 && raw.indexOf('}}', open + 2) >= 0) word.opaque = true;
    this.pushWord(word);
    return i;
  }

  /** Reads one unquoted character, quoted string or expansion at i; returns the next offset. */
  private wordPart(i: number, word: ShellWord): number {
    const s = this.s;
    const c = s[i];
    if (c === '\\') return backslash(s, i, word, undefined);
    if (c === "'") {
      const close = s.indexOf("'", i + 1);
      const end = close < 0 ? s.length : close;
      word.value += s.slice(i + 1, end);
      return Math.min(end + 1, s.length);
    }
    if (c === '"') return this.doubleQuoted(i + 1, word);
    if (c === '$' && s[i + 1] === "'") return ansiCQuoted(s, i + 2, word);
    if (c === '$' && s[i + 1] === '"') return i + 1; // `$"..."` is a translated double-quoted string
    return this.special(i, word);
  }

  /** Inside double quotes only `$`, `` ` ``, `"`, `\` and newline can be escaped. */
  private doubleQuoted(from: number, word: ShellWord): number {
    const s = this.s;
    let i = from;
    while (i < s.length && s[i] !== '"') {
      i = s[i] === '\\' ? backslash(s, i, word, '$`"\\') : this.special(i, word);
    }
    return Math.min(i + 1, s.length);
  }

  /** An expansion or `{{ ... }}` placeholder at i, kept raw and opaque; else one literal character. */
  private special(i: number, word: ShellWord): number {
    const s = this.s;
    const end = s[i] === '{' ? this.templateEnd(i) : expansionEnd(s, i);
    if (end === i + 1) {
      word.value += s[i];
    } else {
      word.value += s.slice(i, end);
      word.opaque = true;
    }
    return end;
  }

  /** Placeholders may hold blanks, quotes and `|` (`{{ include "x" . | quote }}`): one unit. */
  private templateEnd(i: number): number {
    if (this.s[i + 1] !== '{' || i >= this.noTemplateCloseFrom) return i + 1;
    const close = this.s.indexOf('}}', i + 2);
    if (close >= 0) return close + 2;
    this.noTemplateCloseFrom = i;
    return i + 1;
  }

  /** Skips the bodies of here-documents opened on the line that just ended; they are data, not commands. */
  private skipHeredocBodies(from: number): number {
    const s = this.s;
    let i = from;
    for (const heredoc of this.heredocs) {
      heredoc.bodyStart = Math.min(i, s.length);
      heredoc.bodyEnd = s.length;
      while (i < s.length) {
        const start = i;
        const end = lineEnd(s, i);
        let a = i;
        let b = end;
        if (heredoc.stripTabs) while (s[a] === '\t') a++;
        if (b > a && s[b - 1] === '\r') b--;
        i = end + 1;
        if (s.slice(a, b) === heredoc.delimiter) {
          heredoc.bodyEnd = start;
          heredoc.terminated = true;
          break;
        }
      }
    }
    this.heredocs.length = 0;
    return Math.min(i, s.length);
  }
}

/** A backslash at i: line continuation, or it quotes the next character (inside `"`, only `escapable`). */
function backslash(s: string, i: number, word: ShellWord, escapable: string | undefined): number {
  const lineBreak = lineBreakLength(s, i + 1);
  if (lineBreak > 0) return i + 1 + lineBreak;
  const next = s[i + 1];
  if (next === undefined || (escapable !== undefined && !escapable.includes(next))) {
    word.value += '\\';
    return i + 1;
  }
  word.value += next;
  return i + 2;
}

/** bash `$'...'`: like single quotes, with C escapes (the common ones are decoded). */
function ansiCQuoted(s: string, from: number, word: ShellWord): number {
  let i = from;
  while (i < s.length && s[i] !== "'") {
    const next = s[i + 1];
    if (s[i] === '\\' && next !== undefined) {
      word.value += ansiEscape(next);
      i += 2;
    } else {
      word.value += s[i];
      i++;
    }
  }
  return Math.min(i + 1, s.length);
}

function ansiEscape(c: string): string {
  const k = 'ntraev'.indexOf(c);
  if (k >= 0) return '\n\t\r\x07\x1b\v'[k] as string;
  return c === '\\' || c === "'" || c === '"' ? c : `\\${c}`;
}

/** The end of `$NAME`, `$1`, `$@`, `${...}`, `$(...)`, `$((...))` or `` `...` `` at i; i + 1 for a lone `$`. */
export function expansionEnd(s: string, i: number, limit = s.length): number {
  if (s[i] === '`') return skipNested(s, i + 1, 'bq', limit);
  if (s[i] !== '$') return i + 1;
  const next = s[i + 1] ?? '';
  if (next === '(') return skipNested(s, i + 2, 'paren', limit);
  if (next === '{') return skipNested(s, i + 2, 'brace', limit);
  if (isNameChar(next) && !isDigit(next)) {
    let j = i + 2;
    while (j < s.length && isNameChar(s[j] as string)) j++;
    return j;
  }
  return next !== '' && '0123456789@*#?$!-'.includes(next) ? i + 2 : i + 1;
}

/**
 * The offset just after the construct opened before `from`. Quotes, escapes and nested `$(`, `${`,
 * `` ` `` and `(` are tracked on an explicit stack, so deep nesting cannot overflow the call stack.
 * Unbalanced input runs to `limit` (the end of the script, or of the here-document being read: a
 * search past it for each `$(` of a body was quadratic).
 */
function skipNested(s: string, from: number, first: Frame, limit: number): number {
  const stack: Frame[] = [first];
  let i = from;
  while (i < limit) {
    const top = stack[stack.length - 1] as Frame;
    const c = s[i];
    if (c === '\\') {
      i += 2;
    } else if (c === CLOSERS[top]) {
      stack.pop();
      i++;
      if (stack.length === 0) return i;
    } else if (top === 'bq') {
      i++;
    } else if (c === '$' && (s[i + 1] === '(' || s[i + 1] === '{')) {
      stack.push(s[i + 1] === '(' ? 'paren' : 'brace');
      i += 2;
    } else if (c === '`' || (c === '"' && top !== 'dq') || (c === '(' && top === 'paren')) {
      stack.push(c === '`' ? 'bq' : c === '"' ? 'dq' : 'paren');
      i++;
    } else if (c === "'" && top !== 'dq') {
      let close = i + 1;
      while (close < limit && s[close] !== "'") close++;
      i = close + 1;
    } else {
      i++;
    }
  }
  return limit;
}

const CLOSERS: Record<Frame, string> = { paren: ')', brace: '}', dq: '"', bq: '`' };

function isWordBreak(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n' || ';&|()<>'.includes(c);
}

function isNameChar(c: string): boolean {
  return c === '_' || isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** Length of the line break at i (`\n` or `\r\n`), 0 if none. */
function lineBreakLength(s: string, i: number): number {
  if (s[i] === '\n') return 1;
  return s[i] === '\r' && s[i + 1] === '\n' ? 2 : 0;
}

function lineEnd(s: string, i: number): number {
  const end = s.indexOf('\n', i);
  return end < 0 ? s.length : end;
}
