// A small POSIX sh reader for the scripts Kubernetes containers hand to `sh -c`, systemd units run
// and repositories commit. It keeps the offsets of every word's raw text, which no npm shell parser
// does, so a finding can point at the exact flag. Tokens come from shell-lexer.ts; here they become
// simple commands with their redirections (here-documents included) and the compound commands
// around them. Linear time, an explicit stack, never throws.

import { isEtcdProgram, isEtcdSubcommand } from '../etcd/program.js';
import { MAX_TEXT_FORM_BYTES, TooComplexError } from '../load/bounds.js';
import { type HereDocument, Lexer, type ShellWord, type WordToken } from './shell-lexer.js';

export type { HereDocument, ShellWord } from './shell-lexer.js';

/** A redirection of a simple command: `> file`, `>> file`, `2>&1`, `<<EOF` (with its body). */
export interface Redirection {
  op: string;
  /** The file descriptor written against the operator (`2>`), when there is one. */
  fd?: number;
  /** The word after the operator: a file, a descriptor, or a here-document's delimiter. */
  target: ShellWord;
  heredoc?: HereDocument;
}

/**
 * The compound commands around a simple command (bash manual, "Compound Commands", "Shell
 * Functions"): the innermost one, with what holds of it and of all those around it (kept per scope,
 * so deep nesting costs no walk per command).
 */
export interface Scope {
  kind: 'if' | 'loop' | 'case' | 'function' | 'subshell' | 'brace';
  /** Offset of the word or operator that opens it (`if`, `while`, `{`, `(`). */
  start: number;
  /** The innermost subshell `( ... )` it is or runs in, if any: assignments there stay there. */
  subshell?: Scope;
  /** For a subshell, the subshell it runs in, if any. */
  outerSubshell?: Scope;
  /**
   * It or one around it runs on some paths only: `if`, `case`, a loop, a function body (run when
   * called), or a compound command after `&&` or `||`.
   */
  conditional: boolean;
  inFunction: boolean;
}

/**
 * A simple command. Redirections and their targets are taken out of `words`; leading `NAME=value`
 * assignments are kept, because they are words of the command (findEtcdInvocations skips them).
 */
export interface ShellCommand {
  words: ShellWord[];
  redirections: Redirection[];
  /** The innermost compound command it is in, if any. */
  scope?: Scope;
  /** The control operator just before it (`&&`, `||`, `|`, `;`...), if any. */
  before?: string;
  /** The control operator that ends it (`|` pipes its output to the next command), if any. */
  after?: string;
}

const REDIRECTIONS = new Set(['<', '>', '>>', '<<', '<<-', '<<<', '<&', '>&', '<>', '>|', '&>', '&>>']);
/** Reserved words that open or close compound commands: at command start they are not a program. */
const KEYWORDS = new Set(
  'if then else elif fi do done while until for select case esac in function ! time { }'.split(' '),
);
const CASE_ARM_ENDS = new Set([';;', ';&', ';;&']);
/** Reserved words that open a compound command, and the word that closes it. */
const OPENERS: Record<string, { kind: Scope['kind']; closer: string }> = {
  if: { kind: 'if', closer: 'fi' },
  while: { kind: 'loop', closer: 'done' },
  until: { kind: 'loop', closer: 'done' },
  for: { kind: 'loop', closer: 'done' },
  select: { kind: 'loop', closer: 'done' },
  case: { kind: 'case', closer: 'esac' },
  '{': { kind: 'brace', closer: '}' },
};

/** Splits a script into simple commands; a script over MAX_TEXT_FORM_BYTES is refused (TooComplexError). */
export function splitShellCommands(script: string): ShellCommand[] {
  if (script.length > MAX_TEXT_FORM_BYTES)
    throw new TooComplexError(
      `a shell script of ${script.length} characters, over the ${MAX_TEXT_FORM_BYTES}-character bound`,
    );
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
  // sudo(8): options with a value, the modes that run no command, and `VAR=value` words before
  // the command (they set its environment, as env's do).
  [
    'sudo',
    {
      withValue: ['-u', '--user', '-g', '--group', '-h', '--host', '-p', '--prompt', '-C', '--close-from'],
      notRunning: ['-l', '--list', '-v', '--validate', '-V', '--version', '-e', '--edit', '-K'],
      env: true,
    },
  ],
]);

