// A small POSIX sh tokenizer for the scripts Kubernetes containers hand to `sh -c`. It keeps the
// offsets of every word's raw text, which no npm shell parser does, so a finding can point at the
// exact flag. It reads each character a bounded number of times, uses no backtracking regular
// expressions on the input, keeps nesting on an explicit stack and never throws.

import { isEtcdProgram, isEtcdSubcommand } from '../etcd/program.js';

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
 * A simple command. Redirections and their targets are removed; leading `NAME=value` assignments
 * are kept, because they are words of the command (findEtcdInvocations skips them).
 */
export interface ShellCommand {
  words: ShellWord[];
}

type WordToken = { kind: 'word'; word: ShellWord; literal: boolean };
type Token = WordToken | { kind: 'op'; op: string; start: number };
type Frame = 'paren' | 'brace' | 'dq' | 'bq';

const OPERATORS = ['<<<', '<<-', ';;&', '&>>', '&&', '||', ';;', ';&', '|&', '<<', '>>', '<&', '>&', '<>'];
const SHORT_OPERATORS = ['>|', '&>', ';', '&', '|', '(', ')', '<', '>'];
const REDIRECTIONS = new Set(['<', '>', '>>', '<<', '<<-', '<<<', '<&', '>&', '<>', '>|', '&>', '&>>']);
/** Reserved words that open or close compound commands: at command start they are not a program. */
const KEYWORDS = new Set(
  'if then else elif fi do done while until for select case esac in function ! time { }'.split(' '),
);
const CASE_ARM_ENDS = new Set([';;', ';&', ';;&']);
/** Splits a script into simple commands. */
export function splitShellCommands(script: string): ShellCommand[] {
  const assembler = new Assembler();
  for (const token of new Lexer(script).run()) {
    if (token.kind === 'word') assembler.word(token);
    else assembler.op(token.op, token.start);
  }
  return assembler.finish();
}

/** An etcd server run by a script: the program word and its arguments (argv[1:]). */
export interface EtcdInvocation {
  program: ShellWord;
  args: ShellWord[];
}

/**
 * Each simple command whose program is the etcd server (see etcd/program.ts). Leading assignments
 * and the wrappers in WRAPPERS are looked through; `etcd gateway` and `etcd grpc-proxy` are other
 * programs with other flags and are left out.
 */
export function findEtcdInvocations(script: string): EtcdInvocation[] {
  const invocations: EtcdInvocation[] = [];
  for (const { words } of splitShellCommands(script)) {
    const invocation = etcdInvocation(script, words);
    if (invocation) invocations.push(invocation);
  }
  return invocations;
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh']);
const SHELL_LONG_OPTIONS_WITH_VALUE = new Set(['--rcfile', '--init-file']);

/**
 * If argv is a shell wrapper (`sh|bash|ash|dash|zsh|ksh`, or `busybox sh`, by basename) run with
 * `-c`, returns the index in argv of the script argument; else undefined. As in POSIX sh, `-c` only
 * says that the first non-option argument is the script, so options may come before or after it
 * (`-ec`, `-e -c`, `-c -e`), and each `o`/`O` in an option cluster takes an option name (`-o pipefail`).
 */
export function shellScriptIndex(argv: readonly string[]): number | undefined {
  let i = basename(argv[0] ?? '') === 'busybox' ? 1 : 0;
  if (!SHELLS.has(basename(argv[i] ?? ''))) return undefined;
  let sawC = false;
  for (i++; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--' || arg === '-') {
      i++;
      break;
    }
    if (arg.startsWith('--')) {
      if (SHELL_LONG_OPTIONS_WITH_VALUE.has(arg)) i++;
      continue;
    }
    if (arg.length < 2 || (arg[0] !== '-' && arg[0] !== '+')) break;
    if (arg[0] === '-' && arg.includes('c', 1)) sawC = true;
    for (let k = 1; k < arg.length; k++) if (arg[k] === 'o' || arg[k] === 'O') i++;
  }
  return sawC && i < argv.length ? i : undefined;
}

