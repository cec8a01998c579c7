import { describe, expect, it } from 'vitest';
import { relevantRanges } from '../../src/load/documents.js';
import { parseYaml } from '../../src/load/load.js';
import { findingsIn, where } from '../support/scan-text.js';

const CRD = (extra = '') =>
  `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n${extra}spec:\n  versions:\n  - name: v1\n    schema:\n      description: "etcd is mentioned here in prose"\n`;
const POD =
  'apiVersion: v1\nkind: Pod\nmetadata: {name: etcd}\nspec:\n  containers:\n  - name: etcd\n    command: [etcd, --auto-tls]\n';

describe('documents worth parsing in a YAML stream', () => {
  it('keeps every document that names etcd or a ConfigMap, and merges neighbours into one range', () => {
    const text = `a: 1\n---\n${POD}---\nkind: ConfigMap\n---\nb: 2\n`;
    const ranges = relevantRanges(text);
    expect(ranges.map(({ start, end }) => text.slice(start, end))).toEqual([
      `---\n${POD}---\nkind: ConfigMap\n`,
    ]);
  });

  it('skips a CustomResourceDefinition that mentions etcd only in its schema', () => {
    expect(relevantRanges(CRD())).toEqual([]);
    expect(relevantRanges(`${POD}---\n${CRD()}`)).toEqual([{ start: 0, end: POD.length }]);
  });

  it.each([
    ['a second kind decides the object', CRD('kind: Pod\n')],
    ['a quoted key may be a kind', CRD('"kind": Pod\n')],
    ['an explicit key may be a kind', CRD('? kind\n: Pod\n')],
    ['an escaped key may be a kind', CRD('"k\\x69nd": Pod\n')],
  ])('parses a CustomResourceDefinition-looking document when %s', (_name, text) => {
    expect(relevantRanges(text)).toEqual([{ start: 0, end: text.length }]);
  });

  const SWAGGER =
    '# The API.\nswagger: "2.0"\ninfo:\n  title: x\nx-logo: a\npaths:\n  /etcd:\n    get:\n      description: "etcd --auto-tls"\n';

  it('skips an OpenAPI or Swagger description that mentions etcd (YAML and JSON)', () => {
    expect(relevantRanges(SWAGGER)).toEqual([]);
    expect(relevantRanges(`openapi: 3.1.0\ncomponents:\n  schemas: {etcd: {}}\n`)).toEqual([]);
    const json = JSON.stringify({ swagger: '2.0', definitions: { etcd: { properties: { kind: {} } } } });
    expect(relevantRanges(json)).toEqual([]);
    expect(relevantRanges(`${POD}---\n${SWAGGER}`)).toEqual([{ start: 0, end: POD.length }]);
  });

  it.each([
    ['a kind beside it', `${SWAGGER}kind: Pod\n`],
    ['an etcd config file key beside it', `${SWAGGER}auto-tls: true\n`],
    ['a quoted key beside it', `${SWAGGER}"kind": Pod\n`],
    ['no swagger or openapi key', SWAGGER.replace('swagger: "2.0"\n', '')],
    ['a JSON etcd config key beside it', JSON.stringify({ swagger: '2.0', 'auto-tls': true, x: 'etcd' })],
  ])('parses an OpenAPI-looking document with %s', (_name, text) => {
    expect(relevantRanges(text)).toEqual([{ start: 0, end: text.length }]);
  });

  it.each([
    ['a search index of prose', JSON.stringify([{ title: 'etcd', body: 'run etcd --auto-tls', ref: '/x' }])],
    ['a JSON Schema', JSON.stringify({ $schema: 'x', properties: { etcd: { type: 'object' } } })],
    [
      'a Helm values.schema.json',
      JSON.stringify({ title: 'Values', type: 'object', properties: { etcd: {} } }),
    ],
  ])('skips %s, whose keys no extractor reads', (_name, text) => {
    expect(relevantRanges(text)).toEqual([]);
  });

  it.each([
    [
      'a JSON Kubernetes object',
      JSON.stringify({ apiVersion: 'v1', kind: 'Pod', spec: { containers: [{ command: ['etcd'] }] } }),
    ],
    ['a JSON etcd config file', JSON.stringify({ 'data-dir': '/var/lib/etcd', name: 'etcd0' })],
    ['JSON with an escaped key', '{"\\u006bind": "Pod", "x": "etcd"}'],
    ['YAML flow syntax with unquoted keys', '{kind: Pod, spec: {containers: [{command: [etcd]}]}}'],
    ['JSON-looking text with a comment', '{"a": "etcd"} # comment'],
  ])('parses %s', (_name, text) => {
    expect(relevantRanges(text)).toEqual([{ start: 0, end: text.length }]);
  });

  it('reports a finding after skipped documents at its exact line and column', () => {
    const text = `${'---\nkind: Service\nmetadata: {name: a}\n'.repeat(3)}---\n${POD}`;
    expect(where(findingsIn(text))).toEqual([{ rule: 'etcd-auto-tls', line: 17, column: 21 }]);
  });

  it('puts parse errors of a later document where parsing the whole stream puts them', () => {
    const file = { absPath: '/v/x.yaml', relPath: 'x.yaml' };
    const text = `kind: Service\n---\nkind: Pod # etcd --auto-tls\nspec: [unclosed\nmore: x\n`;
    const skipped = parseYaml(file, text, { skipIrrelevantDocuments: true }).diagnostics;
    const whole = parseYaml(file, text, { skipIrrelevantDocuments: false }).diagnostics;
    expect(skipped.map((d) => [d.id, d.span])).toEqual(whole.map((d) => [d.id, d.span]));
    expect(skipped).toHaveLength(1);
  });

  it('warns about a broken document only when it names an etcd setting, not etcd alone', () => {
    const file = { absPath: '/v/x.yaml', relPath: 'x.yaml' };
    const broken = (comment: string) => `kind: Pod # ${comment}\nspec: [unclosed\nmore: x\n`;
    expect(parseYaml(file, broken('etcd endpoint')).diagnostics).toEqual([]);
    expect(parseYaml(file, broken('etcd --peer-auto-tls')).diagnostics.map((d) => d.id)).toEqual([
      'parse-error',
    ]);
    expect(parseYaml(file, broken('ETCD_LISTEN_CLIENT_URLS')).diagnostics.map((d) => d.id)).toEqual([
      'parse-error',
    ]);
  });
});
