// helmfile releases of Bitnami's etcd chart or of a chart directory of the repository
// (helmfile/helmfile @ ecf604d5; docs/forms/gitops.md):
// - the chart: `repo/name` with `repo` a `repositories:` entry of the same file (any of its
//   documents), `oci://...`, or a local path (`./charts/x`, pkg/state/util.go isLocalChart),
//   relative to the helmfile's directory. An alias `bitnami` that the file does not declare is
//   taken to be Bitnami's repository, the name Bitnami's own instructions give it.
// - values (pkg/state/state.go namespaceAndValuesFlags): `values` entries in order (a file path
//   relative to the helmfile, rendered as a template when it ends in `.gotmpl`, or an inline map),
//   then `secrets` (decrypted at run time: not known here), as `--values`; then `set` as `--set`
//   (name and value escaped: `{`, `}` and `,` are literal, setFlags/escape; `file` is `--set-file`,
//   `values` a list), `setString` as `--set-string`. `valuesTemplate`/`setTemplate` are rendered
//   by helmfile: not known here. A `ref+...` value is a vals secret reference.
// - `{{ }}` is a template expression (helmfile renders `.gotmpl` state files, and v0 every state
//   file): not known here. `environments` only feed those templates. `condition` reads
//   environment values: the release is taken as installed; `installed: false` is not.

import type { Node } from 'yaml';
import { isHelmfilePath } from '../load/file-kinds.js';
import type { EtcdConfig, RelatedLocation } from '../model.js';
import { directoryOf } from './bitnami-chart.js';
import type { ExtractEnv, YamlExtractor } from './extractor.js';
import { notUnderstood } from './gitops-argo.js';
import {
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
import { applySet, SetError, type SetKind } from './helm-set.js';
import { appendAll } from './shell-text.js';
import { mergeValues } from './template-conditions.js';
import type { TValue } from './template-eval.js';
import { type ValuesOptions, yamlValues } from './values-tree.js';
import type { YamlContext } from './yaml-context.js';

const PLACEHOLDERS: ValuesOptions = {
  placeholder: (value) =>
    value.includes('{{')
      ? 'a helmfile template expression'
      : /^ref\+[a-z0-9]+:\/\//.test(value)
        ? 'a secret reference helmfile resolves (vals)'
        : undefined,
  templated: 'a helmfile template expression',
};

export const helmfileExtractor: YamlExtractor = {
  id: 'helmfile',
  extract(context, env) {
    const { nav } = context;
    if (context.embedded) return [];
    const releases = nav.seq(nav.get(context.root, 'releases'));
    if (!releases) return [];
    // Only a state file: by name, or a document of `releases` with charts and no Kubernetes kind.
    if (
      !isHelmfilePath(context.fileRef.relPath) &&
      (nav.get(context.root, 'kind') || nav.get(context.root, 'apiVersion'))
    )
      return [];
    const repositories = declaredRepositories(env, context);
    const configs: EtcdConfig[] = [];
    for (const item of nav.items(releases)) {
      const release = helmfileRelease(context, env, item, repositories);
      if (release) appendAll(configs, releaseConfigs(release, env));
    }
    return configs;
  },
};

/** `repositories:` of every document of the state file: name -> URL. */
function declaredRepositories(env: ExtractEnv, context: YamlContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const doc of env.index.documentsIn(context.fileRef.relPath)) {
    for (const repository of doc.nav.items(doc.nav.get(doc.root, 'repositories'))) {
      const name = doc.nav.text(doc.nav.get(repository, 'name'));
      const url = doc.nav.text(doc.nav.get(repository, 'url'));
      if (name && url !== undefined) out.set(name, url);
    }
  }
  return out;
}

function helmfileRelease(
  context: YamlContext,
  env: ExtractEnv,
  item: Node,
  repositories: ReadonlyMap<string, string>,
): HelmRelease | undefined {
  const { nav } = context;
  const installed = nav.text(nav.get(item, 'installed'));
  if (installed === 'false' || installed === 'False' || installed === 'FALSE') return undefined;
  const chartPair = nav.pair(item, 'chart');
  const chartNode = chartPair ? nav.resolve(chartPair.value) : undefined;
  const chartText = nav.text(chartNode)?.trim();
  if (!chartPair || !chartNode || !chartText || context.isTemplated(chartNode) || chartText.includes('{{'))
    return undefined;
  const version = nav.text(nav.get(item, 'version'));
  const home = directoryOf(context.fileRef.relPath);
  const dir = home === '.' ? '' : home;
  const chart = releaseChart(env, chartText, version, dir, repositories);
  if (!chart) return undefined;
  const anchor = context.pairSpan(chartPair);
  const name = `helmfile release ${nav.text(nav.get(item, 'name')) ?? '(unnamed)'}`;
  const reasons = ['strategicMergePatches', 'jsonPatches', 'transformers']
    .filter((key) => nav.get(item, key) !== undefined)
    .map((key) => `helmfile's \`${key}\` change what the chart renders`);
  const related: RelatedLocation[] = [];
  let values: TValue = nav.get(item, 'inherit')
    ? { kind: 'unknown', why: 'the release templates it inherits' }
    : NO_VALUES;
  for (const entry of nav.items(nav.get(item, 'values'))) {
    values = mergeValues(values, valuesEntry(context, env, entry, dir, name, related));
  }
  for (const key of ['valuesTemplate', 'secrets'])
    if (nav.items(nav.get(item, key)).length > 0)
      values = mergeValues(values, {
        kind: 'unknown',
        why:
          key === 'secrets'
            ? 'the release’s `secrets`, decrypted at run time'
            : 'the release’s `valuesTemplate`',
      });
  try {
    values = setEntries(context, nav.get(item, 'set'), 'set', values);
    values = setEntries(context, nav.get(item, 'setString'), 'set-string', values);
    values = setEntries(context, nav.get(item, 'set'), 'set-file', values);
    if (nav.items(nav.get(item, 'setTemplate')).length > 0)
      values = mergeValues(values, { kind: 'unknown', why: 'the release’s `setTemplate`' });
  } catch (error) {
    if (!(error instanceof SetError)) throw error;
    notUnderstood(env, context, anchor, `Helm refuses a \`set\` entry of ${name}: ${error.message}`);
    return undefined;
  }
  return { name, file: context.fileRef, chart, anchor, values, reasons, related };
}

