import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalGo, evalJinja, type TValue, truthOf } from '../../src/extract/template-eval.js';
import { analyseTemplate, branchesAt } from '../../src/load/template.js';
import { scan } from '../../src/scan.js';
import { FIXTURES } from '../support/fixtures.js';
import { findingsInFiles } from '../support/scan-text.js';

const A = 'etcd-auto-tls';
const P = 'etcd-peer-auto-tls';

describe('settings under template conditions (fixtures/template-conditions)', async () => {
  const result = await scan({ base: path.join(FIXTURES, 'template-conditions') });

  it('reports what the repository renders, warns where nothing decides, drops what nothing renders', () => {
    expect(
      result.findings.map((f) => [f.file.relPath, f.ruleId, f.span.startLine, f.span.startColumn, f.level]),
    ).toEqual([
      ['ansible/roles/etcd/templates/etcd-pod.yml', P, 12, 11, 'error'],
      ['ansible/roles/etcd/templates/etcd-pod.yml', A, 18, 11, 'warning'],
      ['chart-off/templates/statefulset.yaml', A, 17, 15, 'warning'],
      ['chart-on/templates/statefulset.yaml', A, 14, 15, 'error'],
    ]);
  });

  it('names the condition and the value that decides it, as a related location', () => {
    const on = result.findings.find((f) => f.file.relPath === 'chart-on/templates/statefulset.yaml');
    expect(on?.message).toContain(
      'The template renders it under `{{ if eq .Values.tls.mode "auto" }}`: chart-on/values-prod.yaml sets `tls.mode: auto` (line 2).',
    );
    expect(on?.related?.map((r) => [r.file.relPath, r.span?.startLine])).toEqual([
      ['chart-on/values-prod.yaml', 2],
    ]);
    const ansible = result.findings.find((f) => f.ruleId === P);
    expect(ansible?.message).toContain('group_vars/etcd.yml sets `etcd_peer_auto_tls: yes`');
    const warning = result.findings.find((f) => f.file.relPath === 'chart-off/templates/statefulset.yaml');
    expect(warning?.message).toContain(
      'The template renders it only under `{{ if include "kv2.autoTls" . }}`, which the values in the repository do not decide',
    );
  });
});

const CHART_TEMPLATE = (condition: string, body = '        - --peer-auto-tls') => `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: etcd
      image: quay.io/coreos/etcd:v3.5.12
      command:
        - etcd
${condition}
${body}
        {{- end }}
`;

function chart(values: string, condition: string, extra: Record<string, string> = {}) {
  return findingsInFiles({
    'c/Chart.yaml': 'name: c\n',
    'c/values.yaml': values,
    'c/templates/pod.yaml': CHART_TEMPLATE(condition),
    ...extra,
  }).map((f) => [f.ruleId, f.span.startLine, f.level]);
}