/** The program a simple command runs, once its assignments and wrappers are looked through. */
export interface CommandProgram {
  /** Index in the command's words of the program's name. */
  index: number;
  /** `NAME=value` words that set its environment: the command's leading ones, then `env`'s and `sudo`'s. */
  assignments: ShellWord[];
  /** The wrappers gone through, by basename, with the options each was given. */
  wrappers: { name: string; options: string[] }[];
}

/**
 * What a simple command runs: after leading assignments and through the wrappers of WRAPPERS.
 * Undefined when it runs nothing (only assignments, `command -v`), or when the program or a
 * wrapper's argument it depends on is not known (`$RUNNER etcd`).
 */
export function commandProgram(script: string, words: readonly ShellWord[]): CommandProgram | undefined {
  let at = 0;
  const assignments: ShellWord[] = [];
  while (at < words.length && isAssignment(rawText(script, words[at] as ShellWord))) {
    assignments.push(words[at] as ShellWord);
    at++;
  }
  const wrappers: CommandProgram['wrappers'] = [];
  for (;;) {
    const program = words[at];
    if (!program) return undefined;
    const name = basename(program.value);
    // `$BIN_DIR/etcd`, `{{ bin_dir }}/docker`: an unknown directory, a known program.
    if (
      program.opaque &&
      (name.includes('$') || name.includes('`') || name.includes('{{') || name === program.value)
    )
      return undefined;
    const wrapper = WRAPPERS.get(name);
    if (!wrapper) return { index: at, assignments, wrappers };
    const next = skipWrapper(wrapper, words, at + 1);
    if (next === undefined) return undefined;
    const options: string[] = [];
    for (let i = at + 1; i < Math.min(next, words.length); i++) {
      const word = words[i] as ShellWord;
      if (wrapper.env && isAssignment(word.value)) assignments.push(word);
      else options.push(word.value);
    }
    wrappers.push({ name, options });
    at = next;
  }
}