function releaseChart(
  env: ExtractEnv,
  chart: string,
  version: string | undefined,
  dir: string,
  repositories: ReadonlyMap<string, string>,
): ReleaseChart | undefined {
  const bitnami: ReleaseChart = { kind: 'bitnami-etcd', ...(version ? { version } : {}) };
  if (chart.includes('://')) return isBitnamiEtcdReference(chart) ? bitnami : undefined;
  const segments = chart.split('/');
  const local =
    chart.startsWith('./') || chart.startsWith('../') || chart.startsWith('/') || segments.length === 1;
  if (!local && segments.length === 2) {
    const [alias, name] = segments as [string, string];
    const url = repositories.get(alias);
    if (url !== undefined || !isChartDirectory(env, repositoryPath(dir, chart) ?? '\0')) {
      const bitnamiRepository = url === undefined ? alias === 'bitnami' : isBitnamiRepository(url);
      return name === 'etcd' && bitnamiRepository ? bitnami : undefined;
    }
  }
  const path = repositoryPath(dir, chart);
  return path !== undefined && isChartDirectory(env, path) ? { kind: 'directory', dir: path } : undefined;
}

/** One `values` entry: a values file (relative to the state file) or an inline map. */
function valuesEntry(
  context: YamlContext,
  env: ExtractEnv,
  entry: Node,
  dir: string,
  release: string,
  related: RelatedLocation[],
): TValue {
  const { nav } = context;
  if (nav.map(entry)) return yamlValues(context, entry, PLACEHOLDERS);
  const text = nav.text(entry)?.trim();
  if (!text) return { kind: 'unknown', why: 'a values entry that is not a file or a map' };
  const placeholder = context.isTemplated(entry)
    ? 'a helmfile template expression'
    : PLACEHOLDERS.placeholder?.(text);
  if (placeholder) return { kind: 'unknown', why: `a values file named by ${placeholder}` };
  if (text.includes('::') || isRemoteUrl(text))
    return { kind: 'unknown', why: `\`${text}\`, fetched at run time` };
  const path = repositoryPath(dir, text);
  if (path === undefined) return { kind: 'unknown', why: `\`${text}\`, outside the repository` };
  const values = valuesFileLayer(env, path);
  const file = env.index.documentsIn(path)[0]?.fileRef;
  if (file)
    related.push({
      file: context.fileRef,
      span: context.nodeSpan(entry),
      message: `${release} applies this values file`,
    });
  return values;
}

/** `set` / `setString` entries as the `--set` arguments helmfile passes (setFlags). */
function setEntries(context: YamlContext, list: Node | undefined, kind: SetKind, base: TValue): TValue {
  const { nav } = context;
  let values = base;
  for (const item of nav.items(list)) {
    const namePair = nav.pair(item, 'name');
    const name = nav.text(namePair?.value);
    if (!namePair || name === undefined) continue;
    const valuePair = nav.pair(item, 'value');
    const filePair = nav.pair(item, 'file');
    const listPair = nav.pair(item, 'values');
    // `set` entries with `file` are `--set-file`; the others are `--set` (or `--set-string`).
    if ((kind === 'set-file') !== (filePair !== undefined && valuePair === undefined)) continue;
    const pair = valuePair ?? filePair ?? listPair;
    if (!pair) continue;
    const node = nav.resolve(pair.value);
    const raw = node ? nav.text(node) : undefined;
    const items = nav.items(node).map((i) => nav.text(i) ?? '');
    const text =
      raw !== undefined
        ? `${helmfileEscape(name)}=${helmfileEscape(raw)}`
        : `${helmfileEscape(name)}={${items.map(helmfileEscape).join(',')}}`;
    const nameSpan = context.pairSpan(namePair);
    const valueSpan = context.pairSpan(pair);
    const written = [raw ?? '', ...items, name];
    const placeholder =
      (node && context.isTemplated(node)) || context.isTemplated(namePair.value as Node)
        ? 'a helmfile template expression'
        : written.map((w) => PLACEHOLDERS.placeholder?.(w)).find(Boolean);
    values = applySet(
      values,
      {
        text,
        file: context.fileRef,
        locate: (_from, to) => (to > helmfileEscape(name).length + 1 ? valueSpan : nameSpan),
        fallback: nameSpan,
      },
      kind,
      placeholder ? () => placeholder : undefined,
    );
  }
  return values;
}

/** helmfile's escape (pkg/state/state.go): `{`, `}` and `,` taken literally by Helm. */
function helmfileEscape(value: string): string {
  return value.replace(/[{},]/g, (c) => `\\${c}`);
}
