// Flux HelmReleases of Bitnami's etcd chart or of a chart directory of the repository
// (fluxcd/helm-controller @ 0f61a860; fluxcd/pkg chartutil @ e2cfd1a2; docs/forms/gitops.md):
// - the chart: `spec.chart.spec.chart` from its `sourceRef` (a HelmRepository's `spec.url`, a
//   GitRepository's path), or `spec.chartRef` (an OCIRepository's `spec.url`, a HelmChart); the
//   source is looked up by name in the release's namespace (or the reference's own).
// - values (internal/controller/helmrelease_controller.go -> chartutil.ChartValuesFromReferences):
//   `spec.valuesFrom` in order, each merged over the previous (MergeMaps: maps merge, anything else
//   replaces), a ConfigMap's or Secret's `valuesKey` (default `values.yaml`) read as YAML, or with
//   `targetPath` set at that path as `--set` does (quoted: `--set-string`; `literal`:
//   `--set-literal`, chartutil ReplacePathValue); then `spec.values` over all of them. A ConfigMap
//   outside the scan, optional or not, may exist in the cluster: its values are not known here.
//   Secrets are not read: a repository holds them encrypted or not at all.
// - `valuesFiles` of the chart replace its values.yaml (read for a chart directory, not known for a
//   chart package); `postRenderers` patch what the chart renders. `${var}` is a substitution
//   variable of the Flux Kustomization that applies the release: not known here.

import type { Node } from 'yaml';
import type { EtcdConfig, RelatedLocation, Span } from '../model.js';
import type { ExtractEnv, YamlExtractor } from './extractor.js';
import { notUnderstood } from './gitops-argo.js';
import {
  type HelmRelease,
  isBitnamiEtcdInGit,
  isBitnamiEtcdReference,
  isBitnamiRepository,
  isChartDirectory,
  NO_VALUES,
  type ReleaseChart,
  releaseConfigs,
  repositoryPath,
  valuesFileLayer,
  yamlTrue,
} from './helm-release.js';
import { applySet, SetError, type SetKind } from './helm-set.js';
import { kubernetesObjects } from './kubernetes-objects.js';
import type { ObjectEntry } from './scan-index.js';
import { mergeValues } from './template-conditions.js';
import type { TValue } from './template-eval.js';
import { stringValues, type ValuesOptions, yamlValues } from './values-tree.js';
import type { YamlContext } from './yaml-context.js';

const SUBSTITUTION: ValuesOptions = {
  placeholder: (value) =>
    hasSubstitution(value) ? 'a substitution variable of the Flux Kustomization' : undefined,
};

/** `${var}` somewhere in the text (kustomize-controller's postBuild substitution). */
function hasSubstitution(text: string): boolean {
  const open = text.indexOf('${');
  return open >= 0 && text.indexOf('}', open + 2) >= 0;
}

export const fluxHelmReleaseExtractor: YamlExtractor = {
  id: 'flux-helmrelease',
  extract(context, env) {
    if (!context.mayMention('HelmRelease')) return [];
    const { nav } = context;
    const configs: EtcdConfig[] = [];
    for (const object of kubernetesObjects(context)) {
      if (nav.text(nav.get(object, 'kind')) !== 'HelmRelease') continue;
      if (!(nav.text(nav.get(object, 'apiVersion')) ?? '').startsWith('helm.toolkit.fluxcd.io/')) continue;
      const release = helmRelease(context, env, object);
      if (release) configs.push(...releaseConfigs(release, env));
    }
    return configs;
  },
};

function helmRelease(context: YamlContext, env: ExtractEnv, object: Node): HelmRelease | undefined {
  const { nav } = context;
  const metadata = nav.get(object, 'metadata');
  const namespace = nav.text(nav.get(metadata, 'namespace'));
  const name = `Flux HelmRelease ${[namespace, nav.text(nav.get(metadata, 'name')) ?? '(unnamed)'].filter(Boolean).join('/')}`;
  const spec = nav.get(object, 'spec');
  const found = releaseChart(context, env, spec, namespace);
  if (!found) return undefined;
  const reasons: string[] = [];
  if (nav.items(nav.get(spec, 'postRenderers')).length > 0)
    reasons.push('`postRenderers` patch what the chart renders');
  const related: RelatedLocation[] = [];
  let values: TValue = found.defaults ?? NO_VALUES;
  try {
    for (const reference of nav.items(nav.get(spec, 'valuesFrom'))) {
      const layer = valuesReference(context, env, reference, namespace, name);
      if (layer.related) related.push(layer.related);
      values = layer.apply(values);
    }
  } catch (error) {
    if (!(error instanceof SetError)) throw error;
    notUnderstood(env, context, found.anchor, `Flux refuses a \`targetPath\` of ${name}: ${error.message}`);
    return undefined;
  }
  const own = nav.pair(spec, 'values');
  if (own && nav.map(own.value))
    values = mergeValues(values, yamlValues(context, own.value as Node, SUBSTITUTION));
  return { name, file: context.fileRef, chart: found.chart, anchor: found.anchor, values, reasons, related };
}

