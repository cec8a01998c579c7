// SARIF 2.1.0 for GitHub code scanning. GitHub uses only a subset of SARIF and rejects or mis-files
// alerts for things the schema allows (research/sarif.md §1, §8), so the shape here is deliberate:
// one run, every rule fully described, one single-line location per result, repo-relative
// percent-encoded URIs, explicit levels, a line-hash fingerprint, and byte-for-byte deterministic
// output so that re-running on the same commit never opens or closes an alert.

import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Diagnostic, FileRef, Finding, Level, ScanResult, Span } from '../model.js';
import type { RuleMeta } from '../rules/rule.js';
import { INFORMATION_URI, TOOL_NAME, VERSION } from '../version.js';
import { logSafeJson } from './escape.js';
import { lineHashes } from './fingerprint.js';

/** A final-2.1.0 schema id accepted by GitHub (the multitool's GH1011 rejects pre-release ids). */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** GitHub keeps only the first 10 tags of a rule (and rejects the file above 20). */
const MAX_TAGS = 10;

/** GitHub's `problem.severity` has no `note`: its lowest value is `recommendation`. */
const PROBLEM_SEVERITY: Record<Level, 'error' | 'warning' | 'recommendation'> = {
  error: 'error',
  warning: 'warning',
  note: 'recommendation',
};

export interface SarifOptions {
  /** Code scanning category; becomes `automationDetails.id` = `<category>/`. */
  category?: string;
  /** The file's text as decoded from disk, for fingerprints; undefined when it cannot be read. */
  fileText: (file: FileRef) => string | undefined;
  /**
   * False for the report of a run that could not check what it was asked to (the Action's
   * `result: error`). GitHub code scanning refuses to process such an upload ("unsuccessful
   * execution", github/codeql-action#1393), so it never closes open alerts the way an upload with
   * empty results would.
   */
  executionSuccessful?: boolean;
}

