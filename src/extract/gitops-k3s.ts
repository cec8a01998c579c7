// Rancher/k3s (and RKE2) HelmCharts of Bitnami's etcd chart (k3s-io/helm-controller @ 21a911f8,
// pkg/controllers/chart/chart.go; k3s-io/klipper-helm @ 09c52422, entry; docs/forms/gitops.md):
// - the chart: `spec.chart` from `spec.repo` (the job adds the repository under the HelmChart's name
//   and installs `<name>/<chart>`), or an `oci://` reference; `spec.chartContent` (a packaged chart
//   inline) and `stable/...` are not read.
// - values: the job passes every file it mounts as `--values`, in the order of their names
//   (`/config/*.yaml`): the HelmChart's `valuesContent`, its `values`, its `valuesSecrets`, then
//   those of the HelmChartConfig of the same name and namespace (valuesSecretAddConfig); after all
//   files, `spec.set`, by key: `--set` for an integer, `true`, `false` or `null`, else
//   `--set-string` with its commas escaped (typedVal). Secrets are not read: a repository holds
//   them encrypted or not at all, so values from one leave the release open.

import type { Node } from 'yaml';
import type { EtcdConfig, RelatedLocation, Span } from '../model.js';
import type { ExtractEnv, YamlExtractor } from './extractor.js';
import { notUnderstood } from './gitops-argo.js';
import {
  type HelmRelease,
  isBitnamiEtcdReference,
  isBitnamiRepository,
  NO_VALUES,
  type ReleaseChart,
  releaseConfigs,
} from './helm-release.js';
import { applySet, SetError, type SetKind } from './helm-set.js';
import { kubernetesObjects } from './kubernetes-objects.js';
import { mergeValues } from './template-conditions.js';
import type { TValue } from './template-eval.js';
import { stringValues, yamlValues } from './values-tree.js';
import type { YamlContext } from './yaml-context.js';

const API_GROUP = 'helm.cattle.io/';

export const k3sHelmChartExtractor: YamlExtractor = {
  id: 'k3s-helmchart',
  extract(context, env) {
    if (!context.mayMention(API_GROUP)) return [];
    const { nav } = context;
    const configs: EtcdConfig[] = [];
    for (const object of kubernetesObjects(context)) {
      if (nav.text(nav.get(object, 'kind')) !== 'HelmChart') continue;
      if (!(nav.text(nav.get(object, 'apiVersion')) ?? '').startsWith(API_GROUP)) continue;
      const release = helmChartRelease(context, env, object);
      if (release) configs.push(...releaseConfigs(release, env));
    }
    return configs;
  },
};

function helmChartRelease(context: YamlContext, env: ExtractEnv, object: Node): HelmRelease | undefined {
  const { nav } = context;
  const metadata = nav.get(object, 'metadata');
  const namespace = nav.text(nav.get(metadata, 'namespace'));
  const objectName = nav.text(nav.get(metadata, 'name'));
  const name = `HelmChart ${[namespace, objectName ?? '(unnamed)'].filter(Boolean).join('/')}`;
  const spec = nav.get(object, 'spec');
  const found = chartOf(context, spec);
  if (!found) return undefined;
  const related: RelatedLocation[] = [];
  const refuse = (owner: string) => {
    notUnderstood(
      env,
      context,
      found.anchor,
      `the \`valuesContent\` of ${owner} does not parse as a YAML map`,
    );
    return undefined;
  };
  let values = valuesOf(context, spec, name);
  if (!values) return refuse(name);
  const config = objectName ? chartConfig(env, objectName, namespace, context.fileRef.relPath) : undefined;
  if (config) {
    const configName = `HelmChartConfig ${[namespace, objectName].filter(Boolean).join('/')}`;
    const layer = valuesOf(config.context, config.context.nav.get(config.object, 'spec'), configName);
    if (!layer) return refuse(configName);
    values = mergeValues(values, layer);
    related.push({
      file: config.context.fileRef,
      span: config.context.nodeSpan(config.object),
      message: `${configName} adds its values to ${name}`,
    });
  }
  try {
    values = setValues(context, nav.get(spec, 'set'), values);
  } catch (error) {
    if (!(error instanceof SetError)) throw error;
    notUnderstood(env, context, found.anchor, `Helm refuses a \`set\` entry of ${name}: ${error.message}`);
    return undefined;
  }
  return {
    name,
    file: context.fileRef,
    chart: found.chart,
    anchor: found.anchor,
    values,
    reasons: [],
    related,
  };
}

