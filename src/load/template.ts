import { findErbActions } from './erb.js';
import { type TemplateSyntax, templateSyntaxOf } from './file-kinds.js';

/**
 * Templated files (Helm and other Go templates, Jinja, ERB): what can be read of them without
 * rendering.
 *
 * Every action is blanked in place, so the YAML parser sees the literal text at its own offsets and
 * every span still points at the template. Actions that open blocks (`if`, `with`, `range`,
 * `define`, `block`; Jinja `if`, `for`, `macro`...) make the lines up to their `end` conditional:
 * they may be emitted once, many times or never, so a setting there is not a finding.
 */
export interface TemplateInfo {
  /** The text to parse: template actions blanked, same length and same line breaks as the original. */
  parseText: string;
  /** Inclusive 1-based line ranges emitted only under a template condition or loop. */
  conditionalLines: [number, number][];
  /**
   * Every branch of every block (`if`, `else if`, `else`, `with`, `range`, `for`...), with its lines
   * and its condition as written; see branchesAt.
   */
  branches: TemplateBranch[];
  /** How many template actions the file has (for the "partly analysed" notice). */
  actions: number;
}

/**
 * One branch of a template block: the lines it spans (from its opening action to the action that
 * ends it, inclusive), the block's keyword, its own condition (none for `else`) and the conditions of
 * the branches before it in the same chain, which must all be false for it to render.
 */
export interface TemplateBranch {
  syntax: 'go' | 'jinja' | 'erb';
  /** The block's keyword: `if`, `with`, `range`, `define`, `block` (Go); `if`, `for`, `macro`... (Jinja). */
  keyword: string;
  /** `if` (the first branch), `else-if` (`else if`, `else with`, `elif`) or `else`. */
  kind: 'if' | 'else-if' | 'else';
  /** The pipeline or expression as written (`.Values.tls.enabled`, `tls.enabled | bool`); '' for `else`. */
  condition: string;
  /** Conditions of the earlier branches of the same chain. */
  previous: string[];
  startLine: number;
  endLine: number;
  /** Index of the innermost branch this one is written in. */
  parent?: number;
}

/** One template action: `[start, end)` offsets, and the block keyword it starts with, if any. */
export interface Action {
  start: number;
  end: number;
  block?: BlockEffect;
  /**
   * A statement or comment, which renders no text of its own (`{% if %}`, `{{ end }}`,
   * `{{ $x := 1 }}`, `{# #}`, `<% end %>`), as opposed to an expression whose value is output.
   */
  silent?: boolean;
}

export type BlockEffect = {
  kind: 'open' | 'continue' | 'close';
  syntax: 'go' | 'jinja' | 'erb';
  /** The keyword (`if`, `else`, `elif`, `end`...) and what follows it, trimmed. */
  keyword: string;
  rest: string;
};

export interface TemplateOptions {
  /** The language the file's suffix names: `erb` reads `<% %>` only, `jinja` adds `{# #}` comments. */
  syntax?: TemplateSyntax | undefined;
  /**
   * `text` for line-oriented forms (units, env files, scripts), where a line holding only
   * statements disappears when rendered (Ansible's Jinja `trim_blocks`, Go's `{{-`, ERB's `-%>`):
   * such a line inside a backslash continuation keeps the continuation going (see blank).
   */
  lines?: 'yaml' | 'text';
}

/** Go text/template actions that open a block closed by `{{ end }}`; `else` continues one. */
const GO_OPEN = new Set(['if', 'with', 'range', 'define', 'block']);
/** Jinja statements closed by `{% end<name> %}`. `set` opens one only without `=` (block assignment). */
const JINJA_OPEN = new Set(['if', 'for', 'macro', 'call', 'filter', 'block', 'with', 'autoescape', 'trans']);