export function toSarif(result: ScanResult, rules: readonly RuleMeta[], options: SarifOptions): Sarif.Log {
  const ruleIndexes = indexRules(rules);
  const fingerprintOf = fingerprinter(options.fileText);
  const results = sortedFindings(result.findings).map(({ finding, uri }) =>
    toResult(finding, uri, ruleIndexes, fingerprintOf),
  );
  const run: Sarif.Run = {
    tool: {
      driver: {
        name: TOOL_NAME,
        version: VERSION,
        semanticVersion: VERSION,
        informationUri: INFORMATION_URI,
        rules: rules.map(ruleDescriptor),
      },
    },
  };
  const automationId = automationDetailsId(options.category);
  // Only when asked: an id written here overrides upload-sarif's own `category` input.
  if (automationId !== undefined) run.automationDetails = { id: automationId };
  run.invocations = [
    {
      executionSuccessful: options.executionSuccessful ?? true,
      toolExecutionNotifications: sortedNotifications(result.diagnostics),
    },
  ];
  // Always present, even empty: an upload with no results is how GitHub closes fixed alerts.
  run.results = results;
  run.columnKind = 'utf16CodeUnits';
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

/**
 * The SARIF file's exact bytes: stable formatting, a final newline for diff-friendly files, and
 * log-safe escapes (escape.ts) that parse to the same document, since `--format sarif` may be
 * printed in a GitHub Actions step.
 */
export function serializeSarif(log: Sarif.Log): string {
  return `${logSafeJson(JSON.stringify(log, null, 2))}\n`;
}

/**
 * Percent-encodes a repo-relative path segment by segment, keeping `/`. Only RFC 3986 unreserved
 * characters stay as they are: GitHub rejects an upload whose URI has a space or other raw
 * character ("an invalid URI was provided as a SARIF location"), and encoding `:` keeps a first
 * segment like `c:` from reading as a URI scheme.
 */
export function encodeUri(relPath: string): string {
  return relPath.split('/').map(encodeSegment).join('/');
}

/**
 * The artifact URI of a file: repo-relative when it lies under the report base, which is always the
 * case for the Action (the workspace); an absolute `file:` URI for a CLI path outside the current
 * directory (or on another Windows drive), since a relative URI must never climb with `..`.
 */
export function artifactUri(file: FileRef): string {
  const { relPath, absPath } = file;
  // On Windows a file on another drive has no relative path: path.relative gives `D:/x/a.yaml`.
  const drive = /^[A-Za-z]:[\\/]/.test(absPath);
  if (drive && /^[A-Za-z]:\//.test(relPath))
    return `file:///${absPath.slice(0, 2)}/${encodeUri(absPath.slice(3).replace(/\\/g, '/'))}`;
  if (relPath === '..' || relPath.startsWith('../')) return pathToFileURL(absPath).href;
  return encodeUri(relPath);
}

function encodeSegment(segment: string): string {
  return encodeURIComponent(replaceLoneSurrogates(segment)).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** encodeURIComponent throws on an unpaired surrogate; a report must not crash on a file name. */
function replaceLoneSurrogates(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function automationDetailsId(category: string | undefined): string | undefined {
  if (category === undefined || category === '') return undefined;
  // GitHub reads everything up to the last `/` as the category; without one it would be a run id.
  return category.endsWith('/') ? category : `${category}/`;
}

function indexRules(rules: readonly RuleMeta[]): Map<string, number> {
  const indexes = new Map<string, number>();
  rules.forEach((rule, index) => {
    if (indexes.has(rule.id)) throw new Error(`rule ${rule.id} is listed twice`);
    indexes.set(rule.id, index);
  });
  return indexes;
}

function ruleDescriptor(meta: RuleMeta): Sarif.ReportingDescriptor {
  return {
    id: meta.id,
    name: meta.name,
    shortDescription: { text: meta.shortDescription },
    fullDescription: { text: meta.fullDescription },
    // GitHub renders help.markdown (with the docs link) and never shows helpUri; it is kept for the API.
    help: { text: meta.helpText, markdown: meta.helpMarkdown },
    helpUri: `${INFORMATION_URI}/blob/main/${encodeUri(meta.docsPath)}`,
    defaultConfiguration: { level: meta.defaultLevel },
    properties: {
      tags: ruleTags(meta.tags),
      precision: meta.precision,
      'problem.severity': PROBLEM_SEVERITY[meta.defaultLevel],
      // A number in a string; any security-severity files the alert under security results.
      'security-severity': meta.securitySeverity,
    },
  };
}

/** `security` first so the 10-tag cut can never drop it; the schema wants distinct tags. */
function ruleTags(tags: readonly string[]): string[] {
  return [...new Set(['security', ...tags])].slice(0, MAX_TAGS);
}

/** Hashes each file once, however many findings it has; undefined when its text is unavailable. */
function fingerprinter(
  fileText: SarifOptions['fileText'],
): (file: FileRef, line: number) => string | undefined {
  const cache = new Map<string, string[] | undefined>();
  return (file, line) => {
    if (!cache.has(file.relPath)) {
      const text = fileText(file);
      cache.set(file.relPath, text === undefined ? undefined : lineHashes(text));
    }
    return cache.get(file.relPath)?.[line - 1];
  };
}

function toResult(
  finding: Finding,
  uri: string,
  ruleIndexes: ReadonlyMap<string, number>,
  fingerprintOf: (file: FileRef, line: number) => string | undefined,
): Sarif.Result {
  const ruleIndex = ruleIndexes.get(finding.ruleId);
  if (ruleIndex === undefined)
    throw new Error(`finding for rule ${finding.ruleId}, which is not in the rule list`);
  const region = regionOf(finding.span);
  const related = finding.related ?? [];
  // GitHub links `[text](id)` in a result's message to the related location with that id; every
  // other bracket is escaped, so a name written in a scanned file can never form a link.
  const links = related.map((r, i) => `[${escapeBrackets(r.message)}](${i + 1})`);
  const result: Sarif.Result = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: finding.level,
    message: {
      text: `${escapeBrackets(finding.message)}${links.length > 0 ? ` Evidence: ${links.join('; ')}.` : ''}`,
    },
    locations: [location(uri, region)],
  };
  if (related.length > 0) {
    result.relatedLocations = related.map((r, i) => ({
      id: i + 1,
      ...location(artifactUri(r.file), r.span === undefined ? undefined : regionOf(r.span)),
      message: { text: escapeBrackets(r.message) },
    }));
  }
  const hash = fingerprintOf(finding.file, region.startLine);
  if (hash !== undefined) result.partialFingerprints = { primaryLocationLineHash: hash };
  // Only with a baseline: `new` or `unchanged` (SARIF 2.1.0 §3.27.24).
  if (finding.baselineState) result.baselineState = finding.baselineState;
  result.properties = { subject: finding.subject };
  return result;
}

/**
 * Plain-text SARIF messages read `[text](target)` as an embedded link (SARIF 2.1.0 §3.11.6), and a
 * literal bracket is written `\[` / `\]`; a backslash before a bracket is doubled first.
 */
function escapeBrackets(text: string): string {
  return text.replace(/\\(?=[[\]])/g, '\\\\').replace(/[[\]]/g, '\\$&');
}

/**
 * The span as a SARIF region with GitHub's constraints enforced: one line or column 0, or an empty
 * single-line range, fails the whole upload, so a faulty span is widened rather than passed on.
 */
function regionOf(span: Span): Sarif.Region & { startLine: number } {
  const startLine = Math.max(1, span.startLine);
  const startColumn = Math.max(1, span.startColumn);
  const endLine = Math.max(startLine, span.endLine);
  const endColumn =
    endLine === startLine ? Math.max(startColumn + 1, span.endColumn) : Math.max(1, span.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

function location(uri: string, region: Sarif.Region | undefined): Sarif.Location {
  const physicalLocation: Sarif.PhysicalLocation = { artifactLocation: { uri } };
  if (region !== undefined) physicalLocation.region = region;
  return { physicalLocation };
}

function notification(diagnostic: Diagnostic, uri: string | undefined): Sarif.Notification {
  const result: Sarif.Notification = {
    descriptor: { id: diagnostic.id },
    level: diagnostic.level,
    message: { text: diagnostic.message },
  };
  if (uri !== undefined) {
    const region = diagnostic.span === undefined ? undefined : regionOf(diagnostic.span);
    result.locations = [location(uri, region)];
  }
  return result;
}

type SortKey = readonly (string | number)[];

/** Code-unit order, never localeCompare: the output must not depend on the runner's locale. */
function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as string | number;
    const y = b[i] as string | number;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

function sortedFindings(findings: readonly Finding[]): { finding: Finding; uri: string }[] {
  const keyed = findings.map((finding) => {
    const uri = artifactUri(finding.file);
    const { startLine, startColumn, endLine, endColumn } = finding.span;
    const { ruleId, message, subject, title } = finding;
    const key = [uri, startLine, startColumn, ruleId, message, endLine, endColumn, subject, title];
    return { finding, uri, key };
  });
  return keyed.sort((a, b) => compareKeys(a.key, b.key)).map(({ finding, uri }) => ({ finding, uri }));
}

function sortedNotifications(diagnostics: readonly Diagnostic[]): Sarif.Notification[] {
  const keyed = diagnostics.map((diagnostic) => {
    const uri = diagnostic.file === undefined ? undefined : artifactUri(diagnostic.file);
    const span = diagnostic.span;
    const key = [
      uri ?? '',
      diagnostic.message,
      diagnostic.id,
      diagnostic.level,
      span?.startLine ?? 0,
      span?.startColumn ?? 0,
    ];
    return { key, notification: notification(diagnostic, uri) };
  });
  return keyed.sort((a, b) => compareKeys(a.key, b.key)).map(({ notification }) => notification);
}
