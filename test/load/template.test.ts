import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { analyseTemplate } from '../../src/load/template.js';
import { FIXTURES } from '../support/fixtures.js';

const lineBreaks = (text: string) => [...text.matchAll(/\r?\n/g)].map((m) => m.index);
/** What an inline action becomes: `$` then `x` up to its length. */
const X = (action: string) => `$${'x'.repeat(action.length - 1)}`;
/** What a standalone action becomes: spaces. */
const S = (action: string) => ' '.repeat(action.length);

function analysed(text: string) {
  const info = analyseTemplate(text);
  if (!info) throw new Error('not a template');
  return info;
}

describe('analyseTemplate: blanking', () => {
  it.each([
    { name: 'no action', text: 'a: 1\nb: "{ {x} }"\n' },
    { name: 'no action, only a lone {{', text: 'a: "{{"\n' },
    { name: 'a JSON map of maps', text: '{"a": {"b": 1}}\n' },
  ])('returns undefined for text without actions ($name)', ({ text }) => {
    expect(analyseTemplate(text)).toBeUndefined();
  });

  it.each([
    {
      name: 'inline value',
      text: '- --auto-tls={{ .Values.tls }}\n',
      parse: '- --auto-tls=$xxxxxxxxxxxxxxxx\n',
    },
    {
      name: 'inside a quoted string',
      text: 'image: "{{ .Values.image }}"\n',
      parse: 'image: "$xxxxxxxxxxxxxxxxxx"\n',
    },
    { name: 'as a key', text: '{{ .Values.key }}: 1\n', parse: '$xxxxxxxxxxxxxxxx: 1\n' },
    {
      name: 'alone on its line, with trim markers',
      text: 'a:\n  {{- if .Values.x -}}\n  b: 1\n  {{- end }}\n',
      parse: 'a:\n                      \n  b: 1\n            \n',
    },
    {
      name: 'two actions alone on one line',
      text: '{{- end }}{{ if .b }}\nc: 1\n{{ end }}\n',
      parse: `${S('{{- end }}{{ if .b }}')}\nc: 1\n${S('{{ end }}')}\n`,
    },
    {
      name: 'a comment holding }}',
      text: '{{/* not }} the end */}}\na: 1\n',
      parse: '                        \na: 1\n',
    },
    {
      name: 'strings and raw strings holding }} and {{',
      text: 'a: {{ printf "}}" }} {{ `{{` }}\n',
      parse: `a: ${X('{{ printf "}}" }}')} ${X('{{ `{{` }}')}\n`,
    },
    {
      name: 'a block emitted after `key:` (nindent)',
      text: 'labels: {{- include "x.labels" . | nindent 4 }}\n  app: etcd\n',
      parse: 'labels:                                        \n  app: etcd\n',
    },
    {
      name: 'a block emitted as a sequence item, continued by literal lines (cilium charts)',
      text: '- {{ toYaml $c | nindent 8 | trim }}\n  labelSelector: {}\n',
      parse: `- ${S('{{ toYaml $c | nindent 8 | trim }}')}\n  labelSelector: {}\n`,
    },
    {
      name: 'a scalar after `key:` stays a string',
      text: 'apiVersion: {{ include "x.apiVersion" . }}\n',
      parse: 'apiVersion: $xxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n',
    },
    {
      name: 'an inline action over two lines',
      text: 'a: {{ include "x"\n  (dict "a" 1) }} \nb: 2\n',
      parse: `a: ${X('{{ include "x"')}\n${S('  (dict "a" 1) }} ')}\nb: 2\n`,
    },
    {
      name: 'CRLF line breaks',
      text: 'a:\r\n  {{- if .x }}\r\n  b: {{ .y }}\r\n  {{- end }}\r\n',
      parse: 'a:\r\n              \r\n  b: $xxxxxxx\r\n            \r\n',
    },
    {
      name: 'a Jinja statement and expression',
      text: '{% if x %}\na: {{ y }}\n{% endif %}\n',
      parse: '          \na: $xxxxxx\n           \n',
    },
  ])('$name', ({ text, parse }) => {
    const info = analysed(text);
    expect(info.parseText).toBe(parse);
    expect(info.parseText.length).toBe(text.length);
    expect(lineBreaks(info.parseText)).toEqual(lineBreaks(text));
  });

  it('reads an inline placeholder as a string that is no boolean', () => {
    const doc = parseAllDocuments(analysed('args:\n  - --auto-tls={{ .Values.tls }}\n').parseText)[0];
    expect(doc?.toJS()).toEqual({ args: ['--auto-tls=$xxxxxxxxxxxxxxxx'] });
  });

  it('counts actions', () => {
    expect(analysed('a: {{ .a }}\n{{- if .b }}\nc: {{/* c */}}\n{{ end }}\n').actions).toBe(4);
  });
});

describe('analyseTemplate: conditional lines', () => {
  it.each([
    {
      name: 'if / end',
      text: 'a: 1\n{{- if .x }}\nb: 2\n{{- end }}\nc: 3\n',
      ranges: [[2, 4]],
    },
    {
      name: 'nested if, range, with, else, else if',
      text: [
        'a: 1', // 1
        '{{- range .items }}', // 2
        '{{- with .x }}', // 3
        'b: 2', // 4
        '{{- end }}', // 5
        '{{- end }}', // 6
        'c: 3', // 7
        '{{- if .p }}', // 8
        'd: 4', // 9
        '{{- else if .q }}', // 10
        'e: 5', // 11
        '{{- else }}', // 12
        'f: 6', // 13
        '{{- end }}', // 14
        'g: 7', // 15
      ].join('\n'),
      ranges: [
        [2, 6],
        [8, 14],
      ],
    },
    {
      name: 'define and block',
      text: '{{- define "x" }}\na: 1\n{{- end }}\nb: 2\n{{ block "y" . }}\nc: 3\n{{ end }}\n',
      ranges: [
        [1, 3],
        [5, 7],
      ],
    },
    {
      name: 'an inline if on one line',
      text: 'a: v1{{ if .x }}beta1{{ end }}\nb: 2\n',
      ranges: [[1, 1]],
    },
    {
      name: 'an opening action over two lines starts where it ends',
      text: 'a: 1\n{{- if and .a\n      .b }}\nb: 2\n{{- end }}\n',
      ranges: [[3, 5]],
    },
    {
      name: 'adjacent blocks merge',
      text: '{{ if .a }}\na: 1\n{{ end }}\n{{ if .b }}\nb: 2\n{{ end }}\n',
      ranges: [[1, 6]],
    },
    {
      name: 'an unclosed block runs to the last line',
      text: 'a: 1\n{{ if .x }}\nb: 2\nc: 3',
      ranges: [[2, 4]],
    },
    {
      name: 'a stray end and a stray else are ignored',
      text: '{{ end }}\na: 1\n{{ else }}\n{{ if .x }}\nb: 2\n{{ end }}\n{{ end }}\n',
      ranges: [[4, 6]],
    },
    {
      name: 'a Jinja loop',
      text: 'env:\n{% for k, v in extra.items() %}\n  {{ k }}: {{ v }}\n{% endfor %}\nx: 1\n',
      ranges: [[2, 4]],
    },
    {
      name: 'comments, includes and variables open nothing',
      text: '{{/* if */}}\n{{ include "if" . }}\n{{ $end := 1 }}\n{{ template "x" }}\na: 1\n',
      ranges: [],
    },
  ])('$name', ({ text, ranges }) => {
    expect(analysed(text).conditionalLines).toEqual(ranges);
  });
});

describe('analyseTemplate: malformed input never throws', () => {
  it.each([
    { name: 'unterminated action', text: 'a: 1\nb: {{ .x\nc: 3\n' },
    { name: 'unterminated raw string', text: 'a: {{ `abc }}\nb: {{ .y }}\n' },
    { name: 'unterminated comment', text: 'a: {{/* abc }}\nb: 2\n' },
    { name: 'only openers', text: '{{ if .a }}{{ range .b }}{{ with .c }}' },
    { name: 'a Jinja {% without %} on its line', text: "a: \"printf '{%s}'\"\nb: '%}'\n" },
  ])('$name', ({ text }) => {
    const info = analyseTemplate(text);
    expect(info?.parseText.length ?? text.length).toBe(text.length);
    if (info) expect(lineBreaks(info.parseText)).toEqual(lineBreaks(text));
  });

  it('leaves an unterminated action as text', () => {
    expect(analyseTemplate('a: {{ .x\n')).toBeUndefined();
    expect(analysed('a: {{ .x }}\nb: {{ .y\n').parseText).toBe('a: $xxxxxxx\nb: {{ .y\n');
  });

  it('stays linear on pathological input (many openers, runaway strings)', () => {
    const inputs = [
      '{{'.repeat(200_000),
      `${'{{ "'.repeat(100_000)}}}`,
      `${'{{ `'.repeat(100_000)}}}`,
      `${'{%'.repeat(100_000)}%}`,
      `${'{{ if .x }}'.repeat(50_000)}${'{{ end }}'.repeat(50_000)}`,
    ];
    for (const text of inputs) {
      const info = analyseTemplate(text);
      expect(info?.parseText.length ?? text.length).toBe(text.length);
    }
  });
});

describe('analyseTemplate on real templates', () => {
  const corpus = path.join(FIXTURES, 'corpus/real');
  it.each([
    // ETCD_AUTO_TLS / ETCD_PEER_AUTO_TLS sit inside `{{- if and ...useAutoTLS }}` blocks.
    { file: 'bitnami-charts/etcd-templates-statefulset.yaml', conditional: [220, 238] },
    { file: 'bitnami-charts/etcd-templates-statefulset-2021.yaml', conditional: [167, 185] },
    // `{{ range .EnvVars }}` blocks and the `{{ if .EnableEtcdContainer }}` etcd container.
    { file: 'cluster-etcd-operator/pod.gotpl.yaml', conditional: [59, 126, 170, 203] },
  ])('$file parses as YAML once blanked', ({ file, conditional }) => {
    const text = readFileSync(path.join(corpus, file), 'utf8');
    const info = analysed(text);
    expect(info.parseText.length).toBe(text.length);
    expect(lineBreaks(info.parseText)).toEqual(lineBreaks(text));
    const errors = parseAllDocuments(info.parseText, { uniqueKeys: false }).flatMap((doc) => doc.errors);
    expect(errors).toEqual([]);
    for (const line of conditional) {
      expect(info.conditionalLines.some(([start, end]) => line >= start && line <= end)).toBe(true);
    }
  });
});

describe('analyseTemplate: other syntaxes and line-oriented files', () => {
  it('reads ERB tags: output, code, comments, the <%% escape; blocks open with if and do', () => {
    const text =
      '<%# c %>\nA=<%= @a %>\n<% if @b -%>\nB=1\n<% end -%>\n<% @l.each do |x| %>\nC=<%= x %>\n<% end %>\nD=<%% lit %>\n';
    const info = analyseTemplate(text, { syntax: 'erb', lines: 'text' });
    expect(info?.parseText).toBe(
      '        \nA=$xxxxxxxx\n            \nB=1\n          \n                    \nC=$xxxxxxx\n         \nD=<%% lit %>\n',
    );
    expect(info?.conditionalLines).toEqual([[3, 8]]);
    expect(analyseTemplate('a: {{ .x }}\n', { syntax: 'erb' })).toBeUndefined();
  });

  it(`reads Jinja comments, which may span lines, only in Jinja files; \${#x} is a shell length`, () => {
    expect(analyseTemplate('{# a\nb #}\nx: 1\n', { syntax: 'jinja' })?.parseText).toBe('    \n    \nx: 1\n');
    expect(analyseTemplate(`n=\${#a[@]}\n{{ x }}\n`, { syntax: 'jinja' })?.parseText).toBe(
      `n=\${#a[@]}\n       \n`,
    );
    expect(analyseTemplate('{# a #}\n', {})).toBeUndefined();
    // Several comments, and an unclosed `{#` after the last one, which is text (actions beside
    // text on a line become a placeholder scalar).
    expect(analyseTemplate('{# a #}x{# b #}{{ y }}\n{# c\n', { syntax: 'jinja' })?.parseText).toBe(
      '$xxxxxxx$xxxxxx$xxxxxx\n{# c\n',
    );
  });

  it('reads a Jinja statement over several lines in a Jinja file only', () => {
    const text = 'a: 1\n{% if x\n  or y %}\nb: 2\n{% endif %}\n';
    expect(analyseTemplate(text, { syntax: 'jinja' })?.conditionalLines).toEqual([[3, 5]]);
    // Elsewhere `{%` over two lines is text (printf formats in scripts): only `{% endif %}` is read.
    expect(analyseTemplate(text)?.conditionalLines).toEqual([]);
  });

  it(`leaves GitHub Actions \${{ }} expressions as text`, () => {
    expect(analyseTemplate(`runs-on: \${{ matrix.os }}\n`)).toBeUndefined();
    expect(analysed(`a: \${{ x }} {{ .y }}\n`).parseText).toBe(`a: \${{ x }} $xxxxxxx\n`);
  });

  it('in line-oriented text, keeps a continuation going across a line of statements only', () => {
    const text = 'ExecStart=/usr/bin/etcd \\\n{% if tls %}\n  --peer-auto-tls \\\n{% endif %}\n  --name x\n';
    const info = analyseTemplate(text, { syntax: 'jinja', lines: 'text' });
    expect(info?.parseText).toBe(
      'ExecStart=/usr/bin/etcd \\\n           \\\n  --peer-auto-tls \\\n          \\\n  --name x\n',
    );
    // Not inside a continuation: the line only goes blank.
    expect(analyseTemplate('A=1\n{% if x %}\nB=2\n{% endif %}\n', { lines: 'text' })?.parseText).toBe(
      'A=1\n          \nB=2\n           \n',
    );
    // An expression alone on its line is output: a placeholder, not a blank.
    expect(analyseTemplate('etcd \\\n  {{ args }}\n', { lines: 'text' })?.parseText).toBe(
      'etcd \\\n  $xxxxxxxxx\n',
    );
  });
});

describe('what a line holds besides actions (read backwards from its end)', () => {
  it.each([
    // Content after a multi-line action's end belongs to that line; a line of an action, blanks and
    // a CR holds nothing.
    ['a: {{ x\n y }} b\n{{ z }}  \r\nc: 1\n', 'a: $xxx\n      b\n         \r\nc: 1\n'],
    // An action after content is a placeholder even with a tab after it; a standalone one spanning
    // lines becomes blanks.
    ['x: 1 {{ a }}\t\n  {{ b\n}}\n', 'x: 1 $xxxxxx\t\n      \n  \n'],
  ])('%j', (text, expected) => {
    expect(analyseTemplate(text, {})?.parseText).toBe(expected);
  });
});
