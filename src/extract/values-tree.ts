// Helm values as a chart's templates see them, with where each value is written: a YAML document (a
// values file, an Argo CD `values` string or `valuesObject`, a Flux `spec.values`, a helmfile
// release's inline values) becomes template values (template-eval.ts) whose origins are its
// `key: value` entries, so that a setting a value renders is reported at that entry, and a map's
// origin is its key (where a finding about a value left to the chart's default is anchored).
// Scalars are typed as go-yaml v2 (YAML 1.1) types them: Helm's loader and sigs.k8s.io/yaml do.

import type { Node } from 'yaml';
import { isMap, isScalar, isSeq, Scalar } from 'yaml';
import { parseEmbeddedDocuments } from '../load/yaml-parse.js';
import type { Span } from '../model.js';
import type { TValue, ValueOrigin } from './template-eval.js';
import { YamlContext } from './yaml-context.js';
import { yaml11Plain } from './yaml11.js';

export interface ValuesOptions {
  /** The node's path in the values (`etcd` for an umbrella chart's subchart values); default none. */
  path?: string;
  /** The key the node is written under, whose span is the map's origin. */
  key?: Node;
  /**
   * A string value that is not a value but a placeholder a tool fills in (an ApplicationSet's
   * `{{ }}` generator parameter, a helmfile `ref+vault://` secret): what it is, else undefined.
   */
  placeholder?: (value: string) => string | undefined;
  /** What a value written by a template action is called in messages (default: a template expression). */
  templated?: string;
}

/** Entries read per document at most, and nesting depth: beyond them a value is unknown. */
const MAX_ENTRIES = 200_000;
const MAX_DEPTH = 256;

/** A YAML node as Helm values, each entry with where it is written. */
export function yamlValues(
  context: YamlContext,
  node: Node | null | undefined,
  options: ValuesOptions = {},
): TValue {
  let budget = MAX_ENTRIES;
  const { nav } = context;
  const templated = options.templated ?? 'a template expression';
  const convert = (
    raw: Node | null | undefined,
    path: string,
    entry: { span: Span } | undefined,
    depth: number,
  ): TValue => {
    const resolved = nav.resolve(raw);
    if (!resolved || depth > MAX_DEPTH || --budget < 0) return { kind: 'unknown', why: 'too large to read' };
    if (isMap(resolved)) {
      const entries = new Map<string, TValue>();
      for (const pair of nav.pairs(resolved)) {
        const key = nav.keyText(pair);
        // `auth: {{ .auth }}` parses as a map keyed by a map: a placeholder for a whole map.
        const placeholder = options.placeholder?.(key ?? '{{');
        if (placeholder)
          return {
            kind: 'unknown',
            why: placeholder,
            at: origin(entry?.span ?? context.nodeSpan(resolved), path),
          };
        if (key === undefined) continue;
        const child = path ? `${path}.${key}` : key;
        const value = nav.resolve(pair.value);
        // A map is anchored at its key, a scalar or list at its whole `key: value` entry.
        const span =
          isMap(value) || isSeq(value) ? context.nodeSpan(pair.key as Node) : context.pairSpan(pair);
        entries.set(key, convert(pair.value as Node | null, child, { span }, depth + 1));
      }
      return { kind: 'map', entries, ...(entry ? { at: origin(entry.span, path) } : {}) };
    }
    if (isSeq(resolved)) {
      const items = nav
        .items(resolved)
        .map((item) => convert(item, `${path}[]`, { span: context.nodeSpan(item) }, depth + 1));
      return { kind: 'list', items, ...(entry ? { at: origin(entry.span, path) } : {}) };
    }
    if (!isScalar(resolved)) return { kind: 'unknown', why: 'not a value' };
    const source = scalarSource(context, resolved);
    const templatedNode = context.isTemplated(resolved);
    // A template action is shown as written, not as the blanks it was parsed as.
    const written = templatedNode ? context.sourceText(resolved).trim() : source;
    const at: ValueOrigin = {
      ...origin(entry?.span ?? context.nodeSpan(resolved), `${path}: ${shown(written)}`),
      ...(typeof resolved.value === 'string'
        ? { locate: (from: number, to: number) => context.valueSpan(resolved, from, to) }
        : {}),
    };
    if (templatedNode) return { kind: 'unknown', why: templated, at };
    if (resolved.type !== Scalar.PLAIN) {
      const value = String(resolved.value ?? '');
      const placeholder = options.placeholder?.(value);
      return placeholder ? { kind: 'unknown', why: placeholder, at } : { kind: 'string', value, at };
    }
    const placeholder = options.placeholder?.(source);
    if (placeholder) return { kind: 'unknown', why: placeholder, at };
    const typed = yaml11Plain(source);
    return typed.kind === 'null' ? { kind: 'nil', at } : { ...typed, at };
  };
  const keySpan = options.key ? { span: context.nodeSpan(options.key) } : undefined;
  return convert(node, options.path ?? '', keySpan, 0);

  function origin(span: Span, text: string): ValueOrigin {
    return { file: context.fileRef, span, text };
  }
}

