// The extract stage: every input form's extractor over the loaded files, after indexing them all
// (forms span files: a workload's `envFrom` names a ConfigMap elsewhere, a unit's
// `EnvironmentFile=` an env file). It owns what is true of extraction as a whole: settings under a
// template condition are marked, fragments a process reads are dropped (the process reports them
// with their context), and processes come before fragments.

import { TooComplexError } from '../load/bounds.js';
import type { LoadedFile, TextFile } from '../load/load.js';
import type { TemplateInfo } from '../load/template.js';
import type { Diagnostic, EtcdClientConfig, EtcdConfig, FileRef, Setting } from '../model.js';
import { pairClusterCas } from './cluster-ca.js';
import { composeExtractor } from './compose.js';
import { configMapEmbeddedExtractor } from './configmap-embedded.js';
import { k0sExtractor, k3sExtractor, rkeExtractor, talosExtractor } from './distributions.js';
import { dockerfileExtractor } from './dockerfile.js';
import { envFileExtractor } from './env-file.js';
import { etcdConfigFileExtractor } from './etcd-config-file.js';
import { etcdOperatorExtractor } from './etcd-operator.js';
import {
  k0sExternalEtcdExtractor,
  kubeadmExternalEtcdExtractor,
  rkeExternalEtcdExtractor,
} from './external-etcd.js';
import type {
  ClientTextExtractor,
  ClientYamlExtractor,
  ExtractEnv,
  TextExtractor,
  YamlExtractor,
} from './extractor.js';
import { argoCdExtractor } from './gitops-argo.js';
import { fluxHelmReleaseExtractor } from './gitops-flux.js';
import { k3sHelmChartExtractor } from './gitops-k3s.js';
import { kustomizeHelmChartsExtractor } from './gitops-kustomize.js';
import { helmChartExtractor, helmValuesExtractor } from './helm-values.js';
import { helmfileExtractor } from './helmfile.js';
import { kubeApiServerExtractor, kubeApiServerUnitExtractor } from './kube-apiserver.js';
import { kubeadmExtractor } from './kubeadm.js';
import { kustomizationFileExtractor, kustomizeExtractor } from './kustomize.js';
import { operatorExtractor } from './operators.js';
import { podSpecExtractor } from './pod-spec.js';
import { ScanIndex } from './scan-index.js';
import { shellScriptExtractor } from './shell-script.js';
import { appendAll } from './shell-text.js';
import { systemdExtractor } from './systemd.js';
import { ConditionDecider, type ValueSet } from './template-conditions.js';
import { YamlContext } from './yaml-context.js';

/** Input forms, one extractor each. A new form is a new entry here; rules and reports do not change. */
export const YAML_EXTRACTORS: readonly YamlExtractor[] = [
  podSpecExtractor,
  kubeadmExtractor,
  etcdConfigFileExtractor,
  configMapEmbeddedExtractor,
  composeExtractor,
  k0sExtractor,
  rkeExtractor,
  k3sExtractor,
  talosExtractor,
  helmValuesExtractor,
  helmChartExtractor,
  kustomizeExtractor,
  operatorExtractor,
  etcdOperatorExtractor,
  argoCdExtractor,
  fluxHelmReleaseExtractor,
  k3sHelmChartExtractor,
  kustomizeHelmChartsExtractor,
  helmfileExtractor,
];
export const TEXT_EXTRACTORS: readonly TextExtractor[] = [
  systemdExtractor,
  envFileExtractor,
  kustomizationFileExtractor,
  shellScriptExtractor,
  dockerfileExtractor,
];

/** Forms that configure the kube-apiserver as etcd's client (the apiserver rules read these). */
export const CLIENT_YAML_EXTRACTORS: readonly ClientYamlExtractor[] = [
  kubeApiServerExtractor,
  kubeadmExternalEtcdExtractor,
  k0sExternalEtcdExtractor,
  rkeExternalEtcdExtractor,
];
export const CLIENT_TEXT_EXTRACTORS: readonly ClientTextExtractor[] = [kubeApiServerUnitExtractor];

export interface Extraction {
  /** The files extracted from: those given, and any a second pass loaded. */
  files: readonly LoadedFile[];
  configs: EtcdConfig[];
  /** kube-apiservers and the tools that configure them: etcd's clients. */
  clients: EtcdClientConfig[];
  /** Scan notices the extractors raised (stray lines, partly analysed files). */
  notices: Diagnostic[];
  /** ConfigMap names an etcd container refers to that no loaded file defines. */
  missingConfigMaps: ReadonlySet<string>;
  /** Files a kustomization names that were not loaded. */
  missingFiles: ReadonlySet<string>;
  /** Names of Flux sources (HelmRepository...) a release refers to that no loaded file defines. */
  missingObjects: ReadonlySet<string>;
  /** Chart and role directories (and `group_vars`) whose values decide a template's condition. */
  wantedValues: ReadonlySet<string>;
}

