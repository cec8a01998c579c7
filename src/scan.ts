import { DEFAULT_EXCLUDES, DEFAULT_PATTERNS, discoverFiles } from './discover/discover.js';
import { YamlContext, type YamlExtractor } from './extract/extractor.js';
import { kubeadmExtractor } from './extract/kubeadm.js';
import { podSpecExtractor } from './extract/pod-spec.js';
import { type LoadedFile, loadFile } from './load/load.js';
import type { Diagnostic, EtcdConfig, Finding, ScanResult } from './model.js';
import { RULES } from './rules/index.js';

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
const EXTRACTORS: readonly YamlExtractor[] = [podSpecExtractor, kubeadmExtractor];

/**
 * Text that every file able to configure etcd auto-TLS in a supported form contains; files without
 * it are not parsed. Case-insensitive and loose on purpose (`auto-tls`, `AUTO_TLS`, `useAutoTLS`).
 */
export function mayConfigureAutoTls(text: string): boolean {
  return /auto/i.test(text) && /tls/i.test(text);
}

/** The whole pipeline: discover -> load -> extract -> evaluate. No output, no process exit. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const discovery = discoverFiles({
    paths: options.paths && options.paths.length > 0 ? options.paths : ['.'],
    base: options.base,
    patterns: options.patterns && options.patterns.length > 0 ? options.patterns : DEFAULT_PATTERNS,
    exclude: options.exclude ?? DEFAULT_EXCLUDES,
  });
  const diagnostics: Diagnostic[] = [...discovery.diagnostics];
  const findings: Finding[] = [];
  const sources = new Map<string, string>();
  const loadOptions = {
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    prefilter: options.prefilter === false ? () => true : mayConfigureAutoTls,
  };
  let filesScanned = 0;
  await forEachLimited(discovery.files, READ_CONCURRENCY, async (file) => {
    const outcome = await loadFile(file, loadOptions);
    diagnostics.push(...outcome.diagnostics);
    if (!outcome.loaded) return;
    filesScanned++;
    const fileFindings = evaluate(extractAll(outcome.loaded));
    if (fileFindings.length > 0 && outcome.loaded.kind === 'yaml')
      sources.set(file.absPath, outcome.loaded.text);
    findings.push(...fileFindings);
  });
  return {
    findings: findings.sort(compareFindings),
    diagnostics: diagnostics.sort(compareDiagnostics),
    filesScanned,
    sources,
  };
}

export function extractAll(loaded: LoadedFile): EtcdConfig[] {
  if (loaded.kind !== 'yaml') return [];
  const configs: EtcdConfig[] = [];
  for (const doc of loaded.documents) {
    const context = new YamlContext(loaded, doc);
    for (const extractor of EXTRACTORS) configs.push(...extractor.extract(context));
  }
  return configs;
}

export function evaluate(configs: readonly EtcdConfig[]): Finding[] {
  return configs.flatMap((config) => RULES.flatMap((rule) => rule.evaluate(config)));
}

async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
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
