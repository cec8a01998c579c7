import type { Node, Pair } from 'yaml';
import { isMap, isScalar, isSeq, Scalar } from 'yaml';
import { isHelmValuesFile } from '../load/template.js';
import type { EtcdConfig, Setting } from '../model.js';
import { bitnamiValuesConfigs, chartDefaultsExtractor } from './bitnami-values.js';
import type { YamlExtractor } from './extractor.js';
import type { YamlContext } from './yaml-context.js';
import { yaml11Plain } from './yaml11.js';

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
  extract(context, env) {
    const { nav } = context;
    const root = nav.map(context.root);
    if (!root || context.embedded) return [];
    // Kubernetes objects, kubeadm and the like have a kind; values files have none.
    if (nav.get(root, 'apiVersion') !== undefined || nav.get(root, 'kind') !== undefined) return [];
    // A values file of a chart directory known to be (or depend on) bitnami/etcd: the whole rendering.
    const chart = isHelmValuesFile(context.fileRef.relPath) ? bitnamiValuesConfigs(context, env) : undefined;
    if (chart) return chart;
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
  const authPair = nav.pair(values, 'auth');
  const auth = nav.map(authPair?.value);
  if (!auth || !authPair) return undefined;
  const env: Setting[] = [];
  for (const side of SIDES) {
    const sideMap = nav.map(nav.get(auth, side.key));
    const useAutoTls = nav.pair(sideMap, 'useAutoTLS');
    if (!sideMap || !useAutoTls) continue;
    if (!goTruthy(context, nav.get(sideMap, 'secureTransport'))) continue;
    if (!goTruthy(context, nav.resolve(useAutoTls.value))) continue;
    const key = `${prefix}auth.${side.key}.useAutoTLS`;
    env.push({
      name: side.flag,
      key,
      text: `${key}: ${sourceText(context, useAutoTls)}`,
      rawValue: 'true',
      origin: { kind: 'chart-value', chart: CHART, renders: side.renders },
      span: context.pairSpan(useAutoTls),
    });
  }
  if (env.length === 0) return undefined;
  // Variables and config the chart passes through (extraEnvVars*, configuration) may set anything.
  const reasons = OPEN_VALUES.filter((key) => goTruthy(context, nav.get(values, key))).map(
    (key) => `\`${prefix}${key}\` can set further etcd settings`,
  );
  return {
    file: context.fileRef,
    launcher: { kind: 'chart-values', chart: CHART },
    span: context.nodeSpan(authPair.key as Node),
    // Without the chart's identity only these explicit values are known, never a default.
    kind: 'fragment',
    completeness: reasons.length === 0 ? { complete: true } : { complete: false, reasons },
    flags: [],
    env,
    implied: [],
    startupProblems: [],
  };
}

/** Chart values whose content reaches etcd's environment or config unseen (templates/statefulset.yaml). */
const OPEN_VALUES = [
  'extraEnvVars',
  'extraEnvVarsCM',
  'extraEnvVarsSecret',
  'configuration',
  'existingConfigmap',
];

function sourceText(context: YamlContext, pair: Pair): string {
  const range = (pair.value as Node | null)?.range;
  if (!range) return 'true';
  const text = context.ownText.slice(range[0], range[1]).trim();
  return text.length > 0 && text.length <= 40 && !text.includes('\n') ? text : 'true';
}

/**
 * Go text/template truth of a value as Helm loads it: false, 0, nil, "" and empty maps or lists are
 * false; everything else is true, including the string "false" (a quoted `"false"` is a non-empty
 * string). A missing value is nil.
 */
function goTruthy(context: YamlContext, node: Node | undefined): boolean {
  if (node === undefined) return false;
  if (isMap(node) || isSeq(node)) return node.items.length > 0;
  if (!isScalar(node)) return false;
  if (node.type !== Scalar.PLAIN) return String(node.value ?? '').length > 0;
  const typed = yaml11Plain(plainSource(context, node));
  switch (typed.kind) {
    case 'bool':
      return typed.value;
    case 'null':
      return false;
    case 'number':
      return typed.value !== 0;
    case 'string':
      return typed.value.length > 0;
  }
}

function plainSource(context: YamlContext, node: Scalar): string {
  if (typeof node.source === 'string') return node.source;
  const range = node.range;
  if (range) return context.ownText.slice(range[0], range[1]).trim();
  return node.value === null || node.value === undefined ? '' : String(node.value);
}

/** Umbrella charts that depend on bitnami/etcd and leave its values at the chart's defaults. */
export const helmChartExtractor: YamlExtractor = chartDefaultsExtractor;
