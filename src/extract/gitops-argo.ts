// Argo CD Applications and ApplicationSets whose Helm sources install Bitnami's etcd chart or a chart
// directory of the repository (argoproj/argo-cd @ 37ee0097; docs/forms/gitops.md):
// - `spec.sources` replaces `spec.source` (pkg/apis/application/v1alpha1/types.go GetSources);
//   each Helm source is rendered on its own; a `sourceHydrator` syncs plain manifests, not a chart.
// - values: `helm.valueFiles` in order, then `helm.values` or, when set, `helm.valuesObject`, which
//   takes its place (values.go ValuesYAML), as the last `--values` file; then `helm.parameters` as
//   `--set` (`forceString`: `--set-string`, commas in the value escaped, cleanSetParameters), and
//   `helm.fileParameters` as `--set-file` (reposerver/repository/repository.go helmTemplate,
//   util/helm/cmd.go template). A parameter value goes through Argo CD's build-environment
//   substitution (`$ARGOCD_APP_NAME`...): one with a `$` is not known here.
// - `valueFiles` are relative to the source's `path` (a chart in a Helm repository: files inside
//   its package, not known here); `$name/...` names the repository of the source with `ref: name`
//   (read from the scan when the file is there); a URL is fetched at run time; a glob is expanded
//   by Argo CD (not here); `ignoreMissingValueFiles` skips missing ones.
// - an ApplicationSet's `spec.template` is an Application whose `{{ }}` are generator parameters:
//   such a value is unknown, and a chart or path written with one is not identified.

import type { Node } from 'yaml';
import type { EtcdConfig, RelatedLocation, Span } from '../model.js';
import type { ExtractEnv, YamlExtractor } from './extractor.js';
import {
  type HelmRelease,
  isBitnamiEtcdInGit,
  isBitnamiEtcdReference,
  isBitnamiRepository,
  isChartDirectory,
  isRemoteUrl,
  NO_VALUES,
  type ReleaseChart,
  releaseConfigs,
  repositoryPath,
  valuesFileLayer,
  yamlTrue,
} from './helm-release.js';
import { applySet, SetError, type SetKind } from './helm-set.js';
import { kubernetesObjects } from './kubernetes-objects.js';
import { appendAll } from './shell-text.js';
import { mergeValues } from './template-conditions.js';
import type { TValue } from './template-eval.js';
import { stringValues, type ValuesOptions, yamlValues } from './values-tree.js';
import type { YamlContext } from './yaml-context.js';

const GENERATOR = 'an ApplicationSet generator parameter';
const BUILD_ENV = "substituted from Argo CD's build environment";

/** How the Application is named in messages, and what its template placeholders are. */
interface Owner {
  name: string;
  /** ApplicationSet: a string holding `{{` is a generator parameter. */
  templated: boolean;
  /** Why the generated Applications may differ from the template (templatePatch). */
  reasons: string[];
}

export const argoCdExtractor: YamlExtractor = {
  id: 'argo-cd',
  extract(context, env) {
    if (!context.mayMention('argoproj.io')) return [];
    const { nav } = context;
    const configs: EtcdConfig[] = [];
    for (const object of kubernetesObjects(context)) {
      const apiVersion = nav.text(nav.get(object, 'apiVersion')) ?? '';
      const kind = nav.text(nav.get(object, 'kind'));
      if (!apiVersion.startsWith('argoproj.io/')) continue;
      const metadata = nav.get(object, 'metadata');
      const name = [
        nav.text(nav.get(metadata, 'namespace')),
        nav.text(nav.get(metadata, 'name')) ?? '(unnamed)',
      ]
        .filter(Boolean)
        .join('/');
      if (kind === 'Application') {
        const owner = { name: `Argo CD Application ${name}`, templated: false, reasons: [] };
        appendAll(configs, applicationConfigs(context, env, nav.get(object, 'spec'), owner));
      } else if (kind === 'ApplicationSet') {
        const spec = nav.get(object, 'spec');
        const reasons =
          nav.get(spec, 'templatePatch') === undefined
            ? []
            : ["the ApplicationSet's `templatePatch` can change what the template says"];
        const owner = { name: `Argo CD ApplicationSet ${name}`, templated: true, reasons };
        appendAll(configs, applicationConfigs(context, env, nav.path(spec, ['template', 'spec']), owner));
      }
    }
    return configs;
  },
};

function applicationConfigs(
  context: YamlContext,
  env: ExtractEnv,
  spec: Node | undefined,
  owner: Owner,
): EtcdConfig[] {
  const { nav } = context;
  if (!spec || nav.get(spec, 'sourceHydrator') !== undefined) return [];
  const multiple = nav.items(nav.get(spec, 'sources'));
  const sources = multiple.length > 0 ? multiple : [nav.get(spec, 'source')].filter((s): s is Node => !!s);
  // `ref:` sources name repositories whose files `$ref/...` value files read.
  const refs = new Map<string, string>();
  for (const source of sources) {
    const ref = nav.text(nav.get(source, 'ref'));
    if (ref) refs.set(ref, nav.text(nav.get(source, 'repoURL')) ?? '');
  }
  const configs: EtcdConfig[] = [];
  sources.forEach((source, i) => {
    const chart = sourceChart(context, env, source, owner);
    if (!chart) return;
    const name = multiple.length > 1 ? `${owner.name} (source ${i + 1})` : owner.name;
    const release = sourceRelease(context, env, source, chart, { ...owner, name }, refs);
    if (release) appendAll(configs, releaseConfigs(release, env));
  });
  return configs;
}

