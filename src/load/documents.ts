// Documents of a YAML stream that cannot configure etcd are not parsed: only the ranges of text
// holding documents that can are handed to the parser (and their node offsets shifted back), so a
// file that names etcd once in a 20,000-document stream, or a CustomResourceDefinition whose schema
// mentions etcd in prose, costs about what reading it costs.

import { ETCD_CONFIG_KEYS } from '../etcd/settings.js';
import { markerOffsets } from './bounds.js';
import { mayConfigureEtcd, mentionsConfigMap, mentionsRelease } from './prefilter.js';

/** [start, end) of text to parse. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * The ranges of the text that hold documents worth parsing: not those the prefilter would drop as a
 * file (no etcd token, no ConfigMap, no GitOps release or Flux source), nor CustomResourceDefinitions (schemas: never a process, a
 * ConfigMap or a kustomize target of ours). Adjacent documents form one range; each range starts at
 * a document's marker line (or the start of the text), so it parses as the same documents.
 */
export function relevantRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  const add = (start: number, end: number) => {
    if (!matters(text.slice(start, end))) return;
    const previous = ranges[ranges.length - 1];
    if (previous && previous.end === start) previous.end = end;
    else ranges.push({ start, end });
  };
  // One document at a time, without a list of them: a stream may hold millions.
  let start = 0;
  for (const at of markerOffsets(text, 0, text.length)) {
    add(start, at);
    start = at;
  }
  add(start, text.length);
  return ranges;
}

function matters(body: string): boolean {
  // A release's Flux source (a HelmRepository beside its HelmRelease) need not name etcd.
  if (!mayConfigureEtcd(body) && !mentionsConfigMap(body) && !mentionsRelease(body)) return false;
  const topLevel = topLevelLines(body);
  if (topLevel && (isCustomResourceDefinition(topLevel) || isApiDescription(topLevel))) return false;
  const json = jsonKeys(body);
  return json === undefined || json.some(isStructuralKey);
}

/**
 * Keys that a document needs for any extractor to read it: a Kubernetes object, a JSON 6902 patch,
 * a Compose file, and any key that names etcd or one of its settings (an `etcd:` section, an
 * `ETCD_*` variable, `listen-client-urls`, the transport-security blocks, Bitnami's
 * `secureTransport`...), or an etcd config file's own keys (ETCD_CONFIG_KEYS).
 */
const STRUCTURAL_KEYS = new Set(['apiVersion', 'kind', 'op', 'services', ...ETCD_CONFIG_KEYS]);

function isStructuralKey(key: string): boolean {
  return STRUCTURAL_KEYS.has(key) || key.includes('\\') || mayConfigureEtcd(key) || mentionsConfigMap(key);
}

/**
 * The object keys of a strict JSON document (a search index, a JSON Schema, an API dump), or
 * undefined when the text is not strict JSON (YAML flow syntax allows unquoted keys, comments,
 * anchors...), which is then judged by its tokens alone. A JSON Schema is a schema, never
 * configuration: no keys. One pass, no allocation but the keys.
 */
function jsonKeys(text: string): string[] | undefined {
  let i = 0;
  while (i < text.length && JSON_BLANK.includes(text[i] as string)) i++;
  const first = text[i];
  if (first !== '{' && first !== '[') return undefined;
  const keys: string[] = [];
  const rootKeys = new Set<string>();
  let depth = 0;
  for (; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') {
      const end = stringEnd(text, i);
      if (end < 0) return undefined;
      let j = end + 1;
      while (j < text.length && JSON_BLANK.includes(text[j] as string)) j++;
      if (text[j] === ':') {
        const key = text.slice(i + 1, end);
        if (depth === 1) rootKeys.add(key);
        keys.push(key);
      }
      i = end;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    else if (!JSON_OUTSIDE_STRINGS.includes(c)) return undefined;
  }
  return isJsonSchema(rootKeys) ? [] : keys;
}

