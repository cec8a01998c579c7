// kustomize `helmCharts:` (the Helm chart inflation generator; kubernetes-sigs/kustomize @ 12f9e639,
// api/internal/builtins/HelmChartInflationGenerator.go, api/types/helmchartargs.go;
// docs/forms/gitops.md) of Bitnami's etcd chart or of a chart directory of the repository:
// - the chart: `name` from `repo` (`oci://...` is `<repo>/<name>`), or, without `repo`, the
//   directory `<chartHome>/<name>` beside the kustomization (`helmGlobals.chartHome`, default
//   `charts`).
// - values, passed to `helm template` as `-f <file>` then `-f` each `additionalValuesFiles` entry:
//   `<file>` is `valuesFile` (default: the chart's own values.yaml) with `valuesInline` laid over it
//   as `valuesMerge` says: `override` (default) the inline values win, `merge` the file's win,
//   `replace` the inline values alone. Paths are relative to the kustomization's directory.

import type { Node } from 'yaml';
import { isKustomizationName } from '../load/file-kinds.js';
import type { EtcdConfig, RelatedLocation, Span } from '../model.js';
import { directoryOf } from './bitnami-chart.js';
import type { ExtractEnv, YamlExtractor } from './extractor.js';
import { notUnderstood } from './gitops-argo.js';
import {
  chartValues,
  type HelmRelease,
  isBitnamiEtcdReference,
  isBitnamiRepository,
  isChartDirectory,
  isRemoteUrl,
  NO_VALUES,
  type ReleaseChart,
  releaseConfigs,
  repositoryPath,
  valuesFileLayer,
} from './helm-release.js';
import { mergeValues } from './template-conditions.js';
import type { TValue } from './template-eval.js';
import { yamlValues } from './values-tree.js';
import type { YamlContext } from './yaml-context.js';

export const kustomizeHelmChartsExtractor: YamlExtractor = {
  id: 'kustomize-helmcharts',
  extract(context, env) {
    if (!isKustomizationName(context.fileRef.relPath) || !context.mayMention('helmCharts')) return [];
    const { nav } = context;
    const root = context.root;
    const dir = directoryOf(context.fileRef.relPath);
    const chartHome = nav.text(nav.path(root, ['helmGlobals', 'chartHome']))?.trim() || 'charts';
    const configs: EtcdConfig[] = [];
    for (const entry of nav.items(nav.get(root, 'helmCharts'))) {
      const release = chartRelease(context, env, entry, dir, chartHome);
      if (release) configs.push(...releaseConfigs(release, env));
    }
    return configs;
  },
};

function chartRelease(
  context: YamlContext,
  env: ExtractEnv,
  entry: Node,
  dir: string,
  chartHome: string,
): HelmRelease | undefined {
  const { nav } = context;
  const found = chartOf(context, env, entry, dir, chartHome);
  if (!found) return undefined;
  const releaseName = nav.text(nav.get(entry, 'releaseName')) ?? nav.text(nav.get(entry, 'name')) ?? '';
  const name = `kustomize helmCharts release ${releaseName}`;
  const related: RelatedLocation[] = [];
  const fileLayer = (node: Node | undefined): TValue | undefined => {
    const text = nav.text(node)?.trim();
    if (!node || !text) return undefined;
    if (context.isTemplated(node))
      return { kind: 'unknown', why: 'a values file named by a template expression' };
    if (isRemoteUrl(text)) return { kind: 'unknown', why: `\`${text}\`, fetched at run time` };
    const relPath = repositoryPath(dir, text);
    if (relPath === undefined) return { kind: 'unknown', why: `\`${text}\`, outside the repository` };
    related.push({
      file: context.fileRef,
      span: context.nodeSpan(node),
      message: `${name} applies this values file`,
    });
    return valuesFileLayer(env, relPath);
  };
  // The file kustomize passes first: `valuesFile`, else the chart's own values.yaml (which the
  // rendering lays under everything anyway: no values of its own here).
  const explicit = fileLayer(nav.get(entry, 'valuesFile'));
  const inlineNode = nav.get(entry, 'valuesInline');
  const inline = inlineNode && nav.map(inlineNode) ? yamlValues(context, inlineNode) : undefined;
  const merge = nav.text(nav.get(entry, 'valuesMerge'))?.trim() || 'override';
  let values: TValue;
  if (!inline) values = explicit ?? NO_VALUES;
  else if (merge === 'replace') values = inline;
  else if (merge === 'override') values = mergeValues(explicit ?? NO_VALUES, inline);
  else if (merge === 'merge') {
    // The file's values win; without a valuesFile that file is the chart's own values.yaml.
    const under =
      explicit ??
      (found.chart.kind === 'directory'
        ? chartValues(env, found.chart.dir)
        : ({
            kind: 'unknown',
            why: "the chart's own values.yaml, which `valuesMerge: merge` lays over the inline values",
          } as const));
    values = mergeValues(inline, under);
  } else {
    notUnderstood(env, context, found.anchor, `kustomize refuses \`valuesMerge: ${merge}\` of ${name}`);
    return undefined;
  }
  for (const file of nav.items(nav.get(entry, 'additionalValuesFiles'))) {
    const layer = fileLayer(file);
    if (layer) values = mergeValues(values, layer);
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

/** The chart of one `helmCharts` entry, when it is Bitnami's etcd chart or a chart directory of the repository. */
function chartOf(
  context: YamlContext,
  env: ExtractEnv,
  entry: Node,
  dir: string,
  chartHome: string,
): { chart: ReleaseChart; anchor: Span } | undefined {
  const { nav } = context;
  const namePair = nav.pair(entry, 'name');
  const nameNode = namePair ? nav.resolve(namePair.value) : undefined;
  const chartName = nav.text(nameNode)?.trim();
  if (!nameNode || !chartName || context.isTemplated(nameNode)) return undefined;
  const anchor = context.nodeSpan(nameNode);
  const repo = nav.text(nav.get(entry, 'repo'))?.trim();
  const version = nav.text(nav.get(entry, 'version'))?.trim();
  if (repo) {
    let base = repo;
    while (base.endsWith('/')) base = base.slice(0, -1);
    const bitnami = repo.startsWith('oci://')
      ? isBitnamiEtcdReference(`${base}/${chartName}`)
      : chartName === 'etcd' && isBitnamiRepository(repo);
    return bitnami ? { chart: { kind: 'bitnami-etcd', ...(version ? { version } : {}) }, anchor } : undefined;
  }
  const path = repositoryPath(dir, `${chartHome}/${chartName}`);
  return path !== undefined && isChartDirectory(env, path)
    ? { chart: { kind: 'directory', dir: path }, anchor }
    : undefined;
}
