// Issue 10, "done when": a repository whose file names, object names, values and reasons carry
// `\n::`, `%0A`, `::`, `##[`, `<a>`, `|`, backticks and bidirectional marks, run through the Action
// entry (dist/index.js as the runner runs it) and every CLI format. No output line may be read by
// the runner as a command we did not write, the job summary holds no live link or HTML from the
// repository, and every finding is still reported.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type * as Sarif from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';
import { RENDERERS, tagsIn } from '../support/markdown-render.js';
import {
  DIST_CLI,
  type RunResult,
  removeWorkspaces,
  runAction,
  runNode,
  workspaceWith,
} from '../support/run-dist.js';
import { validateSarif } from '../support/sarif-validate.js';

afterAll(removeWorkspaces);

// Names: each file holds one etcd Pod with --auto-tls, so each must give exactly one finding.
const HOSTILE_NAMES = [
  'x\n::warning file=README.md,line=1::forged\n.yaml',
  'y\n::stop-commands::pwned\n.yaml',
  'z\r::error::carriage.yaml',
  '%0A::error::percent.yaml',
  '::error::leading.yaml',
  '\u3000::notice::wide-space.yaml',
  '##[error]legacy.yaml',
  'k8s ##[stop-commands]pwned.yaml',
  '<img src=x onerror=alert(1)>|pipe|`tick`.yaml',
  'admin\u202Egnp.yaml',
];

// Values: object names and a suppression reason, as YAML double-quoted strings.
const HOSTILE_VALUES = [
  'x\\n::error::forged-name',
  '%0A::warning::percent-name',
  '##[stop-commands]pwned',
  '<a href=\\"https://evil.example/approve\\">click to approve</a>',
  '![p](https://evil.example/p.png) [l](https://evil.example) https://evil.example www.evil.example',
  'a | b `code` ``more``',
  'rtl \\u202Eexe.txt\\u202C',
];

const pod = (name: string, flag = '--auto-tls') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: "${name}"\nspec:\n  containers:\n  - name: etcd\n    command: [etcd, ${flag}]\n`;

/**
 * `expectedFindings`: the auto-TLS errors, one per hostile pod. Each pod (and the suppressed one)
 * also listens on etcd's plaintext loopback defaults: a client warning and a peer note more.
 */
function hostileRepository(): { workspace: string; expectedFindings: number; allFindings: number } {
  const workspace = workspaceWith();
  mkdirSync(path.join(workspace, 'k8s'));
  HOSTILE_NAMES.forEach((name) => {
    writeFileSync(path.join(workspace, 'k8s', name), pod('etcd'));
  });
  writeFileSync(
    path.join(workspace, 'k8s', 'values.yaml'),
    HOSTILE_VALUES.map((value) => pod(value)).join('---\n'),
  );
  // A suppression whose reason is hostile, a k3s note whose value is, and a file that does not parse.
  writeFileSync(
    path.join(workspace, 'k8s', 'suppressed.yaml'),
    pod(
      's',
      '--peer-auto-tls]  # etcd-tls-guard: ignore[etcd-peer-auto-tls] lab ##[stop-commands]x <a href=https://evil.example>y</a>\n#',
    ),
  );
  writeFileSync(
    path.join(workspace, 'k8s', 'k3s.yaml'),
    'etcd-arg:\n  - "auto-tls=true\\n::error::from-k3s"\n',
  );
  writeFileSync(
    path.join(workspace, 'k8s', 'broken::error::parse.yaml'),
    'kind: Pod\nspec: [\n  "::error::in-parser-message\n',
  );
  const expectedFindings = HOSTILE_NAMES.length + HOSTILE_VALUES.length;
  return { workspace, expectedFindings, allFindings: 3 * expectedFindings + 2 };
}

/** .NET's char.IsWhiteSpace, which the runner trims before looking for `::`. */
const LEADING_SPACE = /^[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;
/** The runner's registered commands (ActionCommandManager): any of them on a line is executed. */
const ALLOWED = new Set(['error', 'warning', 'notice', 'add-mask']);

interface Command {
  name: string;
  properties: Record<string, string>;
  data: string;
  line: string;
}

/** Reads a line as the runner's TryParseV2 does (properties split on `,` before unescaping). */
function parseCommand(line: string): Command | undefined {
  const trimmed = line.replace(LEADING_SPACE, '');
  if (!trimmed.startsWith('::')) return undefined;
  const end = trimmed.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = trimmed.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeCommand(pair.slice(eq + 1), true);
    }
  }
  return { name, properties, data: unescapeCommand(trimmed.slice(end + 2), false), line };
}

function unescapeCommand(text: string, property: boolean): string {
  let out = text.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
  if (property) out = out.replace(/%3A/g, ':').replace(/%2C/g, ',');
  return out.replace(/%25/g, '%');
}

/**
 * Every line of a run's output as the runner reads it (split at LF, CR and CRLF): no `##[`
 * anywhere, and each `::` line one of ours, at the start of its line, with a `file` that exists.
 */
