// Issue 10, item 2: text from a scanned repository goes into the job summary as inert text: no
// link, image, HTML or markup forms, `|` and `<` show as written, and no `&lt;` noise in code spans.

import { describe, expect, it } from 'vitest';
import { showHidden } from '../../src/report/escape.js';
import { codeSpan, messageText, plainText } from '../../src/report/markdown.js';
import { RENDERERS, tagsIn, textOf } from '../support/markdown-render.js';

const HOSTILE = [
  '<a href="https://evil.example/approve">click to approve</a>',
  '<img src="https://evil.example/track.png">',
  '![pixel](https://evil.example/p.png)',
  '[approve](https://evil.example/a)',
  'see https://evil.example/x and www.evil.example',
  'mail user@evil.example now',
  '**bold** _em_ ~~strike~~ # heading',
  'a | b | c',
  'back`tick `` run ```',
  '`starts and ends`',
  '&lt;b&gt; &amp; &#60;',
  ' leading and trailing ',
  'x\n::error::fake\r\n',
  'rtl \u202Egnp.exe\u202C and \u2066isolate\u2069',
  ':warning: <script>alert(1)</script>',
  '\\escaped\\ \\[not a link](x)',
];

/** One table cell around `cell`, rendered: the HTML of the cell's content. */
function renderCell(render: (markdown: string) => string, cell: string): string {
  const html = render(`| head |\n| --- |\n| ${cell} |\n`);
  const cells = [...html.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1] as string);
  expect(cells, html).toHaveLength(1);
  return cells[0] as string;
}

for (const { name, render } of RENDERERS) {
  describe(`rendered by ${name}`, () => {
    it.each(HOSTILE)('codeSpan shows %j as written, in one code element, in a table cell', (text) => {
      const html = renderCell(render, codeSpan(text, true));
      expect(tagsIn(html)).toEqual(['code', 'code']);
      expect(textOf(html)).toBe(showHidden(text));
    });

    it.each(HOSTILE)('codeSpan shows %j as written outside a table', (text) => {
      const html = render(`- ${codeSpan(text)}\n`);
      expect(tagsIn(html)).toEqual(['ul', 'li', 'code', 'code', 'li', 'ul']);
      expect(textOf(/<code>([\s\S]*)<\/code>/.exec(html)?.[1] ?? '')).toBe(showHidden(text));
    });

    it.each(HOSTILE)('plainText shows %j as written, with no markup at all', (text) => {
      const html = renderCell(render, plainText(text));
      expect(tagsIn(html)).toEqual([]);
      expect(textOf(html)).toBe(showHidden(text).trim());
    });

    it.each(HOSTILE)('messageText keeps %j inert inside our own words', (text) => {
      const message = `remove \`${text}\` from \`env\` (was \`${text}\`) ${text}`;
      const html = renderCell(render, messageText(message, true));
      expect(tagsIn(html).filter((tag) => tag !== 'code')).toEqual([]);
    });

    it.runIf(name === 'cmark-gfm')('shows a backslash before a pipe as written in a table cell', () => {
      // micromark reads `\\|` as an escaped backslash and a cell boundary; GitHub's cmark-gfm does not.
      expect(textOf(renderCell(render, codeSpan('a\\|b', true)))).toBe('a\\|b');
    });

    it('shows < as written in a code span with no &lt; in the markdown (only the HTML escapes it)', () => {
      expect(codeSpan('<a href=x>', true)).toBe('`<a href=x>`');
      expect(renderCell(render, codeSpan('<a href=x>', true))).toBe('<code>&lt;a href=x&gt;</code>');
    });

    it('renders our quoted settings as code, the rest as text', () => {
      const html = renderCell(render, messageText('remove `--auto-tls` (or set `--auto-tls=false`).', true));
      expect(html).toBe('remove <code>--auto-tls</code> (or set <code>--auto-tls=false</code>).');
    });
  });
}

describe('codeSpan', () => {
  it.each([
    ['plain', '`plain`'],
    ['a`b', '``a`b``'],
    ['``x', '``` ``x ```'],
    ['x`', '`` x` ``'],
    [' both ', '`  both  `'],
    ['a|b', '`a\\|b`'],
    ['<a>&', '`<a>&`'],
    ['', '*(empty)*'],
  ])('%j -> %j (in a table)', (text, markdown) => {
    expect(codeSpan(text, true)).toBe(markdown);
  });
});