/** Bitnami's etcd chart, by `spec.chart` and `spec.repo`; undefined for any other chart. */
function chartOf(
  context: YamlContext,
  spec: Node | undefined,
): { chart: ReleaseChart; anchor: Span } | undefined {
  const { nav } = context;
  if (nav.text(nav.get(spec, 'chartContent'))) return undefined;
  const chartPair = nav.pair(spec, 'chart');
  const chartNode = chartPair ? nav.resolve(chartPair.value) : undefined;
  const chart = nav.text(chartNode)?.trim();
  if (!chartNode || !chart || context.isTemplated(chartNode)) return undefined;
  const repo = nav.text(nav.get(spec, 'repo'))?.trim();
  const bitnami = repo ? chart === 'etcd' && isBitnamiRepository(repo) : isBitnamiEtcdReference(chart);
  if (!bitnami) return undefined;
  const version = nav.text(nav.get(spec, 'version'))?.trim();
  return {
    chart: { kind: 'bitnami-etcd', ...(version ? { version } : {}) },
    anchor: context.nodeSpan(chartNode),
  };
}

/** A HelmChart's or HelmChartConfig's values files in the job's order; undefined when `valuesContent` is no map. */
function valuesOf(context: YamlContext, spec: Node | undefined, owner: string): TValue | undefined {
  const { nav } = context;
  let values: TValue = NO_VALUES;
  const content = nav.get(spec, 'valuesContent');
  if (content) {
    const layer = stringValues(context, content, `the valuesContent of ${owner}`);
    if (!layer) return undefined;
    values = mergeValues(values, layer);
  }
  const structured = nav.get(spec, 'values');
  if (structured && nav.map(structured)) values = mergeValues(values, yamlValues(context, structured));
  if (nav.items(nav.get(spec, 'valuesSecrets')).length > 0)
    values = mergeValues(values, {
      kind: 'unknown',
      why: `the \`valuesSecrets\` of ${owner} (Secrets are not read)`,
    });
  return values;
}

/** The HelmChartConfig of the same name and namespace, when the scan holds it. */
function chartConfig(
  env: ExtractEnv,
  name: string,
  namespace: string | undefined,
  nearPath: string,
): { context: YamlContext; object: Node } | undefined {
  const entry = env.index.object('HelmChartConfig', name, namespace, nearPath);
  if (!entry) return undefined;
  const apiVersion = entry.context.nav.text(entry.context.nav.get(entry.object, 'apiVersion')) ?? '';
  return apiVersion.startsWith(API_GROUP) ? { context: entry.context, object: entry.object } : undefined;
}

/** `spec.set` as the job's arguments: by key, every `--set` before every `--set-string` (Helm's order). */
function setValues(context: YamlContext, set: Node | undefined, base: TValue): TValue {
  const { nav } = context;
  const entries = nav
    .pairs(set)
    .map((pair) => ({ pair, key: nav.text(pair.key as Node) ?? '' }))
    .filter(({ key }) => key !== '')
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let values = base;
  const kinds: SetKind[] = ['set', 'set-string'];
  for (const kind of kinds)
    for (const { pair, key } of entries) {
      const valueNode = nav.resolve(pair.value as Node | null);
      const raw = nav.text(valueNode) ?? '';
      const typed = /^-?\d+$/.test(raw) || ['true', 'false', 'null'].includes(raw.toLowerCase());
      if ((kind === 'set') !== typed) continue;
      const value = typed ? raw : escapeCommas(raw);
      const keySpan = context.nodeSpan(pair.key as Node);
      const valueSpan = context.pairSpan(pair);
      const templated = valueNode !== undefined && context.isTemplated(valueNode);
      values = applySet(
        values,
        {
          text: `${key}=${value}`,
          file: context.fileRef,
          // The assignment is reported at the whole `key: value`, its keys at the key.
          locate: (_from, to) => (to > key.length + 1 ? valueSpan : keySpan),
          fallback: keySpan,
        },
        kind,
        templated ? () => 'a template expression' : undefined,
      );
    }
  return values;
}

/** chart.go escapeComma: a comma after an even number of backslashes (none included) gets one more. */
function escapeCommas(value: string): string {
  let out = '';
  let slashes = 0;
  for (const c of value) {
    if (c === ',' && slashes % 2 === 0) out += '\\';
    slashes = c === '\\' ? slashes + 1 : 0;
    out += c;
  }
  return out;
}