/**
 * A JSON Schema document (Helm's `values.schema.json`, a config schema), or an OpenAPI/Swagger
 * description, by its top-level keys.
 */
function isJsonSchema(rootKeys: ReadonlySet<string>): boolean {
  if (rootKeys.has('apiVersion') || rootKeys.has('kind')) return false;
  return (
    rootKeys.has('$schema') || (rootKeys.has('type') && rootKeys.has('properties')) || isOpenApiRoot(rootKeys)
  );
}

/**
 * The fields of an OpenAPI (3.x) or Swagger (2.0) description's root object, and its extensions
 * (`x-...`). A document whose top level holds only these, `swagger` or `openapi` among them,
 * describes an API (Kubernetes' own `swagger.json` mentions etcd throughout): no form of ours
 * reads a document without a key outside this set (`kind`, `apiVersion`, `services`, `etcd`, an
 * etcd config file's keys...).
 */
const OPENAPI_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'swagger',
  'openapi',
  'info',
  'host',
  'basePath',
  'schemes',
  'consumes',
  'produces',
  'paths',
  'definitions',
  'parameters',
  'responses',
  'securityDefinitions',
  'security',
  'tags',
  'externalDocs',
  'servers',
  'components',
  'webhooks',
  'jsonSchemaDialect',
]);

function isOpenApiRoot(rootKeys: Iterable<string>): boolean {
  let named = false;
  for (const key of rootKeys) {
    if (!OPENAPI_ROOT_FIELDS.has(key) && !key.startsWith('x-')) return false;
    if (key === 'swagger' || key === 'openapi') named = true;
  }
  return named;
}

/** A block-style OpenAPI/Swagger description: each top-level key an OpenAPI root field (isOpenApiRoot). */
function isApiDescription(topLevel: readonly string[]): boolean {
  return isOpenApiRoot(topLevel.map((line) => line.slice(0, line.indexOf(':'))));
}

const JSON_BLANK = ' \t\r\n';
/** What strict JSON has outside strings: structure, blanks, numbers, true, false and null. */
const JSON_OUTSIDE_STRINGS = ' \t\r\n,:0123456789+-.eEtrufalsn';

/** The index of the quote closing the string opened at `start`, or -1 when it runs off the text. */
function stringEnd(text: string, start: number): number {
  for (let j = start + 1; j < text.length; j++) {
    const c = text[j];
    if (c === '\\') j++;
    else if (c === '"') return j;
    else if (c === '\n') return -1;
  }
  return -1;
}

/** A top-level key line of a block mapping: a plain key at column 0 (`apiVersion: v1`). */
const TOP_LEVEL_LINE = /^[^ \t\r\n#][^\r\n]*/gm;
const PLAIN_KEY = /^[A-Za-z][A-Za-z0-9_.-]*:(?:[ \t]|$)/;
const CRD_KIND = /^kind:[ \t]*CustomResourceDefinition[ \t]*$/;

/**
 * The top-level lines of a block-style document when every one is a plain `key: value` line;
 * undefined when anything at the top level is unusual (a quoted or explicit key, a flow mapping, a
 * tag): such a document is judged by its tokens alone, since an unusual key may be a `kind`.
 */
function topLevelLines(body: string): string[] | undefined {
  const lines: string[] = [];
  for (const match of body.matchAll(TOP_LEVEL_LINE)) {
    const line = match[0].trimEnd();
    if (line === '---' || line === '...') continue;
    if (!PLAIN_KEY.test(line)) return undefined;
    lines.push(line);
  }
  return lines;
}

/**
 * One of its top-level lines `kind: CustomResourceDefinition` and no other `kind` (a second `kind`
 * would decide what the object is).
 */
function isCustomResourceDefinition(topLevel: readonly string[]): boolean {
  const kinds = topLevel.filter((line) => line.startsWith('kind:'));
  return kinds.length === 1 && CRD_KIND.test(kinds[0] as string);
}
