// Values files of a Bitnami etcd chart directory in the repository (the chart itself, or an umbrella
// chart that depends on it), rendered by bitnami-etcd.ts. Releases that apply values to the chart
// (GitOps, helmfile, `helm install`) are rendered by helm-release.ts with the same mapping.

import path from 'node:path';
import type { Node } from 'yaml';
import type { EtcdConfig } from '../model.js';
import { chartIdentities, directoryOf } from './bitnami-chart.js';
import { bitnamiEtcdConfig } from './bitnami-etcd.js';
import type { ExtractEnv, YamlExtractor } from './extractor.js';
import type { TValue } from './template-eval.js';
import { yamlValues } from './values-tree.js';
import type { YamlContext } from './yaml-context.js';

/**
 * The chart's values in a values file of a Bitnami etcd chart directory (`values*.yaml` next to a
 * Chart.yaml naming the chart, or depending on it); undefined when the file is not one. A values
 * file other than the directory's `values.yaml` is applied over that file, so only what it writes
 * counts.
 */
export function bitnamiValuesConfigs(context: YamlContext, env: ExtractEnv): EtcdConfig[] | undefined {
  const relPath = context.fileRef.relPath;
  const identities = chartIdentities(env, directoryOf(relPath));
  if (identities.length === 0) return undefined;
  const { nav } = context;
  const defaults = path.posix.basename(relPath) === 'values.yaml';
  let values: TValue | undefined;
  return identities.flatMap((identity) => {
    const key = identity.prefix.slice(0, -1);
    const valuesPair = key === '' ? undefined : nav.pair(context.root, key);
    // An umbrella values file without the chart's key: the Chart.yaml extractor reports the defaults.
    if (key !== '' && !valuesPair) return [];
    values ??= yamlValues(context, context.doc.contents as Node | null);
    const config = bitnamiEtcdConfig(
      {
        values,
        file: context.fileRef,
        span: valuesPair ? context.nodeSpan(valuesPair.key as Node) : context.firstKeySpan(),
        readsCondition: true,
        ...(defaults
          ? {}
          : {
              writtenOnly: "the values file is applied over the chart's values.yaml, which it does not show",
            }),
      },
      identity,
    );
    return config ? [config] : [];
  });
}

/**
 * An umbrella chart whose Chart.yaml depends on Bitnami's etcd chart while its `values.yaml` sets
 * nothing for it: the chart's defaults (plaintext on 0.0.0.0) apply, anchored on the dependency.
 * Only when no values this scan did not read can turn the chart off or change it: no alias (an
 * aliased key need not name etcd, and a values file without a word of etcd is never read), and a
 * condition path (if any) that names etcd.
 */
export const chartDefaultsExtractor: YamlExtractor = {
  id: 'bitnami-etcd-chart',
  extract(context, env) {
    const relPath = context.fileRef.relPath;
    if (context.embedded || path.posix.basename(relPath) !== 'Chart.yaml') return [];
    const directory = directoryOf(relPath);
    const valuesDocs = env.index.documentsIn(directory === '.' ? 'values.yaml' : `${directory}/values.yaml`);
    const valuesDoc = valuesDocs[0];
    return chartIdentities(env, directory)
      .filter(
        (identity) => identity.chart.context === context && identity.prefix === 'etcd.' && !identity.aliased,
      )
      .filter((identity) => !identity.condition || identity.condition.includes('etcd'))
      .filter(() => !valuesDocs.some((doc) => doc.nav.pair(doc.root, 'etcd') !== undefined))
      .flatMap((identity) => {
        const anchor = { span: identity.chart.span, file: context.fileRef };
        const values: TValue = valuesDoc
          ? yamlValues(valuesDoc, valuesDoc.doc.contents as Node | null)
          : { kind: 'map', entries: new Map() };
        const config = bitnamiEtcdConfig(
          {
            values,
            file: context.fileRef,
            span: anchor.span,
            anchor,
            readsCondition: valuesDoc !== undefined,
          },
          identity,
        );
        return config ? [config] : [];
      });
  },
};
