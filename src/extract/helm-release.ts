// A Helm release as a GitOps tool, helmfile or a script declares it: which chart, and the values
// Helm renders it with (the user's values merged in Helm's order by the form's extractor, over the
// chart's own values.yaml). Bitnami's etcd chart from a Bitnami repository is rendered by its
// mapping (bitnami-etcd.ts, whose defaults stand for the chart's values.yaml); a chart directory of
// the repository by its own values.yaml and templates: a Bitnami etcd chart or an umbrella chart
// depending on it (bitnami-chart.ts), and any chart's template conditions (the release becomes one
// more value set of template-conditions.ts). Any other chart is none of our business: no finding,
// no notice.

import type { Node } from 'yaml';
import type { EtcdConfig, FileRef, RelatedLocation, Span } from '../model.js';
import { type BitnamiIdentity, chartIdentities, isBitnamiRepository } from './bitnami-chart.js';

export { isBitnamiRepository };

import { bitnamiEtcdConfig } from './bitnami-etcd.js';
import type { ExtractEnv } from './extractor.js';
import { mergeValues } from './template-conditions.js';
import type { TValue } from './template-eval.js';
import { yamlValues } from './values-tree.js';

/** The chart a release installs, when it is one this scan can render. */
export type ReleaseChart =
  /** Bitnami's etcd chart from one of Bitnami's repositories; `version` as the release pins it. */
  | { kind: 'bitnami-etcd'; version?: string }
  /** A chart directory of the repository (report path, no trailing slash; `` for the root). */
  | { kind: 'directory'; dir: string };

export interface HelmRelease {
  /** Who declares it, for messages: `Argo CD Application argocd/etcd`, `helmfile release etcd`. */
  name: string;
  /** The file that declares it. */
  file: FileRef;
  chart: ReleaseChart;
  /** The chart reference in `file`: findings about values left to the chart's defaults land here. */
  anchor: Span;
  /** The user's values, merged in Helm's order (a layer this scan cannot read is unknown). */
  values: TValue;
  /**
   * Why the release may get values besides these, or what it renders be changed (`--reuse-values`,
   * post-renderers): the values are then laid over values not known here, and only what they write
   * counts.
   */
  reasons: string[];
  /** Where the values come from besides `file` (values files, ConfigMaps), for the evidence chain. */
  related: RelatedLocation[];
}

/** An empty set of user values (nothing given: the chart's defaults). */
export const NO_VALUES: TValue = { kind: 'map', entries: new Map() };

/** Bitnami's chart sources on GitHub, and the etcd chart's directory there. */
export function isBitnamiEtcdInGit(url: string, path: string): boolean {
  return /github\.com[/:]bitnami\/charts(\.git)?\/?$/i.test(url) && /(^|\/)bitnami\/etcd\/?$/.test(path);
}

/** A URL Helm or a GitOps tool fetches at run time (`https://`, `s3://`, `oci://`...). */
export function isRemoteUrl(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
}

/** A YAML boolean as the Go field reads it (sigs.k8s.io/yaml: `true`, `True`, `TRUE`). */
export function yamlTrue(text: string | undefined): boolean {
  return text === 'true' || text === 'True' || text === 'TRUE';
}

const TAG_OR_DIGEST = /[@:]/;

/** `oci://registry-1.docker.io/bitnamicharts/etcd` (any tag or digest): Bitnami's etcd chart by OCI reference. */
export function isBitnamiEtcdReference(reference: string): boolean {
  // The tag or digest is cut from the last segment only (a regex over the whole text backtracked
  // quadratically on a reference of many `:`).
  const lastSlash = reference.lastIndexOf('/');
  const cut = reference.slice(lastSlash + 1).search(TAG_OR_DIGEST);
  let bare = cut < 0 ? reference : reference.slice(0, lastSlash + 1 + cut);
  while (bare.endsWith('/')) bare = bare.slice(0, -1);
  const slash = bare.lastIndexOf('/');
  return slash > 0 && bare.slice(slash + 1) === 'etcd' && isBitnamiRepository(bare.slice(0, slash));
}

/**
 * Chart versions whose values this mapping may not match: the mapping was read from chart 12.0.20,
 * and chart 6.0.0 reorganised the values (`configuration`, `existingConfigmap`, `extraEnvVars*`
 * replaced `configFileConfigMap` and `envVarsConfigMap`; bitnami/etcd README "To 6.0.0"). A version
 * or range that can only select an older chart returns the reason; anything else (none, `*`, `>=5`,
 * `8.x`, `~12.0`) none.
 */
