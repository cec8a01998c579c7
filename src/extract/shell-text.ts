// Texts inside a shell script, with the offset of each of their characters in the file: the script
// a word hands to `sh -c` or `ssh`, and what a here-document writes (bash manual, "Here
// Documents"). Each is a TextFile whose `embedded.at` maps into the scanned file, so any extractor
// that reads it (a unit, an env file, a YAML document, a script again) reports exact positions.

import type { TextFile } from '../load/load.js';
import { lineCounterOf } from '../load/load.js';
import { expansionEnd, type HereDocument, type ShellWord } from './shell-lexer.js';

/** Appends items one by one: `push(...items)` overflows the call stack for very long lists. */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The scanned file a text belongs to, and the offset there of a character of the text. */
export function realFileOf(view: TextFile): TextFile {
  return view.embedded?.outer ?? view;
}

function realOffset(view: TextFile, i: number): number {
  const at = view.embedded?.at;
  if (!at) return i;
  return at[Math.min(Math.max(i, 0), at.length - 1)] ?? -1;
}

/**
 * A text made of characters of `view` (local offsets in `local`, -1 for none), as a TextFile of
 * the scanned file. `formPath` decides which extractor reads it; `where` names it in messages.
 */
export function subText(
  view: TextFile,
  text: string,
  local: ArrayLike<number>,
  formPath: string,
  where: string,
): TextFile {
  const at = new Int32Array(text.length + 1);
  let lastKnown = local.length > 0 ? realOffset(view, Math.max(0, local[0] ?? 0)) : 0;
  for (let i = 0; i < text.length; i++) {
    const offset = local[i] ?? -1;
    const real = offset < 0 ? -1 : realOffset(view, offset);
    // Every character maps somewhere (the last mapped one before it), so spans never fail.
    if (real >= 0) lastKnown = real;
    at[i] = real >= 0 ? real : lastKnown;
  }
  at[text.length] = lastKnown;
  const outer = realFileOf(view);
  return {
    kind: 'text',
    file: outer.file,
    text,
    lineCounter: lineCounterOf(text),
    formPath,
    // No `template`: the text is already what the outer file's template analysis left of it.
    embedded: { outer, at, where },
  };
}

/**
 * Where each character of a word's value is in the text (quotes, backslashes and line
 * continuations removed): found by walking the raw word, each character matched to the next equal
 * one. Exact for words without C escapes (`$'\n'`), whose decoded characters map to the last match.
 */
export function wordOffsets(text: string, word: ShellWord): Int32Array {
  const map = new Int32Array(word.value.length).fill(-1);
  let j = word.start;
  for (let i = 0; i < word.value.length; i++) {
    const want = word.value.charCodeAt(i);
    let k = j;
    while (k < word.end && text.charCodeAt(k) !== want) k++;
    if (k < word.end) {
      map[i] = k;
      j = k + 1;
    } else {
      map[i] = Math.max(word.start, j - 1);
    }
  }
  return map;
}

/** The body a here-document feeds, as the shell writes it, and what in it is not known. */
export interface HereDocumentText {
  text: string;
  /** Offset in the script text of each character of `text`. */
  at: Int32Array;
  /** Expansions whose value is not known here (`${ETCD_NAME}`, `$(hostname)`), as written. */
  unknown: string[];
}

/**
 * The text a here-document gives its command. A quoted delimiter (`<<'EOF'`, `<<"EOF"`, `<<\EOF`)
 * keeps the body literal. Otherwise backslash-newline pairs are removed, `\$`, `` \` `` and `\\`
 * lose their backslash, and each expansion is replaced: by the value of a variable the script set
 * (`lookup`), else by a same-length placeholder `$xxx...` (a plain string to YAML, an unknown
 * variable to a unit), never by a guess. `<<-` strips the leading tabs of every line first.
 */
export function hereDocumentText(
  script: string,
  doc: HereDocument,
  lookup: (name: string) => string | undefined,
): HereDocumentText {
  const chars: string[] = [];
  const at: number[] = [];
  const unknown: string[] = [];
  const emit = (char: string, offset: number) => {
    chars.push(char);
    at.push(offset);
  };
  let i = doc.bodyStart;
  let lineStart = true;
  while (i < doc.bodyEnd) {
    if (lineStart && doc.stripTabs) {
      while (i < doc.bodyEnd && script[i] === '\t') i++;
      lineStart = false;
      continue;
    }
    const c = script[i] as string;
    lineStart = c === '\n';
    if (doc.quoted) {
      emit(c, i);
      i++;
      continue;
    }
    if (c === '\\') {
      const next = script[i + 1];
      if (next === '\n') {
        i += 2;
        lineStart = true;
        continue;
      }
      if (next === '$' || next === '`' || next === '\\') {
        emit(next, i + 1);
        i += 2;
        continue;
      }
      emit(c, i);
      i++;
      continue;
    }
    if (c === '$' || c === '`') {
      const end = Math.min(expansionEnd(script, i, doc.bodyEnd), doc.bodyEnd);
      if (end > i + 1) {
        const raw = script.slice(i, end);
        const value = variableValue(raw, lookup);
        if (value !== undefined) {
          for (let k = 0; k < value.length; k++) {
            chars.push(value[k] as string);
            at.push(k === value.length - 1 ? end - 1 : i);
          }
        } else {
          unknown.push(raw);
          for (let k = i; k < end; k++) {
            chars.push(k === i ? '$' : script[k] === '\n' ? '\n' : 'x');
            at.push(k);
          }
        }
        i = end;
        continue;
      }
    }
    emit(c, i);
    i++;
  }
  return { text: chars.join(''), at: Int32Array.from(at), unknown };
}

/** The value of `$NAME` or `${NAME}` when the script set NAME; undefined for anything else. */
function variableValue(raw: string, lookup: (name: string) => string | undefined): string | undefined {
  const name = raw.startsWith('${') && raw.endsWith('}') ? raw.slice(2, -1) : raw.slice(1);
  if (!isName(name)) return undefined;
  return lookup(name);
}

export function isName(text: string): boolean {
  if (text.length === 0) return false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const letter = c === 95 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!letter && !(k > 0 && c >= 48 && c <= 57)) return false;
  }
  return true;
}