/** Files a later pass can load on request, which the prefilter set aside or skipped. */
export interface LookupSource {
  /** The files that define any of these ConfigMaps, loaded. */
  configMaps(names: ReadonlySet<string>): LoadedFile[];
  /** Scanned files by report path (patches a kustomization names), loaded whole. */
  files(relPaths: ReadonlySet<string>): LoadedFile[];
  /**
   * The values and variable files of these chart or role directories (`group_vars`: all of them),
   * and the GitOps releases and helmfiles that may apply values to a chart, loaded.
   */
  valueFiles?(dirs: ReadonlySet<string>): LoadedFile[];
  /** The files that define any of these Flux sources (HelmRepository, OCIRepository...), loaded. */
  objects?(names: ReadonlySet<string>): LoadedFile[];
}

/**
 * Extracts, and when a configuration refers to a file the prefilter skipped (a ConfigMap an etcd
 * container reads through `configMapKeyRef`, whose key may have any name; a patch a kustomization
 * applies, which need not name etcd), loads those files and extracts again with them in the index.
 */
export function extractWithLookups(files: readonly LoadedFile[], lookups?: LookupSource): Extraction {
  let extraction = extractFiles(files);
  if (!lookups) return extraction;
  const known = new Set(files.map((file) => file.file.absPath));
  let all = [...files];
  // A file loaded for one lookup can ask for another (a release's values file is read only once the
  // chart it names is known to be a chart directory): a few passes, until nothing new is wanted.
  // Each name, path or directory is asked for once: a later pass asks only for what is new.
  const asked = {
    configMaps: new Set<string>(),
    files: new Set<string>(),
    values: new Set<string>(),
    objects: new Set<string>(),
  };
  const fresh = (wanted: ReadonlySet<string>, before: Set<string>) => {
    const out = new Set([...wanted].filter((item) => !before.has(item)));
    for (const item of out) before.add(item);
    return out;
  };
  for (let pass = 0; pass < MAX_LOOKUP_PASSES; pass++) {
    const configMaps = fresh(extraction.missingConfigMaps, asked.configMaps);
    const paths = fresh(extraction.missingFiles, asked.files);
    const dirs = fresh(extraction.wantedValues, asked.values);
    const objects = fresh(extraction.missingObjects, asked.objects);
    const more = [
      ...(configMaps.size > 0 ? lookups.configMaps(configMaps) : []),
      ...(paths.size > 0 ? lookups.files(paths) : []),
      ...(dirs.size > 0 && lookups.valueFiles ? lookups.valueFiles(dirs) : []),
      ...(objects.size > 0 && lookups.objects ? lookups.objects(objects) : []),
    ];
    const added = more.filter((file) => !known.has(file.file.absPath) && known.add(file.file.absPath));
    if (added.length === 0) return extraction;
    all = sortedByPath([...all, ...added]);
    extraction = extractFiles(all);
  }
  return extraction;
}

/** Extraction passes after the first that may load files other files ask for. */
const MAX_LOOKUP_PASSES = 3;

