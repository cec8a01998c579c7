import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHelmValuesFile } from '../../src/load/template.js';
import type { Diagnostic } from '../../src/model.js';
import { scan } from '../../src/scan.js';
import { FIXTURES, findingsInFixture } from '../support/fixtures.js';
import { findingsIn, findingsInFiles, where } from '../support/scan-text.js';

const A = 'etcd-auto-tls';
const P = 'etcd-peer-auto-tls';

describe('Helm templates: literal settings, and conditional ones as warnings when nothing decides them', () => {
  // fixtures/helm is not a chart (no values.yaml, no Chart.yaml): conditions are undecided.
  const levels = (file: string) =>
    findingsInFixture(file).map((f) => [f.ruleId, f.span.startLine, f.span.startColumn, f.level]);
  it.each([
    // `- --auto-tls=true` written literally; the `{{- if }}` peer flag is undecided.
    {
      file: 'helm/templates/args-literal.yaml',
      expected: [
        [A, 18, 15, 'error'],
        [P, 21, 15, 'warning'],
      ],
    },
    // `ETCD_PEER_AUTO_TLS: "true"` written literally; `ETCD_AUTO_TLS` sits in an `{{- if }}` block.
    {
      file: 'helm/templates/env-literal.yaml',
      expected: [
        [P, 13, 15, 'error'],
        [A, 16, 15, 'warning'],
      ],
    },
    // Values from template expressions are unknown; the flag inside `with`/`if` is undecided.
    { file: 'helm/templates/conditional.yaml', expected: [[P, 16, 15, 'warning']] },
  ])('$file', ({ file, expected }) => {
    expect(levels(file)).toEqual(expected);
  });

  it('names a templated object as written and treats a templated argument as unknown', () => {
    const [finding] = findingsInFixture('helm/templates/args-literal.yaml');
    expect(finding?.subject).toBe('StatefulSet {{ include "etcd.fullname" . }}, container etcd');
    // `- {{ . }}` and `--listen-client-urls=https://{{ .Values.host }}:2379` may expand to anything:
    // no "is not a valid flag" start-up problem is invented for them.
    expect(finding?.message).not.toContain('will not start');
  });

  const pod = (lines: string) => `apiVersion: v1
kind: Pod
metadata:
  name: {{ .Release.Name }}
spec:
  containers:
    - name: etcd
      command:
        - etcd
${lines}`;

  it.each([
    {
      name: 'a literal flag',
      lines: '        - --peer-auto-tls\n',
      expected: [{ rule: P, line: 10, column: 11 }],
    },
    {
      name: 'a literal flag after a placeholder value',
      lines: '        - --name={{ .Values.name }}\n        - --auto-tls=true\n',
      expected: [{ rule: A, line: 11, column: 11 }],
    },
    { name: 'a templated value', lines: '        - --auto-tls={{ .Values.autoTls }}\n', expected: [] },
    {
      name: 'a quoted templated value',
      lines: '        - "--auto-tls={{ .Values.autoTls }}"\n',
      expected: [],
    },
    {
      name: 'a flag under if (undecided: a warning)',
      lines: '        {{- if .Values.tls }}\n        - --auto-tls=true\n        {{- end }}\n',
      expected: [{ rule: A, line: 11, column: 11 }],
    },
    {
      name: 'a flag under range (undecided: a warning)',
      lines: '        {{- range .Values.members }}\n        - --peer-auto-tls=true\n        {{- end }}\n',
      expected: [{ rule: P, line: 11, column: 11 }],
    },
    {
      name: 'a flag in an inline if',
      lines: '        - --auto-tls={{ if .Values.tls }}true{{ else }}false{{ end }}\n',
      expected: [],
    },
    {
      name: 'a flag after a closed block',
      lines:
        '        {{- if .Values.x }}\n        - --debug\n        {{- end }}\n        - --auto-tls=true\n',
      expected: [{ rule: A, line: 13, column: 11 }],
    },
  ])('$name', ({ lines, expected }) => {
    expect(where(findingsIn(pod(lines)))).toEqual(expected);
  });

  it('emits one partly-analysed notice per templated file, and none for plain YAML', async () => {
    const result = await scan({ base: path.join(FIXTURES, 'helm') });
    const notices = result.diagnostics.filter((d) => d.id === 'template-partly-analysed');
    expect(notices.map((d) => [d.level, d.file?.relPath])).toEqual([
      ['note', 'templates/args-literal.yaml'],
      ['note', 'templates/conditional.yaml'],
      ['note', 'templates/env-literal.yaml'],
    ]);
    expect(notices[0]?.message).toContain('template');
    expect(notices[0]?.message).toContain('values written by template expressions are unknown');
    expect(result.diagnostics.filter((d) => d.level !== 'note')).toEqual([]);
  });
});

