import type { Node, Pair } from 'yaml';
import { isMap, isScalar, isSeq, Scalar } from 'yaml';
import type { EtcdConfig, Setting } from '../model.js';
import type { YamlContext, YamlExtractor } from './extractor.js';

const CHART = 'bitnami/etcd';

/** The chart's two sides: the value map under `auth`, the etcd flag and the variable it renders. */
const SIDES = [
  { key: 'client', flag: 'auto-tls', renders: 'ETCD_AUTO_TLS=true' },
  { key: 'peer', flag: 'peer-auto-tls', renders: 'ETCD_PEER_AUTO_TLS=true' },
] as const;

/**
 * Values files of the Bitnami etcd chart (`bitnami/etcd/templates/statefulset.yaml`): the chart
 * renders `ETCD_AUTO_TLS: "true"` (client) or `ETCD_PEER_AUTO_TLS: "true"` (peer), and no
 * certificate files for that side, only when both `auth.<side>.secureTransport` and
 * `auth.<side>.useAutoTLS` are true in Go template terms. The values sit at the root of the file,
 * or under `etcd:` in an umbrella chart that depends on the etcd chart.
 */
export const helmValuesExtractor: YamlExtractor = {
  id: 'helm-values',
  extract(context) {
    const { nav } = context;
    const root = nav.map(context.root);
    if (!root || context.embedded) return [];
    // Kubernetes objects, kubeadm and the like have a kind; values files have none.
    if (nav.get(root, 'apiVersion') !== undefined || nav.get(root, 'kind') !== undefined) return [];
    const configs: EtcdConfig[] = [];
    for (const prefix of ['', 'etcd.']) {
      const values = prefix === '' ? root : nav.map(nav.get(root, 'etcd'));
      const config = valuesConfig(context, values, prefix);
      if (config) configs.push(config);
    }
    return configs;
  },
};

function valuesConfig(
  context: YamlContext,
  values: Node | undefined,
  prefix: string,
): EtcdConfig | undefined {
  const { nav } = context;
  const auth = nav.map(nav.get(values, 'auth'));
  if (!auth) return undefined;
  const env: Setting[] = [];
  for (const side of SIDES) {
    const sideMap = nav.map(nav.get(auth, side.key));
    const useAutoTls = nav.pair(sideMap, 'useAutoTLS');
    if (!sideMap || !useAutoTls) continue;
    if (!goTruthy(context, nav.get(sideMap, 'secureTransport'))) continue;
    if (!goTruthy(context, nav.resolve(useAutoTls.value))) continue;
    env.push({
      name: side.flag,
      text: `${prefix}auth.${side.key}.useAutoTLS: ${sourceText(context, useAutoTls)}`,
      rawValue: 'true',
      origin: { kind: 'chart-value', chart: CHART, renders: side.renders },
      span: context.pairSpan(useAutoTls),
    });
  }
  if (env.length === 0) return undefined;
  return {
    file: context.fileRef,
    launcher: { kind: 'chart-values', chart: CHART },
    flags: [],
    env,
    impliedFlags: [],
    startupProblems: [],
  };
}

function sourceText(context: YamlContext, pair: Pair): string {
  const range = (pair.value as Node | null)?.range;
  if (!range) return 'true';
  const text = context.ownText.slice(range[0], range[1]).trim();
  return text.length > 0 && text.length <= 40 && !text.includes('\n') ? text : 'true';
}

/** Plain scalars as Helm reads values (sigs.k8s.io/yaml, go-yaml v2: YAML 1.1 booleans and nulls). */
const YAML11_TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const YAML11_FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);
const YAML11_NULL = new Set(['', '~', 'null', 'Null', 'NULL']);

/**
 * Go text/template truth of a value as Helm loads it: false, 0, nil, "" and empty maps or lists are
 * false; everything else is true, including the string "false" (a quoted `"false"` is a non-empty
 * string). A missing value is nil.
 */
export function goTruthy(context: YamlContext, node: Node | undefined): boolean {
  if (node === undefined) return false;
  if (isMap(node) || isSeq(node)) return node.items.length > 0;
  if (!isScalar(node)) return false;
  if (node.type !== Scalar.PLAIN) return String(node.value ?? '').length > 0;
  const source = plainSource(context, node);
  if (YAML11_TRUE.has(source)) return true;
  if (YAML11_FALSE.has(source) || YAML11_NULL.has(source)) return false;
  const number = yaml11Number(source);
  if (number !== undefined) return number !== 0;
  return source.length > 0;
}

function plainSource(context: YamlContext, node: Scalar): string {
  if (typeof node.source === 'string') return node.source;
  const range = node.range;
  if (range) return context.ownText.slice(range[0], range[1]).trim();
  return node.value === null || node.value === undefined ? '' : String(node.value);
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