/**
 * Helm values files (`values.yaml`, `values-prod.yaml`, `etcd-values.yaml`, `prod.values.yaml`)
 * outside a chart's `templates/` directory: Helm reads them as plain YAML and never renders them,
 * so `{{ ... }}` there is text (chart docs in comments, strings for `tpl`), not template actions.
 * Treating it as actions made a commented `{{- if ... }}` hide the settings below it.
 */
export function isHelmValuesFile(relPath: string): boolean {
  if (/(^|\/)templates\//.test(relPath)) return false;
  const name = relPath.slice(relPath.lastIndexOf('/') + 1).toLowerCase();
  const stem = name.endsWith('.yaml')
    ? name.slice(0, -5)
    : name.endsWith('.yml')
      ? name.slice(0, -4)
      : undefined;
  return stem?.split(/[-_.]/).includes('values') === true;
}

/**
 * A file rendered as a whole before anything reads it: named with a template suffix
 * (`kubeadm.yaml.j2`), or in a `templates/` directory (a Helm chart's, an Ansible role's). Elsewhere
 * `{{ }}` may be the text of a value that a tool renders later (Ansible tasks, Prometheus rules).
 */
export function isWholeFileTemplate(relPath: string): boolean {
  return templateSyntaxOf(relPath) !== undefined || /(^|\/)templates\//.test(relPath);
}

/**
 * Returns undefined when the text holds no template actions (no `{{ ... }}` and no Jinja
 * `{% ... %}`). Linear time; unbalanced or unterminated input never throws: an unclosed block runs
 * to the end of the file, a stray `end` is ignored, an unterminated `{{` is left as text.
 */
export function analyseTemplate(text: string, options: TemplateOptions = {}): TemplateInfo | undefined {
  const erb = options.syntax === 'erb';
  const jinja = options.syntax === 'jinja';
  const opens = erb
    ? text.includes('<%')
    : text.includes('{{') || text.includes('{%') || (jinja && text.includes('{#'));
  if (!opens) return undefined;
  const actions = erb ? findErbActions(text) : findActions(text, jinja);
  if (actions.length === 0) return undefined;
  const lines = new LineIndex(text);
  const branches = blockBranches(actions, lines);
  return {
    parseText: blank(text, actions, lines, options.lines === 'text'),
    conditionalLines: mergedRanges(branches),
    branches,
    actions: actions.length,
  };
}

/**
 * Finds every action in order, without overlaps. `{{` right after `$` is GitHub Actions'
 * expression syntax (`${{ matrix.os }}`), which no Go or Jinja template writes: it is text.
 */
function findActions(text: string, jinja: boolean): Action[] {
  const actions: Action[] = [];
  const lastGoClose = text.lastIndexOf('}}');
  let stringAware = true;
  let goDone = lastGoClose < 0;
  let nextJinjaClose = -1;
  let nextLineBreak = -1;
  let nextCommentClose = -1;
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0 || open + 1 >= text.length) break;
    const second = text[open + 1];
    if (second === '#' && jinja) {
      // A Jinja comment `{# ... #}` (it may span lines); `${#x}` is a shell length, not a comment.
      // The search is cached while the scan stays before its result: 400,000 unclosed `{#` took
      // six minutes when each searched the rest of the text.
      if (text[open - 1] !== '$' && nextCommentClose < open + 2) {
        const found = text.indexOf('#}', open + 2);
        nextCommentClose = found < 0 ? text.length : found;
      }
      const close = text[open - 1] === '$' || nextCommentClose === text.length ? -1 : nextCommentClose;
      if (close >= 0) {
        actions.push({ start: open, end: close + 2, silent: true });
        i = close + 2;
        continue;
      }
    }
    if (second === '{' && !goDone && text[open - 1] === '$') {
      i = open + 2;
      continue;
    }
    if (second === '{' && !goDone) {
      if (open + 2 > lastGoClose) {
        goDone = true;
        i = open + 1;
        continue;
      }
      let end = stringAware ? goActionEnd(text, open) : undefined;
      if (end === undefined) {
        // A runaway string or raw string: read the rest without string awareness (stays linear).
        stringAware = false;
        const close = text.indexOf('}}', open + 2);
        end = close < 0 ? undefined : close + 2;
      }
      if (end === undefined) {
        goDone = true;
        i = open + 1;
        continue;
      }
      const inner = text.slice(open + 2, end - 2);
      const block = goBlock(inner);
      actions.push({
        start: open,
        end,
        ...(block ? { block } : {}),
        silent: block !== undefined || goSilent(inner),
      });
      i = end;
      continue;
    }
    if (second === '%') {
      // Jinja statements are kept to one line: `{%` also occurs in scripts and printf formats. In a
      // file named for Jinja (`*.j2`) a statement may span lines (kubespray's kubeadm-config.j2).
      // Both searches are cached while the scan stays before their result (linear time).
      if (nextJinjaClose < open + 2) {
        const found = text.indexOf('%}', open + 2);
        nextJinjaClose = found < 0 ? text.length : found;
      }
      if (nextLineBreak < open) {
        const found = jinja ? -1 : text.indexOf('\n', open);
        nextLineBreak = found < 0 ? text.length : found;
      }
      const closed = nextJinjaClose < nextLineBreak || (jinja && nextJinjaClose < text.length);
      if (closed && /^[-+]?\s*[a-z]/.test(text.slice(open + 2, nextJinjaClose))) {
        const end = nextJinjaClose + 2;
        const block = jinjaBlock(text.slice(open + 2, nextJinjaClose));
        actions.push({ start: open, end, ...(block ? { block } : {}), silent: true });
        i = end;
        continue;
      }
    }
    i = open + 1;
  }
  return actions;
}

