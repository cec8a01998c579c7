// etcd environment files: `KEY=value` lines that set `ETCD_*` variables (`/etc/etcd/etcd.env`, the RPM
// `/etc/etcd/etcd.conf`, Debian's `/etc/default/etcd`). They are read the way systemd's
// `EnvironmentFile=` reads them (systemd src/basic/env-file.c, parse_env_file_internal), which is
// how etcd's packaged units consume them, keeping the offset of every assignment.

import { flagOfEnv } from '../etcd/settings.js';
import type { TextFile } from '../load/load.js';
import type { EnvSource, EtcdConfig, Setting } from '../model.js';
import { readableText, type TextExtractor, templatedAt, textSpan } from './extractor.js';
import { envVariable } from './setting.js';

/** One `KEY=value` assignment of an environment file. */
export interface EnvAssignment {
  /** The variable name as written (after `export `, surrounding blanks removed). */
  key: string;
  /** The value the process receives: quotes removed, escapes resolved, outer blanks dropped. */
  value: string;
  /** Offset of the key's first character. */
  start: number;
  /** Offset where the assignment ends (the end of its first line for a multi-line value, blanks included). */
  end: number;
  /** Written `export KEY=value`: a shell that sources the file exports it; systemd ignores the line. */
  exported: boolean;
}

type State =
  | 'preKey'
  | 'key'
  | 'preValue'
  | 'value'
  | 'valueEscape'
  | 'single'
  | 'double'
  | 'doubleEscape'
  | 'comment'
  | 'commentEscape';

const WHITESPACE = ' \t\n\r';
const NEWLINE = '\n\r';
/** Characters a backslash escapes inside double quotes (systemd's SHELL_NEED_ESCAPE, as in sh). */
const DOUBLE_QUOTE_ESCAPES = '"\\`$';

/**
 * Reads every assignment of an environment file as systemd does: blank lines, lines without `=` and
 * lines starting with `#` or `;` are skipped; an unquoted value loses its outer blanks and keeps
 * inner ones and any quote after its first character; `'...'` and `"..."` values lose their quotes
 * and may span lines; a backslash escapes the next character (a backslash-newline joins lines).
 * There is no inline comment: `X=true # on` gives `true # on`. `export KEY=value` is recognised
 * and marked, since systemd drops it (the name `export KEY` is invalid) while a shell honours it.
 */
export function readEnvAssignments(text: string): EnvAssignment[] {
  const out: EnvAssignment[] = [];
  let state: State = 'preKey';
  let key = '';
  let keyStart = 0;
  let keyBlankAt = -1;
  let value = '';
  let valueBlankAt = -1;

  const push = (end: number) => {
    const trimmedKey = keyBlankAt >= 0 ? key.slice(0, keyBlankAt) : key;
    const exported = /^export[ \t]+\S/.exec(trimmedKey);
    const skip = exported ? (/^export[ \t]+/.exec(trimmedKey)?.[0].length ?? 0) : 0;
    out.push({
      key: trimmedKey.slice(skip),
      value,
      start: keyStart + skip,
      end,
      exported: exported !== null,
    });
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    switch (state) {
      case 'preKey':
        if (c === '#' || c === ';') state = 'comment';
        else if (!WHITESPACE.includes(c)) {
          state = 'key';
          key = c;
          keyStart = i;
          keyBlankAt = -1;
        }
        break;
      case 'key':
        if (NEWLINE.includes(c)) state = 'preKey';
        else if (c === '=') {
          state = 'preValue';
          value = '';
          valueBlankAt = -1;
        } else {
          if (!WHITESPACE.includes(c)) keyBlankAt = -1;
          else if (keyBlankAt < 0) keyBlankAt = key.length;
          key += c;
        }
        break;
      case 'preValue':
        if (NEWLINE.includes(c)) {
          push(i);
          state = 'preKey';
        } else if (c === "'") state = 'single';
        else if (c === '"') state = 'double';
        else if (c === '\\') state = 'valueEscape';
        else if (!WHITESPACE.includes(c)) {
          state = 'value';
          value += c;
        }
        break;
      case 'value':
        if (NEWLINE.includes(c)) {
          if (valueBlankAt >= 0) value = value.slice(0, valueBlankAt);
          push(i);
          state = 'preKey';
        } else if (c === '\\') {
          state = 'valueEscape';
          valueBlankAt = -1;
        } else {
          if (!WHITESPACE.includes(c)) valueBlankAt = -1;
          else if (valueBlankAt < 0) valueBlankAt = value.length;
          value += c;
        }
        break;
      case 'valueEscape':
        state = 'value';
        if (!NEWLINE.includes(c)) value += c;
        break;
      case 'single':
        if (c === "'") state = 'preValue';
        else value += c;
        break;
      case 'double':
        if (c === '"') state = 'preValue';
        else if (c === '\\') state = 'doubleEscape';
        else value += c;
        break;
      case 'doubleEscape':
        state = 'double';
        if (DOUBLE_QUOTE_ESCAPES.includes(c)) value += c;
        else if (c !== '\n') value += `\\${c}`;
        break;
      case 'comment':
        if (c === '\\') state = 'commentEscape';
        else if (NEWLINE.includes(c)) state = 'preKey';
        break;
      case 'commentEscape':
        // Since systemd 254 a comment ending in a backslash does not continue onto the next line.
        state = NEWLINE.includes(c) ? 'preKey' : 'comment';
        break;
    }
  }
  if (state === 'value' && valueBlankAt >= 0) value = value.slice(0, valueBlankAt);
  if (['preValue', 'value', 'valueEscape', 'single', 'double', 'doubleEscape'].includes(state)) {
    push(text.length);
  }
  return out;
}

