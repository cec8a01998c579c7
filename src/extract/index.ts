// The extract stage: every input form's extractor over the loaded files, after indexing them all
// (forms span files: a workload's `envFrom` names a ConfigMap elsewhere, a unit's
// `EnvironmentFile=` an env file). It owns what is true of extraction as a whole: settings under a
// template condition are marked, fragments a process reads are dropped (the process reports them
// with their context), and processes come before fragments.

import type { LoadedFile, TextFile } from '../load/load.js';
import type { TemplateInfo } from '../load/template.js';
import type { Diagnostic, EtcdConfig, Setting } from '../model.js';
import { composeExtractor } from './compose.js';
import { configMapEmbeddedExtractor } from './configmap-embedded.js';
import { k0sExtractor, k3sExtractor, rkeExtractor, talosExtractor } from './distributions.js';
import { dockerfileExtractor } from './dockerfile.js';
import { envFileExtractor } from './env-file.js';
import { etcdConfigFileExtractor } from './etcd-config-file.js';
import type { ExtractEnv, TextExtractor, YamlExtractor } from './extractor.js';
import { helmValuesExtractor } from './helm-values.js';
import { kubeadmExtractor } from './kubeadm.js';
import { kustomizationFileExtractor, kustomizeExtractor } from './kustomize.js';
import { podSpecExtractor } from './pod-spec.js';
import { ScanIndex } from './scan-index.js';
import { shellScriptExtractor } from './shell-script.js';
import { systemdExtractor } from './systemd.js';
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
  kustomizeExtractor,
];
export const TEXT_EXTRACTORS: readonly TextExtractor[] = [
  systemdExtractor,
  envFileExtractor,
  kustomizationFileExtractor,
  shellScriptExtractor,
  dockerfileExtractor,
];

export interface Extraction {
  /** The files extracted from: those given, and any a second pass loaded. */
  files: readonly LoadedFile[];
  configs: EtcdConfig[];
  /** Scan notices the extractors raised (stray lines, partly analysed files). */
  notices: Diagnostic[];
  /** ConfigMap names an etcd container refers to that no loaded file defines. */
  missingConfigMaps: ReadonlySet<string>;
}

/** Files a later pass can load on request: ConfigMaps the prefilter set aside (`lookup`). */
export interface LookupSource {
  /** The files that define any of these ConfigMaps, loaded. */
  configMaps(names: ReadonlySet<string>): LoadedFile[];
}

/**
 * Extracts, and when an etcd container reads a ConfigMap that no loaded file defines (through
 * `configMapKeyRef`, whose key may have any name, so the prefilter set it aside), loads the files
 * that define it and extracts again with them in the index.
 */
export function extractWithLookups(files: readonly LoadedFile[], lookups?: LookupSource): Extraction {
  const extraction = extractFiles(files);
  if (!lookups || extraction.missingConfigMaps.size === 0) return extraction;
  const more = lookups.configMaps(extraction.missingConfigMaps);
  if (more.length === 0) return extraction;
  return extractFiles(sortedByPath([...files, ...more]));
}

/** Runs every extractor over loaded files, after indexing them all. */
export function extractFiles(files: readonly LoadedFile[]): Extraction {
  const contexts: YamlContext[] = [];
  const textFiles: TextFile[] = [];
  const templates = new Map<string, TemplateInfo>();
  for (const file of files) {
    if (file.kind === 'yaml') {
      for (const doc of file.documents) contexts.push(new YamlContext(file, doc));
    } else textFiles.push(file);
    if (file.template) templates.set(file.file.absPath, file.template);
  }
  const notices: Diagnostic[] = [];
  const consumed = new Set<string>();
  const index = new ScanIndex(contexts, textFiles);
  const env: ExtractEnv = {
    index,
    notify: (diagnostic) => notices.push(diagnostic),
    consume: (file) => consumed.add(file.absPath),
  };
  const configs: EtcdConfig[] = [];
  for (const context of contexts)
    for (const extractor of YAML_EXTRACTORS) configs.push(...extractor.extract(context, env));
  for (const file of textFiles)
    for (const extractor of TEXT_EXTRACTORS) configs.push(...extractor.extract(file, env));
  const kept = configs.filter((config) => config.kind === 'process' || !consumed.has(config.file.absPath));
  for (const config of kept) markConditional(config, templates);
  notices.push(...templateNotices(files, kept));
  // Processes first: a setting reached through both keeps the process's wording (evaluate dedupes).
  kept.sort((a, b) => Number(a.kind === 'fragment') - Number(b.kind === 'fragment'));
  return { files, configs: kept, notices, missingConfigMaps: index.missingConfigMaps };
}

/**
 * A setting on a line a template emits only under a condition or loop (`{{ if }}`...`{{ end }}`,
 * `{% if %}`...`{% endif %}`) may be rendered once, many times or never.
 */
function markConditional(config: EtcdConfig, templates: ReadonlyMap<string, TemplateInfo>): void {
  if (templates.size === 0) return;
  const mark = (setting: Setting) => {
    const template = templates.get((setting.file ?? config.file).absPath);
    const line = setting.span.startLine;
    if (template?.conditionalLines.some(([start, end]) => line >= start && line <= end))
      setting.conditional = true;
  };
  for (const setting of config.flags) mark(setting);
  for (const setting of config.env) mark(setting);
  for (const setting of config.configFile ?? []) mark(setting);
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
      message: `partly analysed: the file is a template (${template.actions} template actions); only its literal, unconditional settings were analysed, not values from template expressions or conditional blocks`,
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