/**
 * The end offset (after `}}`) of the Go action opening at `open`, skipping quoted strings, raw
 * strings and `/* *\/` comments, which may hold `}}`; undefined when it runs off the end of the text.
 */
function goActionEnd(text: string, open: number): number | undefined {
  let j = open + 2;
  let k = j;
  if (text[k] === '-') k++;
  while (isBlank(text.charCodeAt(k))) k++;
  if (text.startsWith('/*', k)) {
    const close = text.indexOf('*/', k + 2);
    if (close < 0) return undefined;
    j = close + 2;
    // `*/` must be followed by the closing delimiter; if not, take the next `}}`.
    const after = text.indexOf('}}', j);
    return after < 0 ? undefined : after + 2;
  }
  while (j < text.length) {
    const c = text[j];
    if (c === '}' && text[j + 1] === '}') return j + 2;
    if (c === '"' || c === "'") {
      j = quotedEnd(text, j, c);
      continue;
    }
    if (c === '`') {
      const close = text.indexOf('`', j + 1);
      if (close < 0) return undefined;
      j = close + 1;
      continue;
    }
    j++;
  }
  return undefined;
}

/** After a `"..."` or `'...'` with backslash escapes; a line break ends it (Go rejects it there). */
function quotedEnd(text: string, start: number, quote: string): number {
  let j = start + 1;
  while (j < text.length) {
    const c = text[j];
    if (c === '\\') j += 2;
    else if (c === quote) return j + 1;
    else if (c === '\n') return j;
    else j++;
  }
  return j;
}

function goBlock(inner: string): BlockEffect | undefined {
  const match = /^-?\s*([a-z]+)\b/.exec(inner);
  const word = match?.[1];
  if (!word || !match) return undefined;
  const rest = trimMarkers(inner.slice(match[0].length));
  if (GO_OPEN.has(word)) return { kind: 'open', syntax: 'go', keyword: word, rest };
  if (word === 'else') return { kind: 'continue', syntax: 'go', keyword: word, rest };
  if (word === 'end') return { kind: 'close', syntax: 'go', keyword: word, rest };
  return undefined;
}

