import { DEFAULT_EXCLUDES, DEFAULT_PATTERNS } from './discover/discover.js';
import { composeExtractor } from './extract/compose.js';
import { configMapEmbeddedExtractor } from './extract/configmap-embedded.js';
import { k0sExtractor, rkeExtractor } from './extract/distributions.js';
import { envFileExtractor } from './extract/env-file.js';
import { etcdConfigFileExtractor } from './extract/etcd-config-file.js';
import { type ExtractEnv, type TextExtractor, YamlContext, type YamlExtractor } from './extract/extractor.js';
import { helmValuesExtractor } from './extract/helm-values.js';
import { ineffectiveSettingsExtractor } from './extract/ineffective-settings.js';
import { kubeadmExtractor } from './extract/kubeadm.js';
import { kustomizationFileExtractor, kustomizeExtractor } from './extract/kustomize.js';
import { podSpecExtractor } from './extract/pod-spec.js';
import { ScanIndex } from './extract/scan-index.js';
import { systemdExtractor } from './extract/systemd.js';
import { gather } from './gather/gather.js';
import { type LoadedFile, loadFile, parseLoaded, type TextFile } from './load/load.js';
import { mentionsConfigMap } from './load/prefilter.js';
import type { Diagnostic, EtcdConfig, FileRef, Finding, ScanResult } from './model.js';
import { RULES } from './rules/index.js';
import { applySuppressions } from './triage/suppressions.js';

const RULE_IDS = RULES.map((rule) => rule.meta.id);

export interface ScanOptions {
  /** Files or directories to scan (default: the base directory). */
  paths?: readonly string[];
  /** Directory that report paths are relative to. */
  base: string;
  patterns?: readonly string[];
  exclude?: readonly string[];
  /** Files larger than this many bytes are skipped with a diagnostic. */
  maxFileSize?: number;
  /** Off only in tests that prove the prefilter never drops a file with findings. */
  prefilter?: boolean;
  /** Threads that walk and read files (see gather.ts); default: the machine's cores, at most 4. */
  threads?: number;
}

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/** Input forms, one extractor each. A new form is a new entry here; rules and reports do not change. */
export const YAML_EXTRACTORS: readonly YamlExtractor[] = [
  podSpecExtractor,
  kubeadmExtractor,
  etcdConfigFileExtractor,
  configMapEmbeddedExtractor,
  composeExtractor,
  k0sExtractor,
  rkeExtractor,
  helmValuesExtractor,
  kustomizeExtractor,
  ineffectiveSettingsExtractor,
];
export const TEXT_EXTRACTORS: readonly TextExtractor[] = [
  systemdExtractor,
  envFileExtractor,
  kustomizationFileExtractor,
];

/** The whole pipeline: discover -> load -> index -> extract -> evaluate. No output, no process exit. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  // Files the prefilter keeps are parsed as they arrive, on this thread, while the walk goes on.
  const files: LoadedFile[] = [];
  const deferred: { file: FileRef; text: string }[] = [];
  const diagnostics: Diagnostic[] = [];
  const gathered = await gather({
    paths: options.paths && options.paths.length > 0 ? options.paths : ['.'],
    base: options.base,
    patterns: options.patterns && options.patterns.length > 0 ? options.patterns : DEFAULT_PATTERNS,
    exclude: options.exclude ?? DEFAULT_EXCLUDES,
    maxFileSize,
    prefilter: options.prefilter !== false,
    ...(options.threads === undefined ? {} : { threads: options.threads }),
    onKept: ({ file, read }) => {
      if (read.relevance === 'context') {
        deferred.push({ file, text: read.text });
        return;
      }
      const outcome = parseLoaded(file, read.text);
      diagnostics.push(...outcome.diagnostics);
      if (outcome.loaded) files.push(outcome.loaded);
    },
  });
  diagnostics.push(...gathered.diagnostics);
  let skipped = gathered.skipped + gathered.lookups.length;
  const lookups = [...gathered.lookups];
  // Context files (a process running etcd, a kustomization) only matter when a settings file needs
  // them: a ConfigMap read through envFrom, an env file read by a unit, a patch applied by a
  // kustomization. Otherwise they are counted but not parsed.
  const needsContext = files.some(
    (file) => file.kind === 'text' || (file.kind === 'yaml' && /ConfigMap|patch/.test(file.text)),
  );
  for (const { file, text } of deferred) {
    if (!needsContext) {
      skipped++;
      if (mentionsConfigMap(text)) lookups.push(file);
      continue;
    }
    const outcome = parseLoaded(file, text);
    diagnostics.push(...outcome.diagnostics);
    if (outcome.loaded) files.push(outcome.loaded);
  }
  // Files arrive in thread order; extraction runs in path order so that output never depends on it.
  files.sort((a, b) => compareText(a.file.relPath, b.file.relPath));
  let extraction = extractFiles(files);
  const wanted = extraction.missingConfigMaps;
  if (wanted.size > 0 && lookups.length > 0) {
    // An etcd container reads a ConfigMap the prefilter skipped (configMapKeyRef may use any key
    // name): load the ConfigMaps that name it, then extract again with them in the index.
    const named = (text: string) =>
      mentionsConfigMap(text) && [...wanted].some((name) => text.includes(name))
        ? ('settings' as const)
        : ('none' as const);
    for (const file of lookups) {
      const outcome = loadFile(file, { maxFileSize, classify: named });
      if (outcome.loaded && outcome.loaded.kind !== 'skipped') {
        files.push(outcome.loaded);
        skipped--;
      }
    }
    files.sort((a, b) => compareText(a.file.relPath, b.file.relPath));
    extraction = extractFiles(files);
  }
  diagnostics.push(...extraction.notices);
  const findings = dedupe(evaluate(consumersFirst(extraction.configs))).filter(
    outsideConditionalTemplateLines(files),
  );
  diagnostics.push(...templateNotices(files));
  const texts = new Map(
    files.flatMap((file) => (file.kind === 'skipped' ? [] : [[file.file.absPath, file.text]])),
  );
  const sources = new Map<string, string>();
  for (const finding of findings) {
    const text = texts.get(finding.file.absPath);
    if (text !== undefined) sources.set(finding.file.absPath, text);
  }
  const triage = applySuppressions(findings, (file) => sources.get(file.absPath), RULE_IDS);
  diagnostics.push(...triage.diagnostics);
  return {
    findings: triage.active.sort(compareFindings),
    suppressed: triage.suppressed.sort(compareFindings),
    diagnostics: diagnostics.sort(compareDiagnostics),
    filesScanned: files.length + skipped,
    sources,
  };
}

export interface Extraction {
  configs: EtcdConfig[];
  /** Scan notices the extractors raised (ineffective settings, partly analysed files). */
  notices: Diagnostic[];
  /** ConfigMap names an etcd container refers to that no loaded file defines. */
  missingConfigMaps: ReadonlySet<string>;
}