describe('Helm values of the bitnami/etcd chart', () => {
  it.each([
    // auth.peer: secureTransport and useAutoTLS both true; the client side has useAutoTLS: false.
    { file: 'helm/values/production.yaml', expected: [{ rule: P, line: 14, column: 5 }] },
    // Under an umbrella chart's `etcd:` key; `yes` and the string "true" are true to the chart.
    {
      file: 'helm/values/umbrella.yaml',
      expected: [
        { rule: A, line: 9, column: 7 },
        { rule: P, line: 12, column: 7 },
      ],
    },
    // useAutoTLS without secureTransport renders nothing.
    { file: 'helm/values/defaults.yaml', expected: [] },
  ])('$file', ({ file, expected }) => {
    expect(where(findingsInFixture(file))).toEqual(expected);
  });

  it('names the value, what the chart renders and the fix', () => {
    const [finding] = findingsInFixture('helm/values/production.yaml');
    expect(finding?.span).toEqual({ startLine: 14, startColumn: 5, endLine: 14, endColumn: 21 });
    expect(finding?.subject).toBe('Helm values for the bitnami/etcd chart');
    expect(finding?.message).toContain(
      '`auth.peer.useAutoTLS: true` makes the bitnami/etcd chart set `ETCD_PEER_AUTO_TLS=true`',
    );
    expect(finding?.fix).toContain('set `auth.peer.useAutoTLS: false`');
    const umbrella = findingsInFixture('helm/values/umbrella.yaml');
    expect(umbrella[0]?.message).toContain(
      '`etcd.auth.client.useAutoTLS: "true"` makes the bitnami/etcd chart',
    );
    expect(umbrella[1]?.fix).toContain('set `etcd.auth.peer.useAutoTLS: false`');
  });

  const values = (secureTransport: string, useAutoTLS: string) =>
    `auth:\n  client:\n    secureTransport: ${secureTransport}\n    useAutoTLS: ${useAutoTLS}\n`;

  // Go templates: false, 0, nil and "" are false; any other value, the string "false" included, is true.
  it.each([
    { secure: 'true', auto: 'true', found: true },
    { secure: 'true', auto: '"false"', found: true },
    { secure: '"false"', auto: 'true', found: true },
    { secure: "'no'", auto: 'on', found: true },
    { secure: '1', auto: 'Yes', found: true },
    { secure: '[tls]', auto: '{a: 1}', found: true },
    { secure: 'true', auto: 'false', found: false },
    { secure: 'false', auto: 'true', found: false },
    { secure: 'no', auto: 'true', found: false },
    { secure: 'true', auto: '0', found: false },
    { secure: 'true', auto: '0.0', found: false },
    { secure: 'true', auto: '""', found: false },
    { secure: 'true', auto: 'null', found: false },
    { secure: 'true', auto: '~', found: false },
    { secure: 'true', auto: '', found: false },
    { secure: 'true', auto: '[]', found: false },
    { secure: 'Off', auto: 'true', found: false },
  ])('secureTransport: $secure, useAutoTLS: $auto', ({ secure, auto, found }) => {
    expect(where(findingsIn(values(secure, auto)))).toEqual(found ? [{ rule: A, line: 4, column: 5 }] : []);
  });

  it.each([
    { name: 'a Kubernetes object', text: `apiVersion: v1\nkind: ConfigMap\n${values('true', 'true')}` },
    { name: 'another umbrella key', text: `mydb:\n  ${values('true', 'true').replace(/\n/g, '\n  ')}` },
    { name: 'auth that is not a map', text: 'auth: true\n' },
  ])('ignores $name', ({ text }) => {
    expect(findingsIn(text)).toEqual([]);
  });
});

describe('Helm values files are plain YAML, whatever `{{` they hold', () => {
  // Chart docs in comments and `tpl` strings: Helm never renders a values file.
  const documented = `## Extra variables, e.g.:
##   - name: FOO
##     value: "{{ .Values.foo }}"
## {{- if .Values.auth.peer.secureTransport }} is how the template reads it
auth:
  peer:
    secureTransport: true
    useAutoTLS: true
extraEnvVars: "{{ .Values.foo }}"
`;

  it.each(['values.yaml', 'chart/values-prod.yaml', 'etcd-values.yml', 'env/prod.values.yaml'])(
    '%s: a commented {{- if }} does not hide the setting below it, and no template notice',
    (relPath) => {
      const diagnostics: Diagnostic[] = [];
      expect(where(findingsInFiles({ [relPath]: documented }, diagnostics))).toEqual([
        { rule: P, line: 8, column: 5 },
      ]);
      expect(diagnostics).toEqual([]);
    },
  );

  it('a file named values.yaml under templates/ is still a template: the setting is under an undecided `if`', () => {
    const findings = findingsInFiles({ 'chart/templates/values.yaml': documented });
    expect(findings.map((f) => [f.span.startLine, f.level])).toEqual([[8, 'warning']]);
  });

  it.each([
    ['values.yaml', true],
    ['charts/etcd/values.yaml', true],
    ['values-production.yaml', true],
    ['etcd_values.yml', true],
    ['prod.values.yaml', true],
    ['values.schema.json', false],
    ['charts/etcd/templates/values.yaml', false],
    ['templates/etcd-values.yaml', false],
    ['valuesfile.yaml', false],
    ['statefulset.yaml', false],
  ])('isHelmValuesFile(%s) is %s', (relPath, expected) => {
    expect(isHelmValuesFile(relPath)).toBe(expected);
  });
});
