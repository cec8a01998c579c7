// Text from a scanned repository (file names, object names, values, parser messages, reasons) is
// hostile input for every output. The GitHub runner reads a step's stdout and stderr line by line and
// executes workflow commands in them (actions/runner ActionCommand.cs): a line that starts with `::`
// after .NET's TrimStart (TryParseV2), and, in the legacy form, `##[` ANYWHERE in a line (TryParse),
// for any registered command, `stop-commands` and `set-output` included. The runner splits lines at
// LF, CR and CRLF. So repository text must never bring a line break, never put `::` first on a line,
// and never contain `##[`. The same text is also read by people: bidirectional controls and invisible
// characters (Trojan Source) must not reorder or hide what is shown.

/**
 * Characters shown as escapes: C0 and C1 controls (CR, LF and NEL included), DEL, the soft hyphen,
 * line and paragraph separators, bidirectional marks, embeddings, overrides and isolates,
 * zero-width and other invisible format characters, the BOM and interlinear annotation marks.
 */
const HIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The legacy command prefix, anywhere in a line. */
const LEGACY_COMMAND = /##\[/g;

function escapeOf(char: string): string {
  return NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Repository text made safe for one line of a log or report: line breaks and other hidden
 * characters become visible escapes (`\n`, `\r`, `\t`, `\u202E`), and `##[` becomes `##\[` so the
 * runner never reads a legacy workflow command in it. A backslash is kept as it is.
 */
export function visible(text: string): string {
  return showHidden(text).replace(LEGACY_COMMAND, '##\\[');
}

/** Line breaks and other hidden characters as visible escapes (for text that is not a log: markdown). */
export function showHidden(text: string): string {
  return text.replace(HIDDEN, escapeOf);
}

/** White space .NET's String.TrimStart removes (char.IsWhiteSpace), plus the BOM. */
const LEADING_SPACE = /^[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*/;

/** Whether the runner would read this line as a `::command::` (it trims leading white space first). */
export function startsLikeCommand(line: string): boolean {
  return line.replace(LEADING_SPACE, '').startsWith('::');
}

/**
 * A repository path as the first thing on an output line: visible, and written `./path` when it
 * would otherwise start the line with `::` (a file named `::error::x.yaml`) or with white space.
 */
export function linePath(relPath: string): string {
  const shown = visible(relPath);
  return startsLikeCommand(shown) || LEADING_SPACE.exec(shown)?.[0] ? `./${shown}` : shown;
}

/** Characters JSON.stringify leaves raw that must not reach a log: all of HIDDEN that survive it. */
const JSON_RAW =
  /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

/**
 * Serialized JSON made safe for a log without changing what it parses to: every JSON_RAW character
 * becomes a `\uXXXX` escape and `##[` becomes `##\u005b`. Both only ever occur inside strings, since
 * JSON's own syntax is ASCII without `#`, so the document means exactly the same.
 */
export function logSafeJson(json: string): string {
  return json
    .replace(JSON_RAW, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(LEGACY_COMMAND, '##\\u005b');
}

/** Pluralises a count: `1 file`, `2 files`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
