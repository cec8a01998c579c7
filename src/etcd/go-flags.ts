import type { GoBool, Setting, SettingOrigin, Span, StartupProblem } from '../model.js';
import { isBooleanFlag, settingSpec } from './settings.js';

/** One element of etcd's argv with where it is written. */
export interface ArgWord {
  value: string;
  span: Span;
  /** The value holds an unexpanded variable or template placeholder. */
  opaque: boolean;
  /** Where characters [from, to) of `value` are written, when the extractor can place them. */
  locate?: (from: number, to: number) => Span | undefined;
}

export interface ParsedArgv {
  flags: Setting[];
  startupProblems: StartupProblem[];
}

/** Go's strconv.ParseBool: exactly these spellings, nothing else (no `yes`, no quotes, no spaces). */
export function parseGoBool(raw: string): GoBool {
  switch (raw) {
    case '1':
    case 't':
    case 'T':
    case 'TRUE':
    case 'true':
    case 'True':
      return { kind: 'true' };
    case '0':
    case 'f':
    case 'F':
    case 'FALSE':
    case 'false':
    case 'False':
      return { kind: 'false' };
    default:
      return { kind: 'invalid', meansTrue: looksTrue(raw) };
  }
}

const TRUE_WORDS = new Set(['true', 't', '1', 'yes', 'y', 'on', 'enable', 'enabled']);

/** For a value etcd rejects, whether the writer evidently meant "true" (`yes`, `"true"`, `on`). */
function looksTrue(raw: string): boolean {
  const unquoted = raw
    .trim()
    .replace(/^(["'])(.*)\1$/s, '$2')
    .trim();
  return TRUE_WORDS.has(unquoted.toLowerCase());
}

/**
 * Reads etcd's arguments (argv[1:]) as Go's `flag` package does: one or two dashes, `name=value`
 * or a bare boolean, and parsing stops at the first argument that is not a flag or after `--`.
 * etcd then refuses to start because of the leftover argument ("%q is not a valid flag"), which is
 * recorded as a start-up problem. A flag of etcd's that takes a value and is written without `=`
 * takes the next argument as its value whatever it looks like (`--name --auto-tls` sets the name);
 * for a name etcd does not define (etcd exits on it, but versions differ) the next argument is taken
 * only when it does not look like a flag. Values are checked by resolve, which knows which layer wins.
 */
export function parseEtcdArgv(words: readonly ArgWord[], inShellScript: boolean): ParsedArgv {
  const origin: SettingOrigin = { kind: 'flag', inShellScript };
  const flags: Setting[] = [];
  const startupProblems: StartupProblem[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as ArgWord;
    const s = word.value;
    if (s === '--') {
      const rest = words[i + 1];
      if (rest) startupProblems.push(notAFlag(rest));
      break;
    }
    if (s.length < 2 || s[0] !== '-') {
      // An unexpanded `$ARGS` or `{{ extra_args }}` may expand to flags: keep reading after it.
      if (word.opaque) continue;
      startupProblems.push(notAFlag(word));
      break;
    }
    const dashes = s[1] === '-' ? 2 : 1;
    const body = s.slice(dashes);
    if (body.length === 0 || body[0] === '-' || body[0] === '=') {
      startupProblems.push({ message: `etcd will not start: bad flag syntax "${s}"`, span: word.span });
      break;
    }
    const eq = body.indexOf('=', 1);
    const name = eq < 0 ? body : body.slice(0, eq);
    let rawValue = eq < 0 ? undefined : body.slice(eq + 1);
    let span = word.span;
    let text = s;
    let valueUnknown = rawValue !== undefined && word.opaque;
    const valueStart = dashes + eq + 1;
    const wordLocate = word.locate;
    let locateValue =
      eq >= 0 && wordLocate
        ? (from: number, to: number) => wordLocate(valueStart + from, valueStart + to)
        : undefined;
    const next = words[i + 1];
    if (rawValue === undefined && !isBooleanFlag(name)) {
      const known = settingSpec(name) !== undefined;
      if (next && (known || !next.value.startsWith('-'))) {
        rawValue = next.value;
        valueUnknown = next.opaque;
        i++;
        if (next.span.startLine === span.startLine) span = { ...span, endColumn: next.span.endColumn };
        text = `${s} ${next.value}`;
        locateValue = next.locate;
      } else if (known && !next && !word.opaque) {
        startupProblems.push({
          message: `etcd will not start: flag needs an argument: -${name}`,
          span: word.span,
          flag: name,
        });
      }
    }
    const key = eq < 0 ? s : s.slice(0, dashes + eq);
    const setting: Setting = { name, key, text, rawValue, origin, span };
    if (valueUnknown) setting.valueUnknown = true;
    if (locateValue) setting.locateValue = locateValue;
    flags.push(setting);
  }
  return { flags, startupProblems };
}

function notAFlag(word: ArgWord): StartupProblem {
  return {
    message: `etcd will not start: "${word.value}" is not a valid flag (Go stops reading flags at the first plain argument)`,
    span: word.span,
  };
}

/** The boolean etcd reads from a setting: a bare flag is true, else Go's ParseBool of its value. */
export function boolOf(setting: Setting): GoBool {
  if (setting.bool) return setting.bool;
  return setting.rawValue === undefined ? { kind: 'true' } : parseGoBool(setting.rawValue);
}

/** Whether a boolean setting is true, or an invalid value that evidently means true. */
export function meansTrue(value: GoBool): boolean {
  return value.kind === 'true' || (value.kind === 'invalid' && value.meansTrue);
}
