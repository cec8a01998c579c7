// ERB templates (Ruby's erb library, as Chef and Puppet use it for `*.erb` files): where the tags
// are, which of them output text, and which open, continue or close a Ruby block. Ruby code is not
// parsed; the first and last words of a tag decide, which covers the forms templates use
// (`<% if x %>`, `<% @list.each do |item| %>`, `<% else %>`, `<% end %>`).

import type { Action, BlockEffect } from './template.js';

/** Ruby keywords that open a block closed by `end` when they start a tag. */
const OPENERS = new Set(['if', 'unless', 'case', 'while', 'until', 'for', 'begin']);
/** Keywords that continue an open block. */
const CONTINUERS = new Set(['else', 'elsif', 'when', 'in', 'rescue', 'ensure']);

/**
 * Every tag of an ERB text in order: `<% code %>`, `<%= expression %>` (output), `<%# comment %>`,
 * with the trim markers `<%-` and `-%>`. `<%%` is a literal `<%`, not a tag. A tag without its
 * `%>` ends the search (it is text). Linear: each search starts after the previous tag.
 */
export function findErbActions(text: string): Action[] {
  const actions: Action[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('<%', i);
    if (open < 0) break;
    if (text[open + 2] === '%') {
      i = open + 3;
      continue;
    }
    const close = text.indexOf('%>', open + 2);
    if (close < 0) break;
    const end = close + 2;
    const marker = text[open + 2];
    const output = marker === '=';
    const comment = marker === '#';
    const code = text.slice(open + (marker === '-' || output || comment ? 3 : 2), close);
    const block = comment || output ? undefined : rubyBlock(code);
    actions.push({ start: open, end, ...(block ? { block } : {}), silent: !output });
    i = end;
  }
  return actions;
}

function rubyBlock(code: string): BlockEffect | undefined {
  const trimmed = code.endsWith('-') ? code.slice(0, -1).trim() : code.trim();
  const first = firstWord(trimmed);
  const rest = trimmed.slice(first.length).trim();
  if (first === 'end' || trimmed === '}') return { kind: 'close', syntax: 'erb', keyword: 'end', rest: '' };
  // `elsif X` continues with a condition of its own; `else`, `when`, `rescue` are not decided.
  if (CONTINUERS.has(first))
    return { kind: 'continue', syntax: 'erb', keyword: first === 'elsif' ? 'elif' : 'else', rest };
  if (OPENERS.has(first)) return { kind: 'open', syntax: 'erb', keyword: first, rest };
  if (opensDoBlock(trimmed)) return { kind: 'open', syntax: 'erb', keyword: 'do', rest: trimmed };
  return undefined;
}

function firstWord(code: string): string {
  let k = 0;
  while (k < code.length && isWordChar(code.charCodeAt(k))) k++;
  return code.slice(0, k);
}

/** `... do`, `... do |x|`, `... {`, `... { |x|`: an iterator's block, closed by `end` or `}`. */
function opensDoBlock(code: string): boolean {
  let end = code.length;
  if (code[end - 1] === '|') {
    const bar = code.lastIndexOf('|', end - 2);
    if (bar < 0) return false;
    end = bar;
    while (end > 0 && (code[end - 1] === ' ' || code[end - 1] === '\t')) end--;
  }
  const head = code.slice(0, end);
  if (head.endsWith('{')) return true;
  return head.endsWith(' do') || head === 'do' || head.endsWith('\tdo') || head.endsWith(')do');
}

function isWordChar(c: number): boolean {
  return c === 95 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
