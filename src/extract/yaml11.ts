// How go-yaml v2 (YAML 1.1), which etcd's config loader (sigs.k8s.io/yaml) and Helm use, reads a
// plain scalar: `yes`/`on`/`y` are booleans, `~` is null, `0x1F` and `017` are numbers.

import type { Node } from 'yaml';
import { isScalar, Scalar } from 'yaml';
import { parseGoBool } from '../etcd/go-flags.js';
import type { GoBool } from '../model.js';

const TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);
const NULL = new Set(['', '~', 'null', 'Null', 'NULL']);

export type Yaml11Value =
  | { kind: 'bool'; value: boolean }
  | { kind: 'null' }
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string };

/** A plain scalar's source as go-yaml v2 types it. */
export function yaml11Plain(source: string): Yaml11Value {
  if (TRUE.has(source)) return { kind: 'bool', value: true };
  if (FALSE.has(source)) return { kind: 'bool', value: false };
  if (NULL.has(source)) return { kind: 'null' };
  const number = yaml11Number(source);
  return number === undefined ? { kind: 'string', value: source } : { kind: 'number', value: number };
}

/** go-yaml v2 integers (decimal, 0x, 0b, leading-0 octal, `_` separators) and floats. */
function yaml11Number(source: string): number | undefined {
  const s = source.replace(/_/g, '');
  if (/^[-+]?0b[01]+$/.test(s)) return Number.parseInt(s.replace('0b', ''), 2);
  if (/^[-+]?0x[0-9a-fA-F]+$/.test(s)) return Number.parseInt(s, 16);
  if (/^[-+]?0[0-7]+$/.test(s)) return Number.parseInt(s, 8);
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(s)) return Number(s);
  if (/^[-+]?\.(inf|Inf|INF)$/.test(s)) return Number.POSITIVE_INFINITY;
  if (/^\.(nan|NaN|NAN)$/.test(s)) return Number.NaN;
  return undefined;
}

/**
 * How etcd decodes a config-file value into a Go bool: YAML 1.1 plain booleans; null (or no value)
 * leaves it false; a quoted string or a number is a type error and etcd will not start (the
 * writer's evident intent is kept for messages).
 */
export function yaml11Bool(value: Node | null | undefined): GoBool {
  if (!isScalar(value) || value.value === null) return { kind: 'false' };
  const source = value.source ?? String(value.value);
  if (value.type === Scalar.PLAIN) {
    const typed = yaml11Plain(source);
    if (typed.kind === 'bool') return { kind: typed.value ? 'true' : 'false' };
    if (typed.kind === 'null') return { kind: 'false' };
  }
  const parsed = parseGoBool(String(value.value));
  return {
    kind: 'invalid',
    meansTrue: parsed.kind === 'true' || (parsed.kind === 'invalid' && parsed.meansTrue),
  };
}