/** A Go action that outputs nothing: a comment, a variable declaration (`$x := 1`) or assignment. */
function goSilent(inner: string): boolean {
  let k = inner[0] === '-' ? 1 : 0;
  while (k < inner.length && isBlankOrBreak(inner.charCodeAt(k))) k++;
  if (inner.startsWith('/*', k)) return true;
  if (inner[k] !== '$') return false;
  k++;
  while (k < inner.length && isNameChar(inner.charCodeAt(k))) k++;
  while (k < inner.length && isBlank(inner.charCodeAt(k))) k++;
  return inner.startsWith(':=', k) || (inner[k] === '=' && inner[k + 1] !== '=');
}

function jinjaBlock(inner: string): BlockEffect | undefined {
  const match = /^[-+]?\s*([a-z]+)\b/.exec(inner);
  const word = match?.[1];
  if (!word || !match) return undefined;
  const rest = trimMarkers(inner.slice(match[0].length));
  if (JINJA_OPEN.has(word) || (word === 'set' && !inner.includes('=')))
    return { kind: 'open', syntax: 'jinja', keyword: word, rest };
  if (word === 'elif' || word === 'else') return { kind: 'continue', syntax: 'jinja', keyword: word, rest };
  // `{% raw %}` opens nothing conditional, so its `endraw` closes nothing either.
  if (word.startsWith('end') && word !== 'endraw')
    return { kind: 'close', syntax: 'jinja', keyword: word, rest };
  return undefined;
}

/** Text after a block keyword without the whitespace-control marker of the closing delimiter. */
function trimMarkers(rest: string): string {
  let out = rest.trim();
  if (out.endsWith('-') || out.endsWith('+')) out = out.slice(0, -1).trimEnd();
  return out;
}

/** 1-based line numbers of offsets, by binary search over line starts. */
class LineIndex {
  private readonly starts: number[] = [0];
  private readonly textLength: number;