interface FoundChart {
  chart: ReleaseChart;
  anchor: Span;
  /** The chart's values when `valuesFiles` replace its values.yaml. */
  defaults?: TValue;
}

/** The chart a HelmRelease installs, through its source. */
function releaseChart(
  context: YamlContext,
  env: ExtractEnv,
  spec: Node | undefined,
  namespace: string | undefined,
): FoundChart | undefined {
  const { nav } = context;
  const chartRefPair = nav.pair(spec, 'chartRef');
  const chartRef = chartRefPair ? nav.resolve(chartRefPair.value) : undefined;
  if (chartRefPair && chartRef) {
    const source = sourceObject(context, env, chartRef, namespace);
    if (!source) return undefined;
    const anchor = context.nodeSpan(chartRefPair.key as Node);
    if (source.kind === 'OCIRepository') {
      const { nav: sourceNav } = source.context;
      const sourceSpec = sourceNav.get(source.object, 'spec');
      const url = sourceNav.text(sourceNav.get(sourceSpec, 'url')) ?? '';
      if (!isBitnamiEtcdReference(url)) return undefined;
      const ref = sourceNav.get(sourceSpec, 'ref');
      const version =
        sourceNav.text(sourceNav.get(ref, 'tag')) ?? sourceNav.text(sourceNav.get(ref, 'semver'));
      return { chart: { kind: 'bitnami-etcd', ...(version ? { version } : {}) }, anchor };
    }
    if (source.kind === 'HelmChart')
      return chartTemplate(
        source.context,
        env,
        source.context.nav.get(source.object, 'spec'),
        source.namespace,
        anchor,
      );
    return undefined;
  }
  const chartSpec = nav.path(spec, ['chart', 'spec']);
  const chartPair = nav.pair(chartSpec, 'chart');
  if (!chartPair) return undefined;
  return chartTemplate(context, env, chartSpec, namespace, context.pairSpan(chartPair));
}

/** A HelmChart template (`spec.chart.spec`, or a HelmChart's `spec`): chart, sourceRef, version, valuesFiles. */
function chartTemplate(
  context: YamlContext,
  env: ExtractEnv,
  chartSpec: Node | undefined,
  namespace: string | undefined,
  anchor: Span,
): FoundChart | undefined {
  const { nav } = context;
  const chart = nav.text(nav.get(chartSpec, 'chart'))?.trim();
  const sourceRef = nav.get(chartSpec, 'sourceRef');
  if (!chart || !sourceRef) return undefined;
  const source = sourceObject(context, env, sourceRef, namespace);
  if (!source) return undefined;
  const sourceNav = source.context.nav;
  const url = sourceNav.text(sourceNav.path(source.object, ['spec', 'url'])) ?? '';
  const valuesFiles = nav
    .items(nav.get(chartSpec, 'valuesFiles'))
    .map((item) => nav.text(item))
    .filter((file): file is string => !!file);
  const version = nav.text(nav.get(chartSpec, 'version'));
  const packaged = (): FoundChart => ({
    chart: { kind: 'bitnami-etcd', ...(version ? { version } : {}) },
    anchor,
    ...(valuesFiles.length > 0
      ? { defaults: { kind: 'unknown', why: `the chart's \`valuesFiles\` (${valuesFiles.join(', ')})` } }
      : {}),
  });
  if (source.kind === 'HelmRepository')
    return chart === 'etcd' && isBitnamiRepository(url) ? packaged() : undefined;
  if (source.kind !== 'GitRepository') return undefined;
  if (isBitnamiEtcdInGit(url, chart)) return packaged();
  // A path of the Git repository, taken to be the scanned one when the chart is there.
  const dir = repositoryPath('', chart);
  if (dir === undefined || !isChartDirectory(env, dir)) return undefined;
  const defaults =
    valuesFiles.length === 0
      ? undefined
      : valuesFiles.reduce<TValue>((acc, file) => {
          const path = repositoryPath('', file);
          return mergeValues(
            acc,
            path === undefined ? { kind: 'unknown', why: `\`${file}\`` } : valuesFileLayer(env, path),
          );
        }, NO_VALUES);
  return { chart: { kind: 'directory', dir }, anchor, ...(defaults ? { defaults } : {}) };
}