export function oldChartReason(version: string | undefined): string | undefined {
  const v = (version ?? '').trim();
  const numbers = (v.match(/\d+/g) ?? []).map(Number);
  const major = numbers[0];
  if (major === undefined || ['>', '*', 'x', 'X'].includes(v[0] as string) || v === 'latest')
    return undefined;
  // `<6`, `<6.0.0`: below 6.0.0; `<=6`, `<6.1`: 6.0.0 may match.
  const below6 =
    v.startsWith('<') && !v.startsWith('<=') && major === 6 && numbers.slice(1).every((n) => n === 0);
  const old = major < 6 || below6;
  return old
    ? `chart version \`${v}\` predates 6.0.0, whose values this scan's mapping of the chart may not match`
    : undefined;
}

/**
 * The etcd processes a release renders, and (for a chart directory of the repository) the value set
 * it adds to that chart's template conditions.
 */
export function releaseConfigs(release: HelmRelease, env: ExtractEnv): EtcdConfig[] {
  const { chart } = release;
  if (chart.kind === 'bitnami-etcd') {
    const identity: BitnamiIdentity = {
      prefix: '',
      chart: { file: release.file, span: release.anchor },
      tagged: false,
    };
    const old = oldChartReason(chart.version);
    const reasons = [...release.reasons, ...(old ? [old] : [])];
    const config = bitnamiEtcdConfig(
      {
        values: overUnknown(reasons, release.values),
        file: release.file,
        span: release.anchor,
        anchor: { span: release.anchor },
        readsCondition: false,
        release: release.name,
        related: release.related,
      },
      identity,
    );
    return config ? [config] : [];
  }
  const own = overUnknown(release.reasons, release.values);
  env.releaseValues?.(chart.dir, { label: release.name, values: own, from: release.file });
  const identities = chartIdentities(env, chart.dir);
  if (identities.length === 0) return [];
  const values = mergeValues(chartValues(env, chart.dir), own);
  return identities.flatMap((identity) => {
    const config = bitnamiEtcdConfig(
      {
        values,
        file: release.file,
        span: release.anchor,
        anchor: { span: release.anchor },
        readsCondition: true,
        release: release.name,
        related: release.related,
      },
      identity,
    );
    return config ? [config] : [];
  });
}

/** Values laid over values not known here, when there is a reason for that. */
function overUnknown(reasons: readonly string[], values: TValue): TValue {
  return reasons.length === 0 ? values : mergeValues({ kind: 'unknown', why: reasons.join('; ') }, values);
}

/** A chart directory's own values (`values.yaml`): what the release's values are merged over. */
export function chartValues(env: ExtractEnv, dir: string): TValue {
  const path = dir === '' || dir === '.' ? 'values.yaml' : `${dir}/values.yaml`;
  return env.index
    .documentsIn(path)
    .reduce<TValue>(
      (acc, doc) => mergeValues(acc, yamlValues(doc, doc.doc.contents as Node | null)),
      NO_VALUES,
    );
}

/** A chart directory of the repository: it has a Chart.yaml or values.yaml in the scan. */
export function isChartDirectory(env: ExtractEnv, dir: string): boolean {
  const join = (name: string) => (dir === '' || dir === '.' ? name : `${dir}/${name}`);
  return (
    env.index.documentsIn(join('Chart.yaml')).length > 0 ||
    env.index.documentsIn(join('values.yaml')).length > 0
  );
}

/**
 * A values file of the repository as one layer of a release's values: its first document (Helm reads
 * one), or unknown when the scan does not hold it (outside the repository, excluded, not YAML).
 */
export function valuesFileLayer(env: ExtractEnv, relPath: string): TValue {
  const doc = env.index.documentsIn(relPath)[0];
  if (!doc) return { kind: 'unknown', why: `\`${relPath}\`, which is not in the scan` };
  // What the file says is read with the release: its values on their own say nothing of a chart.
  env.consume(doc.fileRef);
  if (doc.doc.contents === null) return NO_VALUES;
  const values = yamlValues(doc, doc.doc.contents as Node | null);
  if (values.kind === 'nil') return NO_VALUES;
  return values.kind === 'map'
    ? values
    : { kind: 'unknown', why: `\`${relPath}\`, which holds no map of values` };
}

/** A path relative to a directory of the repository, as a report path; undefined when it leaves the repository. */
export function repositoryPath(directory: string, relative: string): string | undefined {
  const joined = relative.startsWith('/')
    ? relative.slice(1)
    : directory
      ? `${directory}/${relative}`
      : relative;
  const out: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(segment);
  }
  return out.join('/');
}