/** A plain scalar's text as written (a template action shown blanked), for typing and messages. */
function scalarSource(context: YamlContext, node: Scalar): string {
  if (typeof node.source === 'string') return node.source;
  const range = node.range;
  if (range) return context.ownText.slice(range[0], range[1]).trim();
  return node.value === null || node.value === undefined ? '' : String(node.value);
}

/** A value as messages show it: its first line, at most 60 characters. */
function shown(source: string): string {
  const line = source.split('\n', 1)[0] ?? source;
  return line.length > 60 ? `${line.slice(0, 60)}...` : line;
}

/** The value at a path of keys: undefined when a closed map has no such key (the chart's default). */
export function valueAt(values: TValue | undefined, path: readonly string[]): TValue | undefined {
  let current = values;
  for (const key of path) {
    if (current === undefined) return undefined;
    if (current.kind === 'unknown') return current;
    if (current.kind !== 'map') return undefined;
    const next: TValue | undefined = current.entries.get(key);
    current = next ?? (current.open === undefined ? undefined : { kind: 'unknown', why: current.open });
  }
  return current;
}

/** A scalar's text as a Go template prints it (`{{ .Values.x }}`), undefined for anything else. */
export function scalarText(value: TValue | undefined): string | undefined {
  if (!value) return undefined;
  switch (value.kind) {
    case 'string':
      return value.value;
    case 'number':
    case 'bool':
      return String(value.value);
    case 'nil':
      return '';
    default:
      return undefined;
  }
}

/** Where a value is written, when it is (a value from a layer this scan reads). */
export function originOf(value: TValue | undefined): ValueOrigin | undefined {
  return value && value.kind !== 'undefined' ? value.at : undefined;
}

/**
 * Values written as a YAML string (Argo CD's `helm.values`, a ConfigMap's `values.yaml` key): its
 * first document (Helm's and sigs.k8s.io/yaml's Unmarshal read one), with spans in the outer file.
 * Undefined when it does not parse (Helm refuses it); an empty string is no values.
 */
export function stringValues(
  context: YamlContext,
  node: Node,
  where: string,
  options: ValuesOptions = {},
): TValue | undefined {
  const text = context.nav.text(node);
  if (text === undefined) return undefined;
  if (text.trim() === '') return { kind: 'map', entries: new Map() };
  const map = context.scalarMap(node);
  const doc = parseEmbeddedDocuments(text)[0];
  if (!doc || !map) return undefined;
  const embedded = new YamlContext(context.file, doc, { text, map, where, fallback: context.nodeSpan(node) });
  if (doc.contents === null) return { kind: 'map', entries: new Map() };
  const values = yamlValues(embedded, doc.contents as Node | null, options);
  if (values.kind === 'nil') return { kind: 'map', entries: new Map() };
  return values.kind === 'map' || values.kind === 'unknown' ? values : undefined;
}