/** The chart a source installs, when it is one of ours, with the span that names it. */
function sourceChart(
  context: YamlContext,
  env: ExtractEnv,
  source: Node,
  owner: Owner,
): { chart: ReleaseChart; anchor: Span } | undefined {
  const { nav } = context;
  const field = (key: string) => {
    const pair = nav.pair(source, key);
    const value = pair ? nav.resolve(pair.value) : undefined;
    const text = nav.text(value);
    if (!pair || !value || text === undefined || context.isTemplated(value)) return undefined;
    if (owner.templated && text.includes('{{')) return undefined;
    return { text: text.trim(), span: context.pairSpan(pair) };
  };
  if (nav.get(source, 'plugin') !== undefined) return undefined;
  const repoURL = field('repoURL');
  const chart = field('chart');
  const version = field('targetRevision')?.text;
  const path = field('path');
  const bitnami = (anchor: Span): { chart: ReleaseChart; anchor: Span } => ({
    chart: { kind: 'bitnami-etcd', ...(version ? { version } : {}) },
    anchor,
  });
  if (nav.get(source, 'chart') !== undefined) {
    // A Helm repository (or an OCI registry written without its scheme) and a chart name.
    return chart && chart.text === 'etcd' && isBitnamiRepository(repoURL?.text)
      ? bitnami(chart.span)
      : undefined;
  }
  if (!repoURL) return undefined;
  // Argo CD 3.1+ OCI sources: `repoURL: oci://registry-1.docker.io/bitnamicharts/etcd`, `path: .`.
  if (repoURL.text.startsWith('oci://') && isBitnamiEtcdReference(repoURL.text))
    return !path || path.text === '.' || path.text === '' ? bitnami(repoURL.span) : undefined;
  if (!path) return undefined;
  // A Git source: Bitnami's own repository, or a chart directory of the scanned one.
  if (isBitnamiEtcdInGit(repoURL.text, path.text)) return bitnami(path.span);
  const dir = repositoryPath('', path.text);
  if (dir === undefined || !isChartDirectory(env, dir)) return undefined;
  return { chart: { kind: 'directory', dir }, anchor: path.span };
}

/** The release a Helm source describes: its values in Argo CD's order. */
function sourceRelease(
  context: YamlContext,
  env: ExtractEnv,
  source: Node,
  chart: { chart: ReleaseChart; anchor: Span },
  owner: Owner,
  refs: ReadonlyMap<string, string>,
): HelmRelease | undefined {
  const { nav } = context;
  const helm = nav.get(source, 'helm');
  const related: RelatedLocation[] = [];
  const options: ValuesOptions = owner.templated
    ? { placeholder: (value) => (value.includes('{{') ? GENERATOR : undefined) }
    : {};
  let values: TValue = NO_VALUES;
  const ignoreMissing = yamlTrue(nav.text(nav.get(helm, 'ignoreMissingValueFiles')));
  for (const entry of nav.items(nav.get(helm, 'valueFiles'))) {
    const layer = valueFile(context, env, entry, chart.chart, refs, owner, ignoreMissing);
    if (!layer) continue;
    if (layer.file)
      related.push({
        file: context.fileRef,
        span: context.nodeSpan(entry),
        message: `${owner.name} applies this values file`,
      });
    values = mergeValues(values, layer.values);
  }
  // valuesObject, when set, is the values (values.go ValuesYAML); else the values string.
  const objectPair = nav.pair(helm, 'valuesObject');
  const object = objectPair ? nav.resolve(objectPair.value) : undefined;
  const stringNode = nav.get(helm, 'values');
  const where = `the values of ${owner.name}`;
  if (object && nav.map(object)) values = mergeValues(values, yamlValues(context, object, options));
  else if (stringNode) {
    const layer = stringValues(context, stringNode, where, options);
    if (!layer) {
      notUnderstood(env, context, chart.anchor, `the values of ${owner.name} do not parse as a YAML map`);
      return undefined;
    }
    values = mergeValues(values, layer);
  }
  try {
    values = parameters(context, helm, values, owner);
  } catch (error) {
    if (!(error instanceof SetError)) throw error;
    notUnderstood(env, context, chart.anchor, `Helm refuses a parameter of ${owner.name}: ${error.message}`);
    return undefined;
  }
  return {
    name: owner.name,
    file: context.fileRef,
    chart: chart.chart,
    anchor: chart.anchor,
    values,
    reasons: owner.reasons,
    related,
  };
}