function isQuote(c: string | undefined): boolean {
  return c === "'" || c === '"';
}

function leadingQuotes(text: string): number {
  let n = 0;
  while (n < text.length && isQuote(text[n])) n++;
  return n;
}

function trimQuotes(text: string): string {
  let end = text.length;
  while (end > 0 && isQuote(text[end - 1])) end--;
  return text.slice(Math.min(leadingQuotes(text), end), end);
}

/** The Flux source object a reference names, in the scan. */
function sourceObject(
  context: YamlContext,
  env: ExtractEnv,
  reference: Node,
  namespace: string | undefined,
): ObjectEntry | undefined {
  const { nav } = context;
  const kind = nav.text(nav.get(reference, 'kind'));
  const name = nav.text(nav.get(reference, 'name'));
  if (!kind || !name) return undefined;
  const ns = nav.text(nav.get(reference, 'namespace')) ?? namespace;
  return env.index.object(kind, name, ns, context.fileRef.relPath);
}

/** One `valuesFrom` entry: how it changes the values so far. */
function valuesReference(
  context: YamlContext,
  env: ExtractEnv,
  reference: Node,
  namespace: string | undefined,
  release: string,
): { apply: (values: TValue) => TValue; related?: RelatedLocation } {
  const { nav } = context;
  const kind = nav.text(nav.get(reference, 'kind'));
  const name = nav.text(nav.get(reference, 'name')) ?? '';
  const key = nav.text(nav.get(reference, 'valuesKey')) || 'values.yaml';
  const targetPath = nav.text(nav.get(reference, 'targetPath'));
  const unknown = (why: string) => ({
    apply: (values: TValue) => mergeValues(values, { kind: 'unknown', why }),
  });
  if (kind !== 'ConfigMap')
    return unknown(`the ${kind ?? 'object'} \`${name}\` (values from a Secret are not read)`);
  const entry = env.index.configMap(name, namespace, context.fileRef.relPath);
  if (!entry) return unknown(`the ConfigMap \`${name}\`, which is not in the scan`);
  const pair = env.index.configMapKey(entry, key);
  const node = pair ? entry.context.nav.resolve(pair.value) : undefined;
  if (!pair || !node)
    return unknown(`the key \`${key}\` of the ConfigMap \`${name}\`, which it does not have`);
  const related: RelatedLocation = {
    file: context.fileRef,
    span: context.nodeSpan(reference),
    message: `${release} reads these values (valuesFrom)`,
  };
  const cm = entry.context;
  if (!targetPath) {
    const layer = stringValues(cm, node, `the ConfigMap ${name} key ${key}`, SUBSTITUTION);
    if (!layer) throw new SetError(`the key \`${key}\` of the ConfigMap \`${name}\` is not a YAML map`);
    return { apply: (values) => mergeValues(values, layer), related };
  }
  const data = cm.nav.text(node) ?? '';
  // chartutil ReplacePathValue: a value both starting and ending with ' (or ") is a string, every
  // quote around it trimmed (strings.Trim).
  const quoted = ["'", '"'].some((q) => data.startsWith(q) && data.endsWith(q));
  const literal = yamlTrue(nav.text(nav.get(reference, 'literal')));
  const setKind: SetKind = literal ? 'set-literal' : quoted ? 'set-string' : 'set';
  const value = quoted && !literal ? trimQuotes(data) : data;
  const text = `${targetPath}=${value}`;
  const keySpan = cm.nodeSpan(pair.key as Node);
  const offset = targetPath.length + 1 - (quoted && !literal ? leadingQuotes(data) : 0);
  const placeholder = SUBSTITUTION.placeholder?.(data);
  return {
    apply: (values) =>
      applySet(
        values,
        {
          text,
          file: cm.fileRef,
          locate: (from, to) =>
            to <= targetPath.length + 1
              ? keySpan
              : cm.valueSpan(node, Math.max(0, from - offset), Math.max(1, to - offset)),
          fallback: cm.nodeSpan(node),
        },
        setKind,
        placeholder ? () => placeholder : undefined,
      ),
    related,
  };
}
