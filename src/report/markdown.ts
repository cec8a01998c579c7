import { showHidden } from './escape.js';

// Markdown that shows repository text as inert text. GitHub renders job summaries as GitHub
// Flavored Markdown: raw HTML (`<a href>`, `<img>` fetched from anywhere), links, images, autolinks
// (`https://...`, `www.`), emphasis and table pipes in a file name, object name or reason would be
// live. Text from a scanned repository therefore goes into code spans, where nothing is interpreted,
// or, mixed with our own words, has every ASCII punctuation character backslash-escaped.

/**
 * A code span that shows `text` as written: fenced with one more backtick than its longest run of
 * backticks, padded with spaces when it starts or ends with one (CommonMark strips one space each
 * side), line breaks and hidden characters shown as escapes. Inside a table `|` is written `\|`,
 * which GFM removes again before the span is read (a pipe would otherwise end the cell). No entity
 * is needed: `<` and `&` are literal in a code span.
 */
export function codeSpan(text: string, inTable = false): string {
  const shown = showHidden(text);
  if (shown === '') return '*(empty)*';
  const longest = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = shown.startsWith('`') || shown.endsWith('`') || (shown.startsWith(' ') && shown.endsWith(' '));
  const body = inTable ? shown.replace(/\|/g, '\\|') : shown;
  return pad ? `${fence} ${body} ${fence}` : `${fence}${body}${fence}`;
}

/** Every ASCII punctuation character, each of which CommonMark lets a backslash make literal. */
const PUNCTUATION = /[!-/:-@[-`{-~]/g;

/**
 * Plain text shown as written: every ASCII punctuation character backslash-escaped, so no markup,
 * HTML, entity, link or autolink can form (an escaped `:` or `.` never starts GFM's `http://` or
 * `www.` autolinks), and `|` cannot end a table cell. Checked against cmark-gfm itself
 * (test/report/markdown.test.ts).
 */
export function plainText(text: string): string {
  // cmark-gfm (GitHub's renderer) finds e-mail autolinks in the text after escapes are resolved,
  // so `a\@b.com` is still a mailto: link: an empty comment after `@` splits the text instead.
  return showHidden(text).replace(PUNCTUATION, (char) => (char === '@' ? '@<!-- -->' : `\\${char}`));
}

/**
 * Our own messages, which quote settings and names between backticks (`` `--auto-tls=true` ``):
 * each quoted part becomes a code span, everything else plain text. Whatever the quoted text holds,
 * even backticks that pair differently than meant, every part is one of the two inert forms.
 */
export function messageText(text: string, inTable = false): string {
  const parts = text.split('`');
  // An odd number of backticks leaves the last part unquoted.
  const closed = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  return parts
    .map((part, i) => {
      if (i % 2 === 0) return plainText(part);
      if (i >= closed) return plainText(`\`${part}`);
      // Two backticks in a row quote nothing: show them.
      return part === '' ? plainText('``') : codeSpan(part, inTable);
    })
    .join('');
}
