// Renders markdown the way GitHub renders a job summary, to check that repository text stays inert.
// GitHub's renderer is cmark-gfm: when its command-line program is installed (Debian's `cmark-gfm`
// package; .ci/run installs it when it can), it is the oracle. micromark with its GFM extension is
// always there as a second one; it follows the GFM spec, with two known differences from cmark-gfm
// that the tests name where they matter (a `\\|` in a table cell, e-mail autolinks after escapes).

import { spawnSync } from 'node:child_process';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

export interface Renderer {
  name: 'cmark-gfm' | 'micromark';
  render(markdown: string): string;
}

const micromarkRenderer: Renderer = {
  name: 'micromark',
  render: (markdown) =>
    micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true }),
};

function cmarkGfm(): Renderer | undefined {
  const probe = spawnSync('cmark-gfm', ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0) return undefined;
  return {
    name: 'cmark-gfm',
    render: (markdown) => {
      // GitHub's extensions; --unsafe keeps raw HTML in the output, so that any that got through shows.
      const run = spawnSync(
        'cmark-gfm',
        ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'strikethrough', '-e', 'tagfilter'],
        { input: markdown, encoding: 'utf8' },
      );
      if (run.status !== 0) throw new Error(`cmark-gfm failed: ${run.stderr}`);
      return run.stdout;
    },
  };
}

const cmark = cmarkGfm();
if (!cmark)
  console.warn(
    'cmark-gfm is not installed: markdown is checked with micromark only (apt-get install cmark-gfm)',
  );

export const RENDERERS: readonly Renderer[] = cmark ? [cmark, micromarkRenderer] : [micromarkRenderer];

/** The HTML tags (names, lower case) in rendered HTML, comments left out. */
export function tagsIn(html: string): string[] {
  return [...html.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) =>
    (m[1] as string).toLowerCase(),
  );
}

/** Text content of rendered HTML: tags and comments dropped, the entities markdown renderers emit decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
