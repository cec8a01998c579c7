import { DEFAULT_EXCLUDES, DEFAULT_PATTERNS, discoverFiles } from './discover/discover.js';
import { configMapEmbeddedExtractor } from './extract/configmap-embedded.js';
import { etcdConfigFileExtractor } from './extract/etcd-config-file.js';
import { type ExtractEnv, type TextExtractor, YamlContext, type YamlExtractor } from './extract/extractor.js';
import { kubeadmExtractor } from './extract/kubeadm.js';
import { podSpecExtractor } from './extract/pod-spec.js';
import { ScanIndex } from './extract/scan-index.js';
import { type LoadedFile, loadFile, type TextFile } from './load/load.js';
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
}

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
const READ_CONCURRENCY = 16;

/** Input forms, one extractor each. A new form is a new entry here; rules and reports do not change. */
export const YAML_EXTRACTORS: readonly YamlExtractor[] = [
  podSpecExtractor,
  kubeadmExtractor,
  etcdConfigFileExtractor,
  configMapEmbeddedExtractor,
];
export const TEXT_EXTRACTORS: readonly TextExtractor[] = [];

/**
 * Text that every file able to configure etcd in a supported form contains; other files are not
 * parsed. Loose on purpose: `auto-tls`, `AUTO_TLS`, `useAutoTLS`, and `etcd` (a workload that runs
 * etcd names its program, and may take `ETCD_AUTO_TLS` from a ConfigMap in another file).
 */
export function mayConfigureEtcd(text: string, _file?: FileRef): boolean {
  return /etcd|auto.{0,2}tls/i.test(text);
}

/** The whole pipeline: discover -> load -> index -> extract -> evaluate. No output, no process exit. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const discovery = discoverFiles({
    paths: options.paths && options.paths.length > 0 ? options.paths : ['.'],
    base: options.base,
    patterns: options.patterns && options.patterns.length > 0 ? options.patterns : DEFAULT_PATTERNS,
    exclude: options.exclude ?? DEFAULT_EXCLUDES,
  });
  const diagnostics: Diagnostic[] = [...discovery.diagnostics];
  const loadOptions = {
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    prefilter: options.prefilter === false ? () => true : mayConfigureEtcd,
  };
  const loaded: (LoadedFile | undefined)[] = new Array(discovery.files.length);
  await forEachLimited(discovery.files, READ_CONCURRENCY, async (file, i) => {
    const outcome = await loadFile(file, loadOptions);
    diagnostics.push(...outcome.diagnostics);
    loaded[i] = outcome.loaded;
  });
  const files = loaded.filter((file): file is LoadedFile => file !== undefined);
  const findings = dedupe(evaluate(consumersFirst(extractFiles(files, (d) => diagnostics.push(d)))));
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
    filesScanned: files.length,
    sources,
  };
}

/** Runs every extractor over loaded files, after indexing them all (forms that span files need it). */
export function extractFiles(
  files: readonly LoadedFile[],
  notify: (diagnostic: Diagnostic) => void,
): EtcdConfig[] {
  const contexts: YamlContext[] = [];
  const textFiles: TextFile[] = [];
  for (const file of files) {
    if (file.kind === 'yaml') for (const doc of file.documents) contexts.push(new YamlContext(file, doc));
    else if (file.kind === 'text') textFiles.push(file);
  }
  const env: ExtractEnv = { index: new ScanIndex(contexts, textFiles), notify };
  const configs: EtcdConfig[] = [];
  for (const context of contexts)
    for (const extractor of YAML_EXTRACTORS) configs.push(...extractor.extract(context, env));
  for (const file of textFiles)
    for (const extractor of TEXT_EXTRACTORS) configs.push(...extractor.extract(file, env));
  return configs;
}

export function evaluate(configs: readonly EtcdConfig[]): Finding[] {
  return configs.flatMap((config) => RULES.flatMap((rule) => rule.evaluate(config)));
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

async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<void>,
) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
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