/** How a wrapper program reads its own arguments before the program it runs. */
interface WrapperSpec {
  /** Options that take the next word as their value (`nice -n 10`). */
  withValue?: readonly string[];
  /** Options with which the wrapper runs nothing (`command -v etcd` only prints a path). */
  notRunning?: readonly string[];
  /** Non-option words before the program: a user (`gosu etcd`), a priority, a mask, a duration. */
  operands?: number;
  /** `env` takes NAME=value words before the program, and a lone `-` means `-i`. */
  env?: boolean;
}

/** Programs that run their arguments as a command; anything else in front of etcd hides it. */
const WRAPPERS = new Map<string, WrapperSpec>([
  ['exec', { withValue: ['-a'] }],
  ['nice', { withValue: ['-n', '--adjustment'] }],
  ['nohup', {}],
  ['ionice', { withValue: ['-c', '-n', '--class', '--classdata'], notRunning: ['-p', '-P', '-u', '--pid'] }],
  ['env', { withValue: ['-u', '--unset', '-C', '--chdir'], notRunning: ['-S', '--split-string'], env: true }],
  ['command', { notRunning: ['-v', '-V'] }],
  ['chrt', { withValue: ['-T', '-P', '-D'], notRunning: ['-p', '--pid', '-m', '--max'], operands: 1 }],
  ['taskset', { notRunning: ['-p', '--pid'], operands: 1 }],
  ['setpriv', { withValue: ['--reuid', '--regid', '--ruid', '--rgid', '--euid', '--egid', '--groups'] }],
  ['su-exec', { operands: 1 }],
  ['gosu', { operands: 1 }],
  ['timeout', { withValue: ['-s', '-k', '--signal', '--kill-after'], operands: 1 }],
  ['stdbuf', { withValue: ['-i', '-o', '-e', '--input', '--output', '--error'] }],
  ['tini', { withValue: ['-p', '-e'] }],
  ['dumb-init', { withValue: ['-r', '--rewrite'] }],
  ['time', { withValue: ['-f', '-o', '--format', '--output'] }],
]);

function etcdInvocation(script: string, words: readonly ShellWord[]): EtcdInvocation | undefined {
  let at: number | undefined = 0;
  while (at < words.length && isAssignment(rawText(script, words[at] as ShellWord))) at++;
  while (at !== undefined) {
    const program = words[at];
    if (!program || program.opaque) return undefined;
    if (isEtcdProgram(program.value)) {
      return isEtcdSubcommand(words[at + 1]?.value) ? undefined : { program, args: words.slice(at + 1) };
    }
    const wrapper = WRAPPERS.get(basename(program.value));
    at = wrapper && skipWrapper(wrapper, words, at + 1);
  }
  return undefined;
}

/** The index of the program a wrapper runs: after its options, assignments (env) and operands. */
function skipWrapper(spec: WrapperSpec, words: readonly ShellWord[], from: number): number | undefined {
  let i = from;
  for (; i < words.length; i++) {
    const v = (words[i] as ShellWord).value;
    if (v === '--') return i + 1 + (spec.operands ?? 0);
    if (!(v.length > 1 ? v.startsWith('-') : v === '-' && spec.env)) break;
    if (spec.notRunning?.includes(v)) return undefined;
    if (spec.withValue?.includes(v)) i++;
  }
  while (spec.env && i < words.length && isAssignment((words[i] as ShellWord).value)) i++;
  return i + (spec.operands ?? 0);
}

function isAssignment(text: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*=/.test(text);
}

