// Which values files are Bitnami's etcd chart's: a chart directory whose Chart.yaml is that chart
// (name etcd, home/sources/maintainers naming Bitnami), or whose Chart.yaml (Helm 3) or
// requirements.yaml (Helm 2) depends on it from a Bitnami repository (classic, OCI or a `@bitnami`
// alias). Helm's dependency fields: helm.sh/docs topics/charts "Chart dependencies" (alias,
// condition, tags); shared/research/semantics-tls-posture.md §3.8.

import path from 'node:path';
import type { FileRef, Span } from '../model.js';
import type { ExtractEnv } from './extractor.js';
import type { YamlContext } from './yaml-context.js';

export const BITNAMI_ETCD = 'bitnami/etcd';

/** The chart a values file belongs to, when it is (or depends on) Bitnami's etcd chart. */
export interface BitnamiIdentity {
  /** Where the etcd chart's values sit in the file: `` (the chart's own) or `etcd.` (an alias). */
  prefix: string;
  /**
   * What names the chart, for the evidence chain and as an anchor: a Chart.yaml entry (`context`),
   * or a release's chart reference.
   */
  chart: { file: FileRef; span: Span; context?: YamlContext };
  /** A dependency's `condition` path, which can turn the chart off. */
  condition?: string;
  /** A dependency's `tags`, which can turn the chart off from values this scan may not see. */
  tagged: boolean;
  /** The dependency has an `alias` (its values key need not name etcd). */
  aliased?: boolean;
}

/**
 * A repository or home of Bitnami's charts (`https://charts.bitnami.com/bitnami`,
 * `oci://registry-1.docker.io/bitnamicharts`, a mirror, a legacy index or a `@bitnami` alias):
 * its address names Bitnami.
 */
export function isBitnamiRepository(text: string | undefined): boolean {
  return text?.toLowerCase().includes('bitnami') === true;
}

/** The identities a chart directory's Chart.yaml (or Helm 2 requirements.yaml) gives its values. */
export function chartIdentities(env: ExtractEnv, directory: string): BitnamiIdentity[] {
  const out: BitnamiIdentity[] = [];
  const join = (name: string) => (directory === '.' || directory === '' ? name : `${directory}/${name}`);
  for (const name of ['Chart.yaml', 'requirements.yaml']) {
    for (const context of env.index.documentsIn(join(name))) {
      const { nav } = context;
      const root = context.root;
      // The chart itself: `name: etcd` from Bitnami (home, sources or maintainers name Bitnami).
      const namePair = nav.pair(root, 'name');
      if (name === 'Chart.yaml' && nav.text(namePair?.value) === 'etcd') {
        const marks = [
          nav.text(nav.get(root, 'home')),
          ...nav.items(nav.get(root, 'sources')).map((item) => nav.text(item)),
          ...nav
            .items(nav.get(root, 'maintainers'))
            .flatMap((m) => [nav.text(nav.get(m, 'name')), nav.text(nav.get(m, 'url'))]),
        ];
        if (marks.some(isBitnamiRepository) && namePair)
          out.push({
            prefix: '',
            chart: { context, file: context.fileRef, span: context.pairSpan(namePair) },
            tagged: false,
          });
      }
      for (const dependency of nav.items(nav.get(root, 'dependencies'))) {
        const dependencyName = nav.pair(dependency, 'name');
        if (nav.text(dependencyName?.value) !== 'etcd' || !dependencyName) continue;
        if (!isBitnamiRepository(nav.text(nav.get(dependency, 'repository')))) continue;
        const aliasText = nav.text(nav.get(dependency, 'alias'));
        const alias = aliasText || 'etcd';
        const condition = nav.text(nav.get(dependency, 'condition'));
        out.push({
          prefix: `${alias}.`,
          chart: { context, file: context.fileRef, span: context.pairSpan(dependencyName) },
          ...(condition ? { condition } : {}),
          tagged: nav.get(dependency, 'tags') !== undefined,
          ...(aliasText && aliasText !== 'etcd' ? { aliased: true } : {}),
        });
      }
    }
  }
  return out;
}

/** The directory of a report path (`charts/x` for `charts/x/values.yaml`). */
export function directoryOf(relPath: string): string {
  return path.posix.dirname(relPath);
}