  constructor(text: string) {
    this.textLength = text.length;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get count(): number {
    return this.starts.length;
  }

  /** The offset of a 1-based line's first character. */
  startOf(line: number): number {
    return this.starts[line - 1] ?? this.textLength;
  }

  /** The offset of the line break ending a 1-based line (the text's length for the last line). */
  endOf(line: number): number {
    const next = this.starts[line];
    return next === undefined ? this.textLength : next - 1;
  }

  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/** Helm functions that emit a block (`nindent` starts it on the next line, `toYaml` is multi-line). */
const BLOCK_OUTPUT = /\b(nindent|toYaml)\b/;

/**
 * Blanks every action. An action alone on its line(s) becomes spaces; so does a block-emitting
 * action that ends the line after a `key:` (Helm's `labels: {{- include ... | nindent 4 }}`, whose
 * output lines may be followed by literal ones at the same indentation). Any other action becomes
 * `$xxx...` on its first line (a plain string scalar: no boolean, no null, and an unknown variable to
 * a shell script) and spaces on the lines after.
 *
 * In line-oriented text (`textLines`), an expression alone on its line is output and stays a
 * `$xxx` placeholder; a line of statements only disappears when rendered, so when it sits inside a
 * backslash continuation its last blank becomes a backslash that carries the continuation on, as
 * the rendered file does (the storageos etcd3.service.j2 puts `{% if tls.enabled %}` in the middle
 * of a continued ExecStart=).
 */
function blank(text: string, actions: readonly Action[], lines: LineIndex, textLines: boolean): string {
  const lastContent = lastContentByLine(text, actions, lines);
  const out: string[] = [];
  const removedLines: number[] = [];
  const outputLines = new Set<number>();
  let from = 0;
  for (const action of actions) {
    out.push(text.slice(from, action.start));
    const startLine = lines.lineOf(action.start);
    const endLine = lines.lineOf(action.end - 1);
    const last = lastContent[startLine] as number;
    const standalone = last < 0 && (lastContent[endLine] as number) < 0;
    // A block after `key:` or after a sequence item's `- ` (`- {{ toYaml $c | nindent 8 }}`, whose
    // output map the next literal lines continue).
    const indicator =
      text[last] === ':' || (text[last] === '-' && (last === 0 || isBlankOrBreak(text.charCodeAt(last - 1))));
    const blockValue =
      last >= 0 &&
      last < action.start &&
      indicator &&
      endLine === startLine &&
      BLOCK_OUTPUT.test(text.slice(action.start, action.end));
    const spaces = textLines ? standalone && action.silent === true : standalone || blockValue;
    if (textLines && spaces) removedLines.push(startLine, endLine);
    else if (textLines) outputLines.add(startLine);
    out.push(replacement(text, action, spaces));
    from = action.end;
  }
  out.push(text.slice(from));
  const blanked = out.join('');
  if (!textLines) return blanked;
  const removed = removedLines.filter((line) => !outputLines.has(line));
  return continueAcrossRemovedLines(blanked, lines, removed);
}

/**
 * Per line, the offset of its last character that is neither blank nor inside an action (-1 when
 * there is none). Read backwards from each line's end, jumping over actions: a line costs its
 * trailing blanks and actions, not every character (a search index of 69 MB on a few lines took
 * 0.4 s a character at a time). Lines and actions are both taken last to first, so one pass.
 */
function lastContentByLine(text: string, actions: readonly Action[], lines: LineIndex): Int32Array {
  const last = new Int32Array(lines.count + 1).fill(-1);
  let a = actions.length - 1;
  for (let line = lines.count; line >= 1; line--) {
    const start = lines.startOf(line);
    let p = lines.endOf(line) - 1;
    while (p >= start) {
      while (a >= 0 && (actions[a] as Action).start > p) a--;
      const action = actions[a];
      if (action && p < action.end) {
        p = action.start - 1;
        continue;
      }
      const c = text.charCodeAt(p);
      if (!isBlank(c) && c !== 13) {
        last[line] = p;
        break;
      }
      p--;
    }
  }
  return last;
}

/**
 * Lines of statements only, inside a backslash continuation: each ends with a backslash instead of
 * its last blank, so the continuation runs on to the next literal line. Lines are handled in order,
 * so several such lines in a row all continue.
 */
function continueAcrossRemovedLines(text: string, lines: LineIndex, removed: readonly number[]): string {
  if (removed.length === 0) return text;
  const chars = text.split('');
  const done = new Set<number>();
  for (const line of removed) {
    if (done.has(line) || line < 2) continue;
    done.add(line);
    const previousEnd = lineContentEnd(chars, lines.startOf(line) - 1);
    if (previousEnd <= 0 || chars[previousEnd - 1] !== '\\') continue;
    const end = lineContentEnd(chars, lines.endOf(line));
    if (end > lines.startOf(line)) chars[end - 1] = '\\';
  }
  return chars.join('');
}

/** The offset after a line's last character that is not `\r`, given the offset of its `\n` (or end). */
function lineContentEnd(chars: readonly string[], lineBreak: number): number {
  return lineBreak > 0 && chars[lineBreak - 1] === '\r' ? lineBreak - 1 : lineBreak;
}

function replacement(text: string, action: Action, spaces: boolean): string {
  let out = '';
  let firstLine = true;
  for (let i = action.start; i < action.end; i++) {
    const c = text[i] as string;
    if (c === '\n') firstLine = false;
    if (c === '\n' || c === '\r') out += c;
    else if (spaces || !firstLine) out += ' ';
    else out += i === action.start ? '$' : 'x';
  }
  return out;
}

/**
 * The branches of every block, in order of their opening actions. A block left open runs to the
 * last line; an `end` or `else` without a block (or of the other syntax) is ignored.
 */
function blockBranches(actions: readonly Action[], lines: LineIndex): TemplateBranch[] {
  const branches: TemplateBranch[] = [];
  /** Open blocks: their syntax, keyword and the index of their current branch. */
  const stack: { syntax: BlockEffect['syntax']; keyword: string; current: number; conditions: string[] }[] =
    [];
  const closeCurrent = (line: number) => {
    const top = stack[stack.length - 1];
    if (top) (branches[top.current] as TemplateBranch).endLine = line;
  };
  for (const action of actions) {
    const block = action.block;
    if (!block) continue;
    const top = stack[stack.length - 1];
    if (block.kind === 'open') {
      const parent = top?.current;
      branches.push({
        syntax: block.syntax,
        keyword: block.keyword,
        kind: 'if',
        condition: block.rest,
        previous: [],
        startLine: lines.lineOf(action.end - 1),
        endLine: lines.count,
        ...(parent === undefined ? {} : { parent }),
      });
      stack.push({
        syntax: block.syntax,
        keyword: block.keyword,
        current: branches.length - 1,
        conditions: [block.rest],
      });
      continue;
    }
    if (!top || top.syntax !== block.syntax) continue;
    closeCurrent(lines.lineOf(action.start));
    if (block.kind === 'close') {
      stack.pop();
      continue;
    }
    // `else`, `else if X`, `else with X` (Go), `elif X`, `else` (Jinja).
    const chained = block.syntax === 'go' ? chainedKeyword(block.rest) : undefined;
    const condition =
      block.keyword === 'elif' ? block.rest : chained ? block.rest.slice(chained.length).trim() : '';
    const parentIndex = (branches[top.current] as TemplateBranch).parent;
    branches.push({
      syntax: block.syntax,
      keyword: chained ?? top.keyword,
      kind: condition === '' ? 'else' : 'else-if',
      condition,
      previous: [...top.conditions],
      startLine: lines.lineOf(action.end - 1),
      endLine: lines.count,
      ...(parentIndex === undefined ? {} : { parent: parentIndex }),
    });
    top.current = branches.length - 1;
    if (condition !== '') top.conditions.push(condition);
  }
  return branches;
}

/** `if` or `with` at the start of an `else` action's rest (`else if X`, `else with X`). */
function chainedKeyword(rest: string): string | undefined {
  for (const word of ['if', 'with']) {
    const next = rest[word.length];
    if (
      rest.startsWith(word) &&
      (next === undefined || next === ' ' || next === '\t' || next === '(' || next === '.')
    )
      return word;
  }
  return undefined;
}

/** The branches' lines merged into sorted, disjoint ranges. */
function mergedRanges(branches: readonly TemplateBranch[]): [number, number][] {
  const ranges = branches.map((branch): [number, number] => [branch.startLine, branch.endLine]);
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const previous = merged[merged.length - 1];
    if (previous && range[0] <= previous[1] + 1) previous[1] = Math.max(previous[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * The branches a line is written in, outermost first: every one must render for the line to. The
 * innermost branch is the one with the latest start that contains the line.
 */
export function branchesAt(info: TemplateInfo, line: number): TemplateBranch[] {
  // The innermost branch holding the line encloses the last branch that starts before it (blocks
  // nest), so it is found among that branch's ancestors: O(log n + depth), not O(n) per setting.
  let lo = 0;
  let hi = info.branches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((info.branches[mid] as TemplateBranch).startLine <= line) lo = mid + 1;
    else hi = mid;
  }
  let innermost: number | undefined;
  for (let i: number | undefined = lo - 1; i !== undefined && i >= 0; i = info.branches[i]?.parent) {
    if ((info.branches[i] as TemplateBranch).endLine >= line) {
      innermost = i;
      break;
    }
  }
  const out: TemplateBranch[] = [];
  for (let i = innermost; i !== undefined; i = info.branches[i]?.parent)
    out.push(info.branches[i] as TemplateBranch);
  return out.reverse();
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

function isBlankOrBreak(c: number): boolean {
  return isBlank(c) || c === 10 || c === 13;
}

function isNameChar(c: number): boolean {
  return c === 95 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