function etcdInvocation(script: string, words: readonly ShellWord[]): EtcdInvocation | undefined {
  const found = commandProgram(script, words);
  const program = found && words[found.index];
  if (!found || !program || !isEtcdProgram(program.value)) return undefined;
  return isEtcdSubcommand(words[found.index + 1]?.value)
    ? undefined
    : { program, args: words.slice(found.index + 1) };
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

export function isAssignment(text: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*=/.test(text);
}

function rawText(script: string, word: ShellWord): string {
  return script.slice(word.start, word.end);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Turns tokens into simple commands, dropping reserved words and case patterns, keeping redirections. */
class Assembler {
  private readonly commands: ShellCommand[] = [];
  private words: ShellWord[] = [];
  private redirections: Redirection[] = [];
  /** `for x in a b` and `select` heads, `case WORD in`, and case patterns up to `)` are no commands. */
  private mode: 'command' | 'skipToSeparator' | 'caseHeader' | 'casePattern' = 'command';
  /** A redirection operator waiting for its target word. */
  private pending: { op: string; fd?: number } | undefined;
  private skipWords = 0;
  private afterTime = false;
  /** Open compound commands, innermost last, each with the word or operator that closes it. */
  private readonly stack: { scope: Scope; closer: string }[] = [];
  /** The next compound command is a function's body (`name()` or `function name` was read). */
  private functionBody = false;
  /** The `)` of `name()` is still to come. */
  private functionParens = false;
  /** The last control operator, for the next command's `before`. */
  private lastOp: string | undefined;

  op(op: string, start: number): void {
    if (REDIRECTIONS.has(op)) {
      // An IO number is digits written against the operator (`2>&1`); `2 >x` passes 2 as an argument.
      const last = this.words[this.words.length - 1];
      let fd: number | undefined;
      if (
        last &&
        last.end === start &&
        last.end - last.start === last.value.length &&
        /^\d+$/.test(last.value)
      ) {
        fd = Number(last.value);
        this.words.pop();
      }
      this.pending = fd === undefined ? { op } : { op, fd };
      return;
    }
    this.pending = undefined;
    if (this.mode === 'casePattern' && (op === '|' || op === '(' || op === '\n')) return;
    if (this.mode === 'caseHeader' && op === '\n') return;
    if (this.mode === 'casePattern' && op === ')') {
      this.flush(op);
      this.mode = 'command';
      return;
    }
    if (op === '(') {
      // `name() { ...; }` defines a function: its name is not run here. `( ... )` is a subshell.
      if (this.words.length > 0 || this.functionBody) {
        this.words = [];
        this.redirections = [];
        this.functionBody = true;
        this.functionParens = true;
        return;
      }
      this.flush(op);
      this.open('subshell', ')', start);
      return;
    }
    if (op === ')') {
      this.flush(op);
      if (this.functionParens) this.functionParens = false;
      else this.close(')');
      return;
    }
    this.flush(op);
    this.mode = CASE_ARM_ENDS.has(op) ? 'casePattern' : 'command';
  }

  word(token: WordToken): void {
    if (this.pending) {
      this.redirections.push({
        ...this.pending,
        target: token.word,
        ...(token.heredoc ? { heredoc: token.heredoc } : {}),
      });
      this.pending = undefined;
    } else if (this.mode !== 'command') {
      const v = token.literal ? token.word.value : '';
      if (this.mode === 'caseHeader' && v === 'in') this.mode = 'casePattern';
      else if (this.mode === 'casePattern' && v === 'esac') {
        this.mode = 'command';
        this.close('esac');
      }
    } else if (this.skipWords > 0) {
      this.skipWords--;
    } else if (this.words.length > 0 || !this.reservedAtStart(token)) {
      this.words.push(token.word);
    }
  }

  finish(): ShellCommand[] {
    this.flush(undefined);
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
    else if (v === 'function') {
      this.skipWords = 1;
      this.functionBody = true;
    } else if (v === 'time') this.afterTime = true;
    const opener = OPENERS[v];
    if (opener) this.open(opener.kind, opener.closer, token.word.start);
    else if (v === 'fi' || v === 'done' || v === 'esac' || v === '}') this.close(v);
    return true;
  }

  private open(kind: Scope['kind'], closer: string, start: number): void {
    const afterAndOr = this.lastOp === '&&' || this.lastOp === '||';
    const parent = this.stack[this.stack.length - 1]?.scope;
    const own = this.functionBody ? 'function' : kind;
    const scope: Scope = {
      kind: own,
      start,
      conditional: (own !== 'brace' && own !== 'subshell') || afterAndOr || parent?.conditional === true,
      inFunction: own === 'function' || parent?.inFunction === true,
    };
    const outer = parent?.subshell;
    if (own === 'subshell') {
      scope.subshell = scope;
      if (outer) scope.outerSubshell = outer;
    } else if (outer) scope.subshell = outer;
    this.functionBody = false;
    this.stack.push({ scope, closer });
  }

  /**
   * Closes the innermost compound command the word closes. A stray closer is ignored; the search
   * looks a few levels down only, so a long run of stray closers stays linear.
   */
  private close(closer: string): void {
    for (let i = this.stack.length - 1; i >= Math.max(0, this.stack.length - 8); i--) {
      if (this.stack[i]?.closer !== closer) continue;
      this.stack.length = i;
      return;
    }
  }

  private flush(op: string | undefined): void {
    if (this.words.length > 0) {
      const command: ShellCommand = { words: this.words, redirections: this.redirections };
      const scope = this.stack[this.stack.length - 1]?.scope;
      if (scope) command.scope = scope;
      if (this.lastOp !== undefined) command.before = this.lastOp;
      if (op !== undefined) command.after = op;
      this.commands.push(command);
    }
    this.words = [];
    this.redirections = [];
    this.skipWords = 0;
    this.afterTime = false;
    if (op !== undefined) this.lastOp = op;
  }
}