function rawText(script: string, word: ShellWord): string {
  return script.slice(word.start, word.end);
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Turns tokens into simple commands, dropping reserved words, redirections and case patterns. */
class Assembler {
  private readonly commands: ShellCommand[] = [];
  private words: ShellWord[] = [];
  /** `for x in a b` and `select` heads, `case WORD in`, and case patterns up to `)` are no commands. */
  private mode: 'command' | 'skipToSeparator' | 'caseHeader' | 'casePattern' = 'command';
  private dropTarget = false;
  private skipWords = 0;
  private afterTime = false;

  op(op: string, start: number): void {
    if (REDIRECTIONS.has(op)) {
      // An IO number is digits written against the operator (`2>&1`); `2 >x` passes 2 as an argument.
      const last = this.words[this.words.length - 1];
      if (
        last &&
        last.end === start &&
        last.end - last.start === last.value.length &&
        /^\d+$/.test(last.value)
      )
        this.words.pop();
      this.dropTarget = true;
      return;
    }
    this.dropTarget = false;
    if (this.mode === 'casePattern' && (op === '|' || op === '(' || op === '\n')) return;
    if (this.mode === 'caseHeader' && op === '\n') return;
    // `name() { ...; }` defines a function: its name is not run here.
    if (op === '(') this.words = [];
    this.flush();
    this.mode = CASE_ARM_ENDS.has(op) ? 'casePattern' : 'command';
  }

  word(token: WordToken): void {
    if (this.dropTarget) {
      this.dropTarget = false;
    } else if (this.mode !== 'command') {
      const v = token.literal ? token.word.value : '';
      if (this.mode === 'caseHeader' && v === 'in') this.mode = 'casePattern';
      else if (this.mode === 'casePattern' && v === 'esac') this.mode = 'command';
    } else if (this.skipWords > 0) {
      this.skipWords--;
    } else if (this.words.length > 0 || !this.reservedAtStart(token)) {
      this.words.push(token.word);
    }
  }

  finish(): ShellCommand[] {
    this.flush();
    return this.commands;
  }

  /** Reserved words count only unquoted and at command start; after them a new command begins. */
  private reservedAtStart(token: WordToken): boolean {
    const afterTime = this.afterTime;
    this.afterTime = false;
    const v = token.word.value;
    if (!token.literal) return false;
    if (afterTime && v === '-p') return true; // bash's `time -p` keyword option
    if (!KEYWORDS.has(v)) return false;
    if (v === 'case') this.mode = 'caseHeader';
    else if (v === 'for' || v === 'select') this.mode = 'skipToSeparator';
    else if (v === 'function') this.skipWords = 1;
    else if (v === 'time') this.afterTime = true;
    return true;
  }

  private flush(): void {
    if (this.words.length > 0) this.commands.push({ words: this.words });
    this.words = [];
    this.skipWords = 0;
    this.afterTime = false;
  }
}

/** Splits a script into word and operator tokens, skipping comments and here-document bodies. */
class Lexer {
  private readonly tokens: Token[] = [];
  private readonly heredocs: { delimiter: string; stripTabs: boolean }[] = [];
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
      const end = skipNested(s, i + 2, 'paren');
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
    this.tokens.push({ kind: 'word', word, literal });
    if (this.pendingHeredoc === undefined) return;
    this.heredocs.push({ delimiter: word.value, stripTabs: this.pendingHeredoc === '<<-' });
    this.pendingHeredoc = undefined;
  }

  private readWord(start: number): number {
    const s = this.s;
    const word: ShellWord = { value: '', start, end: start, opaque: false };
    let i = start;
    while (i < s.length) {
      if (s[i] === '(' && /^[A-Za-z_][A-Za-z0-9_]*\+?=$/.test(s.slice(start, i))) {
        // bash array assignment `a=(x y)`: one word, whose elements are not a command.
        i = skipNested(s, i + 1, 'paren');
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
    for (const { delimiter, stripTabs } of this.heredocs) {
      while (i < s.length) {
        const end = lineEnd(s, i);
        let a = i;
        let b = end;
        if (stripTabs) while (s[a] === '\t') a++;
        if (b > a && s[b - 1] === '\r') b--;
        i = end + 1;
        if (s.slice(a, b) === delimiter) break;
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
function expansionEnd(s: string, i: number): number {
  if (s[i] === '`') return skipNested(s, i + 1, 'bq');
  if (s[i] !== '$') return i + 1;
  const next = s[i + 1] ?? '';
  if (next === '(') return skipNested(s, i + 2, 'paren');
  if (next === '{') return skipNested(s, i + 2, 'brace');
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
 * Unbalanced input runs to the end of the script.
 */
function skipNested(s: string, from: number, first: Frame): number {
  const stack: Frame[] = [first];
  let i = from;
  while (i < s.length) {
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
      const close = s.indexOf("'", i + 1);
      i = close < 0 ? s.length : close + 1;
    } else {
      i++;
    }
  }
  return s.length;
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
