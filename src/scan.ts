import { DEFAULT_EXCLUDES, DEFAULT_PATTERNS, planDiscovery } from './discover/discover.js';
import { namedFileResolver } from './discover/named-file.js';
import { extractWithLookups, type LookupSource, sortedByPath } from './extract/index.js';
import { gather } from './gather/gather.js';
import { type LoadedFile, parseLoaded } from './load/load.js';
import { loadConfigMaps, loadNamedFiles, loadObjects, loadValueFiles } from './load/lookups.js';
import type { Diagnostic, Finding, ScanResult } from './model.js';
import { evaluate } from './rules/evaluate.js';
import { RULES } from './rules/index.js';
import type { Rule } from './rules/rule.js';
import { type RuleSelection, selectRules } from './rules/select.js';
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
  /** Off with the CLI's --no-prefilter, and in tests that prove the prefilter never drops a file with findings. */
  prefilter?: boolean;
  /** Threads that walk and read files (see gather.ts); default: the machine's cores, at most 4. */
  threads?: number;
  /** Rules to run (default: all); an unknown rule id makes scan() throw before reading anything. */
  rules?: RuleSelection;
}

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/**
 * The whole pipeline: gather (discover, read, prefilter) -> load (parse) -> analyse (extract,
 * resolve and evaluate, triage). No output, no process exit.
 */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const rules = selectRules(options.rules);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  // Files the prefilter keeps are parsed as they arrive, on this thread, while the walk goes on.
  const files: LoadedFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const discovery = {
    paths: options.paths && options.paths.length > 0 ? options.paths : ['.'],
    base: options.base,
    patterns: options.patterns && options.patterns.length > 0 ? options.patterns : DEFAULT_PATTERNS,
    exclude: options.exclude ?? DEFAULT_EXCLUDES,
  };
  const gathered = await gather({
    ...discovery,
    maxFileSize,
    prefilter: options.prefilter !== false,
    ...(options.threads === undefined ? {} : { threads: options.threads }),
    onKept: ({ file, read }) => {
      const outcome = parseLoaded(file, read.text, { skipIrrelevantDocuments: options.prefilter !== false });
      diagnostics.push(...outcome.diagnostics);
      // A YAML file none of whose documents was worth parsing holds nothing for extraction: its
      // text is not kept (a tree of large JSON indexes would otherwise be held until the end).
      if (outcome.loaded && !holdsNothing(outcome.loaded)) files.push(outcome.loaded);
    },
  });
  // Files read on demand that the work bounds stop are said once, unless their first read said it.
  const gaps = new Map<string, Diagnostic>();
  const report = (diagnostic: Diagnostic) => gaps.set(diagnosticKey(diagnostic), diagnostic);
  // A set-aside file loaded by one lookup is not read and parsed again by a later one.
  const loaded = new Set<string>();
  const setAside = () => gathered.lookups.filter((file) => !loaded.has(file.absPath));
  const remember = (files: LoadedFile[]) => {
    for (const file of files) loaded.add(file.file.absPath);
    return files;
  };
  const lookups: LookupSource = {
    configMaps: (names) => remember(loadConfigMaps(setAside(), names, maxFileSize, report)),
    files: (relPaths) =>
      loadNamedFiles(relPaths, namedFileResolver(planDiscovery(discovery).spec), maxFileSize, report),
    valueFiles: (dirs) => remember(loadValueFiles(setAside(), dirs, maxFileSize, report)),
    objects: (names) => remember(loadObjects(setAside(), names, maxFileSize, report)),
  };
  const analysis = analyse(files, lookups, rules);
  for (const diagnostic of diagnostics) gaps.delete(diagnosticKey(diagnostic));
  return {
    ...analysis,
    diagnostics: [...diagnostics, ...gaps.values(), ...gathered.diagnostics, ...analysis.diagnostics].sort(
      compareDiagnostics,
    ),
    filesScanned: gathered.kept + gathered.skipped + gathered.lookups.length,
  };
}

function diagnosticKey(diagnostic: Diagnostic): string {
  return `${diagnostic.id}\0${diagnostic.file?.relPath ?? ''}\0${diagnostic.span?.startLine ?? ''}\0${diagnostic.message}`;
}

function holdsNothing(loaded: LoadedFile): boolean {
  return loaded.kind === 'yaml' && loaded.documents.every((doc) => doc.contents === null);
}

/** What analysing loaded files gives: everything in a ScanResult but the count of files read. */
export type Analysis = Omit<ScanResult, 'filesScanned'>;

/**
 * Everything after loading: extract (with the ConfigMap second pass), resolve and evaluate, then
 * inline suppressions. Files may arrive in any order (threads); extraction runs in path order so
 * that output never depends on it. Tests run files held in memory through this same function.
 */
export function analyse(
  loaded: readonly LoadedFile[],
  lookups?: LookupSource,
  rules: readonly Rule[] = RULES,
): Analysis {
  const files = sortedByPath(loaded);
  const extraction = extractWithLookups(files, lookups);
  const evaluation = evaluate(extraction.configs, rules, extraction.clients);
  const texts = new Map(extraction.files.map((file) => [file.file.absPath, file.text]));
  const sources = new Map<string, string>();
  for (const finding of evaluation.findings) {
    for (const file of [finding.file, ...(finding.related ?? []).map((related) => related.file)]) {
      const text = texts.get(file.absPath);
      if (text !== undefined) sources.set(file.absPath, text);
    }
  }
  const triage = applySuppressions(evaluation.findings, (file) => sources.get(file.absPath), RULE_IDS);
  return {
    findings: triage.active.sort(compareFindings),
    suppressed: triage.suppressed.sort(compareFindings),
    diagnostics: [...extraction.notices, ...evaluation.notices, ...triage.diagnostics].sort(
      compareDiagnostics,
    ),
    sources,
  };
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