function expectNoForgedCommands(run: RunResult, workspace: string, ours: number): Command[] {
  const commands: Command[] = [];
  for (const line of `${run.stdout}\n${run.stderr}`.split(/\r\n|\r|\n/)) {
    const command = parseCommand(line);
    // The runner tries the `::` form first and the legacy `##[` form (anywhere in a line) only when
    // that fails, so `##[` may appear in our own commands (a file name must stay as it is to place
    // the annotation), never in any other line.
    if (!command) {
      expect(line, 'the legacy ##[command] form, anywhere in a line').not.toContain('##[');
      continue;
    }
    expect(ALLOWED.has(command.name), line).toBe(true);
    expect(line.startsWith('::'), `an indented command: ${JSON.stringify(line)}`).toBe(true);
    if (command.name === 'add-mask') expect(command.data).toBe('ghs_hostile');
    if (command.properties.file !== undefined) {
      // Annotations name the real file; a forged one would name README.md.
      expect(readFileSync(path.join(workspace, command.properties.file)).length, line).toBeGreaterThan(0);
      expect(command.properties.file).not.toBe('README.md');
    }
    expect(command.data, line).not.toMatch(/^(forged|pwned|fake)$/);
    commands.push(command);
  }
  expect(commands.length).toBeGreaterThanOrEqual(ours);
  return commands;
}

describe('a hostile repository through the Action entry', () => {
  const { workspace, expectedFindings, allFindings } = hostileRepository();
  const run = runAction(workspace, { token: 'ghs_hostile', 'fail-on': 'error' });

  it('reports every finding, fails the step, and writes valid SARIF', () => {
    expect(run.status).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(run.outputs.findings).toBe(String(allFindings));
    expect(run.outputs.suppressed).toBe('1');
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'etcd-tls-guard.sarif'), 'utf8')) as Sarif.Log;
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.runs[0]?.results).toHaveLength(allFindings);
  });

  it('prints no line the runner would read as a command we did not write', () => {
    const commands = expectNoForgedCommands(run, workspace, 10);
    // Ours: annotations within the budget, the failure message, the token's mask.
    expect(commands.filter((c) => c.name === 'error' && c.properties.file !== undefined)).toHaveLength(9);
    expect(commands.filter((c) => c.name === 'error' && c.properties.file === undefined)).toHaveLength(1);
    expect(run.stdout).not.toMatch(/^\s*::stop-commands::/m);
  });

  it('puts no live link, image or HTML from the repository in the job summary', () => {
    for (const { name, render } of RENDERERS) {
      const html = render(run.summary);
      const allowed = [
        'h2',
        'h3',
        'p',
        'strong',
        'ul',
        'li',
        'table',
        'thead',
        'tbody',
        'tr',
        'th',
        'td',
        'code',
        'a',
        'details',
        'summary',
        'em',
      ];
      expect(new Set(tagsIn(html).filter((tag) => !allowed.includes(tag))), name).toEqual(new Set());
      const links = [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => m[1] as string);
      expect(links.length, name).toBeGreaterThanOrEqual(expectedFindings);
      for (const link of links)
        expect(link.startsWith('https://github.com/octo/cluster-config/blob/'), `${name}: ${link}`).toBe(
          true,
        );
      expect(html, name).not.toContain('evil.example"');
    }
  });
});

describe('a hostile repository through every CLI format', () => {
  const { workspace, expectedFindings, allFindings } = hostileRepository();

  it.each(['text', 'json', 'sarif', 'github'])(
    '--format %s prints no forged command and every finding',
    (format) => {
      const run = runNode(DIST_CLI, ['--format', format, '.'], { cwd: workspace });
      expect(run.status).toBe(1);
      const commands = expectNoForgedCommands(run, workspace, format === 'github' ? allFindings : 0);
      if (format !== 'github') expect(commands).toEqual([]);
      if (format === 'json') expect(JSON.parse(run.stdout).summary.findings).toBe(allFindings);
      if (format === 'sarif') expect(JSON.parse(run.stdout).runs[0].results).toHaveLength(allFindings);
      if (format === 'github')
        expect(commands.filter((c) => c.name === 'error' && c.properties.file !== undefined)).toHaveLength(
          expectedFindings,
        );
      if (format === 'text') {
        const lines = run.stdout.trimEnd().split('\n');
        expect(lines.filter((line) => / error \[etcd-auto-tls\] /.test(line))).toHaveLength(expectedFindings);
        // A line break in a name or value is shown as \n, and a leading :: gets ./ in front.
        expect(run.stdout).toContain('k8s/x\\n::warning file=README.md,line=1::forged\\n.yaml:8:21: error');
        expect(run.stdout).toContain('Pod x\\n::error::forged-name, container etcd');
        expect(run.stdout).toContain('admin\\u202Egnp.yaml');
      }
    },
  );
});