describe('Helm conditions decided by values', () => {
  it.each([
    { name: 'if true', values: 'a: true\n', condition: '{{- if .Values.a }}', expected: [[P, 12, 'error']] },
    { name: 'if false', values: 'a: false\n', condition: '{{- if .Values.a }}', expected: [] },
    { name: 'if a missing value', values: 'b: 1\n', condition: '{{- if .Values.a }}', expected: [] },
    {
      name: 'the string "false" is true in Go',
      values: 'a: "false"\n',
      condition: '{{- if .Values.a }}',
      expected: [[P, 12, 'error']],
    },
    {
      name: 'YAML 1.1 yes',
      values: 'a: yes\n',
      condition: '{{- if .Values.a }}',
      expected: [[P, 12, 'error']],
    },
    { name: 'empty map', values: 'a: {}\n', condition: '{{- if .Values.a }}', expected: [] },
    { name: 'not', values: 'a: false\n', condition: '{{- if not .Values.a }}', expected: [[P, 12, 'error']] },
    {
      name: 'and with one false',
      values: 'a: true\nb: false\n',
      condition: '{{- if and .Values.a .Values.b }}',
      expected: [],
    },
    {
      name: 'or',
      values: 'a: false\nb: 1\n',
      condition: '{{- if or .Values.a .Values.b }}',
      expected: [[P, 12, 'error']],
    },
    {
      name: 'eq a string',
      values: 'm: auto\n',
      condition: '{{- if eq .Values.m "auto" }}',
      expected: [[P, 12, 'error']],
    },
    { name: 'ne', values: 'm: auto\n', condition: '{{- if ne .Values.m "auto" }}', expected: [] },
    {
      name: 'parenthesised',
      values: 'a: true\nm: x\n',
      condition: '{{- if and .Values.a (eq .Values.m "x") }}',
      expected: [[P, 12, 'error']],
    },
    {
      name: 'with then a field of dot',
      values: 'p:\n  on: true\n',
      condition: '{{- with .Values.p }}{{ if .on }}',
      expected: [[P, 12, 'error']],
    },
    {
      name: '$ inside with',
      values: 'p: {x: 1}\na: false\n',
      condition: '{{- with .Values.p }}{{ if $.Values.a }}',
      expected: [],
    },
    {
      name: 'default',
      values: 'a: null\n',
      condition: '{{- if default true .Values.a }}',
      expected: [[P, 12, 'error']],
    },
    {
      name: 'hasKey',
      values: 'p: {k: 0}\n',
      condition: '{{- if hasKey .Values.p "k" }}',
      expected: [[P, 12, 'error']],
    },
    {
      name: 'include is not read',
      values: 'a: true\n',
      condition: '{{- if include "x" . }}',
      expected: [[P, 12, 'warning']],
    },
    {
      name: '.Release is not known',
      values: '',
      condition: '{{- if .Release.IsInstall }}',
      expected: [[P, 12, 'warning']],
    },
    {
      name: 'a variable is not known',
      values: '',
      condition: '{{- if $x }}',
      expected: [[P, 12, 'warning']],
    },
    {
      name: 'range over an empty list',
      values: 'l: []\n',
      condition: '{{- range .Values.l }}',
      expected: [],
    },
  ])('$name', ({ values, condition, expected }) => {
    expect(chart(values, condition)).toEqual(expected);
  });

  it('else and else if: the earlier branches must be false', () => {
    const template = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: etcd
      image: quay.io/coreos/etcd:v3.5.12
      command:
        - etcd
        {{- if .Values.a }}
        - --name=x
        {{- else if .Values.b }}
        - --auto-tls
        {{- else }}
        - --peer-auto-tls
        {{- end }}
`;
    const run = (values: string) =>
      findingsInFiles({ 'c/values.yaml': values, 'c/templates/pod.yaml': template }).map((f) => [
        f.ruleId,
        f.level,
      ]);
    expect(run('a: true\nb: true\n')).toEqual([]);
    expect(run('a: false\nb: true\n')).toEqual([[A, 'error']]);
    expect(run('a: false\nb: false\n')).toEqual([[P, 'error']]);
  });

  it('an override beside the chart turns it on; the defaults alone keep it off', () => {
    expect(chart('a: false\n', '{{- if .Values.a }}', { 'c/values-prod.yaml': 'a: true\n' })).toEqual([
      [P, 12, 'error'],
    ]);
    // A values override that keeps it off gives no finding.
    expect(chart('a: false\n', '{{- if .Values.a }}', { 'c/values-dev.yaml': 'a: 0\n' })).toEqual([]);
    // Files that are not values files (ci/, other names) are not overrides.
    expect(
      chart('a: false\n', '{{- if .Values.a }}', {
        'c/ci/test-values.yaml': 'a: true\n',
        'c/other.yaml': 'a: true\n',
      }),
    ).toEqual([]);
  });

  it('a template outside a chart is undecided', () => {
    const findings = findingsInFiles({ 'templates/pod.yaml': CHART_TEMPLATE('{{- if .Values.a }}') });
    expect(findings.map((f) => f.level)).toEqual(['warning']);
  });
});

describe('the evaluator', () => {
  const values: TValue = {
    kind: 'map',
    entries: new Map<string, TValue>([
      ['a', { kind: 'bool', value: true }],
      ['s', { kind: 'string', value: 'x' }],
    ]),
  };
  const root: TValue = { kind: 'map', entries: new Map([['Values', values]]) };
  const go = (text: string) => truthOf(evalGo(text, { dot: root, root }));
  const jinja = (text: string) => truthOf(evalJinja(text, values));

  it.each([
    ['.Values.a', true],
    ['not .Values.a', false],
    ['and .Values.a .Values.missing', false],
    ['and .Values.missing (include "x" .)', false],
    ['or (include "x" .) .Values.a', undefined],
    ['eq .Values.s "x" "y"', true],
    ['.Values.a | not', false],
    ['$v := .Values.a', true],
    ['$v = .Values.a', undefined],
    ['len .Values', true],
    ['', undefined],
  ])('go %s', (text, expected) => {
    expect(go(text)).toBe(expected);
  });

  it.each([
    ['a', true],
    ['not a', false],
    ['a and missing is defined', false],
    ['missing', undefined],
    ['missing | default(false)', false],
    ["s == 'x'", true],
    ["'x' in ['x', 'y']", true],
    ['s | bool', false],
    ['lookup("file", "x")', undefined],
    ['(a or missing) and not (s != "x")', true],
  ])('jinja %s', (text, expected) => {
    expect(jinja(text)).toBe(expected);
  });

  it('is bounded on deep nesting and long input', () => {
    const deep = `${'('.repeat(10_000)}.Values.a${')'.repeat(10_000)}`;
    const started = Date.now();
    expect(go(deep)).toBe(undefined);
    expect(jinja(`${'not '.repeat(50_000)}a`)).toBe(undefined);
    expect(go(`and ${'.Values.a '.repeat(100_000)}`)).toBe(undefined);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('finds the branches of 5,000 nested ifs in linear time', () => {
    const text = `${'{{ if .Values.a }}\n'.repeat(5_000)}x: 1\n${'{{ end }}\n'.repeat(5_000)}`;
    const started = Date.now();
    const info = analyseTemplate(text);
    expect(info && branchesAt(info, 5_001).length).toBe(5_000);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a huge values file is read once per chart', () => {
    const big = Array.from({ length: 20_000 }, (_, i) => `k${i}: ${i}`).join('\n');
    const started = Date.now();
    expect(chart(`${big}\na: true\n`, '{{- if .Values.a }}')).toEqual([[P, 12, 'error']]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