/** Runs every extractor over loaded files, after indexing them all (forms that span files need it). */
export function extractFiles(files: readonly LoadedFile[]): Extraction {
  const contexts: YamlContext[] = [];
  const textFiles: TextFile[] = [];
  for (const file of files) {
    if (file.kind === 'yaml') for (const doc of file.documents) contexts.push(new YamlContext(file, doc));
    else if (file.kind === 'text') textFiles.push(file);
  }
  const notices: Diagnostic[] = [];
  const index = new ScanIndex(contexts, textFiles);
  const env: ExtractEnv = { index, notify: (diagnostic) => notices.push(diagnostic) };
  const configs: EtcdConfig[] = [];
  for (const context of contexts)
    for (const extractor of YAML_EXTRACTORS) configs.push(...extractor.extract(context, env));
  for (const file of textFiles)
    for (const extractor of TEXT_EXTRACTORS) configs.push(...extractor.extract(file, env));
  return { configs, notices, missingConfigMaps: index.missingConfigMaps };
}

export function evaluate(configs: readonly EtcdConfig[]): Finding[] {
  return configs.flatMap((config) => RULES.flatMap((rule) => rule.evaluate(config)));
}

/** Drops findings on template lines emitted only under a condition or loop (`{{ if }}`...`{{ end }}`). */
export function outsideConditionalTemplateLines(files: readonly LoadedFile[]): (finding: Finding) => boolean {
  const conditional = new Map<string, readonly [number, number][]>();
  for (const file of files) {
    if (file.kind === 'yaml' && file.template)
      conditional.set(file.file.absPath, file.template.conditionalLines);
  }
  return (finding) => {
    const line = finding.span.startLine;
    return !conditional.get(finding.file.absPath)?.some(([start, end]) => line >= start && line <= end);
  };
}

/** One notice per templated file: only what it writes literally, outside conditions, was read. */
function templateNotices(files: readonly LoadedFile[]): Diagnostic[] {
  return files.flatMap((file): Diagnostic[] =>
    file.kind === 'yaml' && file.template && file.documents.length > 0
      ? [
          {
            level: 'note',
            id: 'template-partly-analysed',
            message: `partly analysed: the file is a template (${file.template.actions} template actions); only its literal, unconditional settings were analysed, not values from template expressions or conditional blocks`,
            file: file.file,
          },
        ]
      : [],
  );
}

/**
 * A file that only holds settings (an env file, an etcd config file) is reported on its own, and
 * again through the process that reads it (a systemd unit's EnvironmentFile=). The second names the
 * process, so it goes first and wins the deduplication below.
 */
function consumersFirst(configs: EtcdConfig[]): EtcdConfig[] {
  const standalone = (config: EtcdConfig) =>
    config.launcher.kind === 'env-file' || config.launcher.kind === 'config-file' ? 1 : 0;
  return [...configs].sort((a, b) => standalone(a) - standalone(b));
}

/** One finding per rule and location: a setting reached twice (a shared anchor, a file read by a unit). */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = JSON.stringify([finding.ruleId, finding.file.relPath, finding.span]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.file.relPath, b.file.relPath) ||
    a.span.startLine - b.span.startLine ||
    a.span.startColumn - b.span.startColumn ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareText(a.file?.relPath ?? '', b.file?.relPath ?? '') ||
    (a.span?.startLine ?? 0) - (b.span?.startLine ?? 0) ||
    compareText(a.message, b.message)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