/** One `valueFiles` entry as a layer; undefined when Argo CD skips it. */
function valueFile(
  context: YamlContext,
  env: ExtractEnv,
  entry: Node,
  chart: ReleaseChart,
  refs: ReadonlyMap<string, string>,
  owner: Owner,
  ignoreMissing: boolean,
): { values: TValue; file?: YamlContext['fileRef'] } | undefined {
  const text = context.nav.text(entry)?.trim();
  const unknown = (why: string) => ({ values: { kind: 'unknown', why } as TValue });
  if (!text || context.isTemplated(entry) || (owner.templated && text.includes('{{')))
    return unknown(`a values file named by ${owner.templated ? GENERATOR : 'a template expression'}`);
  if (isRemoteUrl(text)) return unknown(`\`${text}\`, fetched at run time`);
  if (['*', '?', '['].some((c) => text.includes(c)))
    return unknown(`the values files \`${text}\` matches when Argo CD runs`);
  let relPath: string | undefined;
  if (text.startsWith('$')) {
    const ref = text.slice(1).split('/', 1)[0] ?? '';
    if (!refs.has(ref)) return unknown(`\`${text}\`, whose source \`${ref}\` is not declared`);
    relPath = repositoryPath('', text.slice(ref.length + 2));
  } else if (chart.kind === 'directory') relPath = repositoryPath(chart.dir, text);
  else return unknown(`\`${text}\` of the chart's package`);
  if (relPath === undefined) return unknown(`\`${text}\`, outside the repository`);
  const values = valuesFileLayer(env, relPath);
  if (values.kind === 'unknown' && ignoreMissing && env.index.documentsIn(relPath).length === 0)
    return undefined;
  const file = env.index.documentsIn(relPath)[0]?.fileRef;
  return { values, ...(file ? { file } : {}) };
}

/** `helm.parameters` (`--set`, or `--set-string` with forceString) and `helm.fileParameters` (`--set-file`). */
function parameters(context: YamlContext, helm: Node | undefined, base: TValue, owner: Owner): TValue {
  const { nav } = context;
  // Argo CD keeps one value per name (a map), the last one written.
  const byName = new Map<string, { item: Node; kind: SetKind }>();
  for (const item of nav.items(nav.get(helm, 'parameters'))) {
    const name = nav.text(nav.get(item, 'name'));
    if (name === undefined) continue;
    const forced = yamlTrue(nav.text(nav.get(item, 'forceString')));
    byName.delete(name);
    byName.set(name, { item, kind: forced ? 'set-string' : 'set' });
  }
  let values = base;
  const kinds: SetKind[] = ['set', 'set-string'];
  for (const kind of kinds)
    for (const [name, entry] of byName) {
      if (entry.kind === kind) values = parameter(context, values, entry.item, name, 'value', kind, owner);
    }
  for (const item of nav.items(nav.get(helm, 'fileParameters'))) {
    const name = nav.text(nav.get(item, 'name'));
    if (name !== undefined) values = parameter(context, values, item, name, 'path', 'set-file', owner);
  }
  return values;
}

/** One parameter as the `--set` argument Argo CD passes: `name=value`, commas in the value escaped. */
function parameter(
  context: YamlContext,
  base: TValue,
  item: Node,
  name: string,
  valueKey: string,
  kind: SetKind,
  owner: Owner,
): TValue {
  const { nav } = context;
  const namePair = nav.pair(item, 'name');
  const valuePair = nav.pair(item, valueKey);
  const valueNode = valuePair ? nav.resolve(valuePair.value) : undefined;
  const raw = nav.text(valueNode) ?? '';
  const value = raw.startsWith('{') && raw.endsWith('}') ? raw : escapeCommas(raw);
  const nameSpan = namePair ? context.pairSpan(namePair) : context.nodeSpan(item);
  const valueSpan = valuePair ? context.pairSpan(valuePair) : nameSpan;
  const text = `${name}=${value}`;
  const templated = (node: Node | undefined) => node !== undefined && context.isTemplated(node);
  const placeholder =
    templated(valueNode) || templated(namePair?.value as Node | undefined)
      ? 'a template expression'
      : owner.templated && (raw.includes('{{') || name.includes('{{'))
        ? GENERATOR
        : kind !== 'set-file' && raw.includes('$')
          ? BUILD_ENV
          : undefined;
  return applySet(
    base,
    {
      text,
      file: context.fileRef,
      // The assignment is reported at its value, its keys at the name.
      locate: (_from, to) => (to > name.length + 1 ? valueSpan : nameSpan),
      fallback: nameSpan,
    },
    kind,
    placeholder ? () => placeholder : undefined,
  );
}

/** util/helm/cmd.go cleanSetParameters: a comma not after a backslash is escaped. */
function escapeCommas(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) out += value[i] === ',' && value[i - 1] !== '\\' ? '\\,' : value[i];
  return out;
}

/** A release of a chart we read that Helm (or Argo CD) would refuse: said once, not analysed. */
export function notUnderstood(env: ExtractEnv, context: YamlContext, span: Span, message: string): void {
  env.notify({
    level: 'note',
    id: 'release-not-analysed',
    message: `not analysed: ${message}`,
    file: context.fileRef,
    span,
  });
}