/** Runs every extractor over loaded files, after indexing them all. */
export function extractFiles(files: readonly LoadedFile[]): Extraction {
  const contexts: YamlContext[] = [];
  const textFiles: TextFile[] = [];
  const templates = new Map<string, TemplateInfo>();
  for (const file of files) {
    // Text files carry template analysis too (a templated unit, env file or script).
    if (file.template) templates.set(file.file.absPath, file.template);
    if (file.kind === 'yaml') {
      for (const doc of file.documents) contexts.push(new YamlContext(file, doc));
    } else textFiles.push(file);
  }
  const notices: Diagnostic[] = [];
  const consumed = new Set<string>();
  const index = new ScanIndex(contexts, textFiles, new Set(files.map((file) => file.file.relPath)));
  const releases = new Map<string, ValueSet[]>();
  const env: ExtractEnv = {
    index,
    notify: (diagnostic) => notices.push(diagnostic),
    consume: (file) => consumed.add(file.absPath),
    releaseValues: (dir, values) => releases.set(dir, [...(releases.get(dir) ?? []), values]),
  };
  const configs: EtcdConfig[] = [];
  // A reader over its bound (bounds.ts) gives up on that document or file with a warning.
  const bounded = <T>(into: T[], file: FileRef, run: () => T[]) => {
    try {
      appendAll(into, run());
    } catch (error) {
      if (!(error instanceof TooComplexError)) throw error;
      notices.push({ level: 'warning', id: 'too-complex', message: error.message, file });
    }
  };
  for (const context of contexts)
    for (const extractor of YAML_EXTRACTORS)
      bounded(configs, context.fileRef, () => extractor.extract(context, env));
  for (const file of textFiles)
    for (const extractor of TEXT_EXTRACTORS) bounded(configs, file.file, () => extractor.extract(file, env));
  const clients: EtcdClientConfig[] = [];
  for (const context of contexts)
    for (const extractor of CLIENT_YAML_EXTRACTORS)
      bounded(clients, context.fileRef, () => extractor.extract(context, env));
  for (const file of textFiles)
    for (const extractor of CLIENT_TEXT_EXTRACTORS)
      bounded(clients, file.file, () => extractor.extract(file, env));
  const kept = configs.filter((config) => config.kind === 'process' || !consumed.has(config.file.absPath));
  const decider = new ConditionDecider(index, (dir) => releases.get(dir) ?? []);
  for (const config of kept) markConditional(config, templates, decider);
  for (const client of clients) markConditional(client, templates, decider);
  // After marking: the pairing copies the kube-apiserver's CA setting, with its condition.
  pairClusterCas(kept, clients);
  notices.push(...templateNotices(files, kept));
  // A setting reached through several configs keeps the wording of the one with the most context
  // (evaluate dedupes, first wins): a process as an overlay patches it, then a process as written,
  // then a fragment.
  const rank = (config: EtcdConfig) => (config.kind === 'fragment' ? 2 : config.related ? 0 : 1);
  kept.sort((a, b) => rank(a) - rank(b));
  return {
    files,
    configs: kept,
    clients,
    notices,
    missingConfigMaps: index.missingConfigMaps,
    missingFiles: index.missingFiles,
    missingObjects: index.missingObjects,
    wantedValues: decider.wanted,
  };
}

/**
 * A setting on a line a template emits only under a condition or loop (`{{ if }}`...`{{ end }}`,
 * `{% if %}`...`{% endif %}`) may be rendered once, many times or never: the condition is recorded
 * with its decision from the repository's values, when they decide it (template-conditions.ts).
 */
function markConditional(
  config: Pick<EtcdConfig, 'file' | 'flags'> & Partial<Pick<EtcdConfig, 'env' | 'configFile'>>,
  templates: ReadonlyMap<string, TemplateInfo>,
  decider: ConditionDecider,
): void {
  if (templates.size === 0) return;
  const mark = (setting: Setting) => {
    const file = setting.file ?? config.file;
    const template = templates.get(file.absPath);
    const line = setting.span.startLine;
    if (!template?.conditionalLines.some(([start, end]) => line >= start && line <= end)) return;
    const condition = decider.decide(file, template, line);
    if (condition) setting.conditional = condition;
  };
  for (const setting of config.flags) mark(setting);
  for (const setting of config.env ?? []) mark(setting);
  for (const setting of config.configFile ?? []) mark(setting);
  // A setting that no values the repository applies render does not exist for etcd.
  const rendered = (setting: Setting) => setting.conditional?.rendered !== false;
  config.flags = config.flags.filter(rendered);
  if (config.env) config.env = config.env.filter(rendered);
  if (config.configFile) config.configFile = config.configFile.filter(rendered);
}

/**
 * A template is only partly analysed (its expressions and conditional blocks are not rendered):
 * worth a notice only where it gives an etcd configuration, not on every chart or workflow that
 * happens to hold `{{ }}`.
 */
function templateNotices(files: readonly LoadedFile[], configs: readonly EtcdConfig[]): Diagnostic[] {
  const withConfig = new Set<string>();
  for (const config of configs) {
    withConfig.add(config.file.absPath);
    for (const setting of [...config.flags, ...config.env, ...(config.configFile ?? [])])
      if (setting.file) withConfig.add(setting.file.absPath);
  }
  const notices: Diagnostic[] = [];
  for (const { file, template } of files) {
    if (!template || !withConfig.has(file.absPath)) continue;
    notices.push({
      level: 'note',
      id: 'template-partly-analysed',
      message: `partly analysed: the file is a template (${template.actions} template action${template.actions === 1 ? '' : 's'}); values written by template expressions are unknown, and settings under template conditions count only as far as the repository's values decide them`,
      file,
    });
  }
  return notices;
}

export function sortedByPath<T extends { file: { relPath: string } }>(files: readonly T[]): T[] {
  return [...files].sort((a, b) =>
    a.file.relPath < b.file.relPath ? -1 : a.file.relPath > b.file.relPath ? 1 : 0,
  );
}