const ASSIGNMENTS = new WeakMap<
  TextFile,
  { all: readonly EnvAssignment[]; etcd: readonly EnvAssignment[] }
>();

/**
 * The assignments of a scanned env file (`all`), and those of `ETCD_*` variables (`etcd`), read once
 * however many units name the file: a thousand units sharing one file of 100,000 variables read it
 * a thousand times (minutes, and memory for a copy of its variables per unit).
 */
export function envAssignmentsOf(file: TextFile): {
  all: readonly EnvAssignment[];
  etcd: readonly EnvAssignment[];
} {
  let assignments = ASSIGNMENTS.get(file);
  if (assignments === undefined) {
    const all = readEnvAssignments(readableText(file));
    assignments = { all, etcd: all.filter((assignment) => flagOfEnv(assignment.key) !== undefined) };
    ASSIGNMENTS.set(file, assignments);
  }
  return assignments;
}

/** Who reads the file: systemd's `EnvironmentFile=` only, or also a shell that sources it. */
export type EnvFileReader = 'systemd' | 'systemd-or-shell';

/**
 * The `ETCD_*` assignments of an environment file as etcd settings, in file order (a later one
 * replaces an earlier one). Names must be upper-case (`etcd_auto_tls` is not read by etcd).
 * `export` lines are skipped when only systemd reads the file, and carry a caveat otherwise.
 */
export function parseEnvAssignments(
  file: TextFile,
  from: EnvSource,
  reader: EnvFileReader = 'systemd-or-shell',
): Setting[] {
  const settings: Setting[] = [];
  for (const assignment of envAssignmentsOf(file).etcd) {
    if (assignment.exported && reader === 'systemd') continue;
    const span = textSpan(file, assignment.start, Math.max(assignment.end, assignment.start + 1));
    const setting = envVariable(assignment.key, assignment.value, span, from);
    if (!setting) continue;
    // In a template (`ETCD_AUTO_TLS={{ etcd_auto_tls }}`) a value holding an action is not known.
    if (templatedAt(file, assignment.start, assignment.end)) setting.valueUnknown = true;
    // A shell that sources the file expands `$VAR` (systemd does not): the value is then not known.
    if (reader === 'systemd-or-shell' && assignment.value.includes('$')) setting.valueUnknown = true;
    if (assignment.exported) {
      setting.caveat =
        'the line starts with `export`, which a shell that sources the file honours but systemd `EnvironmentFile=` ignores';
    }
    settings.push(setting);
  }
  return settings;
}

/** Names an etcd environment file goes by; units and their drop-ins are the systemd extractor's. */
export function isEnvFileName(relPath: string): boolean {
  if (/\.service\.d\//.test(relPath) || relPath.endsWith('.service')) return false;
  const base = relPath.slice(relPath.lastIndexOf('/') + 1);
  return (
    base.endsWith('.env') ||
    base === 'etcd.conf' ||
    relPath === 'default/etcd' ||
    relPath.endsWith('/default/etcd')
  );
}

/**
 * A file of `KEY=value` lines that sets at least one `ETCD_*` variable, on its own: a fragment of a
 * process whose command line is out of sight (the unit that reads it may be outside the scan).
 * When a scanned unit reads it through `EnvironmentFile=`, the unit reports its settings and this
 * fragment is dropped (see extract/index.ts).
 */
export const envFileExtractor: TextExtractor = {
  id: 'env-file',
  extract(file) {
    return isEnvFileName(file.formPath) ? envFileFragment(file) : [];
  },
};

/** An env file's `ETCD_*` variables as a fragment, whatever its name (a script's here-document). */
export function envFileFragment(file: TextFile): EtcdConfig[] {
  const env = parseEnvAssignments(file, { kind: 'env-file' });
  const first = env[0];
  if (!first) return [];
  return [
    {
      file: file.file,
      launcher: { kind: 'env-file', path: file.file.relPath },
      span: first.span,
      kind: 'fragment',
      completeness: { complete: false, reasons: ["etcd's command line is not in the file"] },
      flags: [],
      env,
      implied: [],
      startupProblems: [],
    },
  ];
}
