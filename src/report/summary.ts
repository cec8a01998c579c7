import type { Diagnostic, Finding, Level, ScanResult } from '../model.js';
import type { RuleMeta } from '../rules/rule.js';
import { plural } from './escape.js';
import { touchesChanged } from './evidence.js';
import { countBy } from './levels.js';
import { codeSpan, messageText } from './markdown.js';
import { encodeUri } from './sarif.js';

/** GitHub refuses a step summary above 1 MiB (1,048,576 bytes); stay well below it. */
export const SUMMARY_MAX_BYTES = 1_000_000;

/** Longest text put in one table cell (a fix, an object name, a reason). */
const MAX_CELL = 400;

export interface SummaryOptions {
  /** `owner/repo` and commit, for links to the findings; plain text without them. */
  repository?: string;
  sha?: string;
  serverUrl?: string;
  /** Rows of each table before "N more" (shrunk further when the summary would exceed maxBytes). */
  maxRows?: number;
  /** Largest summary in UTF-8 bytes (default SUMMARY_MAX_BYTES). */
  maxBytes?: number;
  result: 'pass' | 'fail';
  failOn: string;
  /** Files the pull request changes, when only findings in them gate the step. */
  changedFiles?: ReadonlySet<string>;
  /** Lines from the adapter about the run itself (changed-files list, upload), shown as a list. */
  notes?: readonly string[];
}

/**
 * Markdown for the job summary: verdict, counts per rule and level, the findings, the suppressed
 * findings with their reasons, scan notices. Tables are cut to `maxRows` rows with a "N more" row,
 * and cut further until the whole text fits in `maxBytes`.
 */
export function toMarkdownSummary(
  scan: ScanResult,
  rules: readonly RuleMeta[],
  options: SummaryOptions,
): string {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  let rows = Math.max(0, options.maxRows ?? 200);
  for (;;) {
    const markdown = render(scan, rules, options, rows);
    if (Buffer.byteLength(markdown, 'utf8') <= maxBytes) return markdown;
    if (rows === 0) return truncateUtf8(markdown, maxBytes);
    rows = Math.floor(rows / 2);
  }
}

function render(
  scan: ScanResult,
  rules: readonly RuleMeta[],
  options: SummaryOptions,
  maxRows: number,
): string {
  const verdict = options.result === 'fail' ? '❌ failed' : '✅ passed';
  const baselined = scan.findings.filter((finding) => finding.baselineState === 'unchanged');
  const outside = options.changedFiles
    ? scan.findings.filter((finding) => !isChanged(finding, options)).length
    : 0;
  const out: string[] = [
    '## etcd-tls-guard',
    '',
    `${verdict} (fail-on: \`${options.failOn}\`): **${scan.findings.length}** finding${scan.findings.length === 1 ? '' : 's'} in ${plural(scan.filesScanned, 'scanned file')}.`,
  ];
  const extras: string[] = [];
  if (baselined.length > 0) extras.push(`**${baselined.length}** in the baseline (known, not gating)`);
  if (scan.suppressed.length > 0) extras.push(`**${scan.suppressed.length}** suppressed inline`);
  if (options.changedFiles) {
    extras.push(
      `only findings in the ${plural(options.changedFiles.size, 'file')} changed by the pull request gate the step (**${outside}** outside them)`,
    );
  }
  if (extras.length > 0) out.push('', `${capitalize(extras.join('; '))}.`);
  const gaps = scan.diagnostics.filter((diagnostic) => COVERAGE_GAPS.has(diagnostic.id));
  if (gaps.length > 0) {
    out.push('', '**Not everything was scanned:**', '');
    for (const gap of gaps.slice(0, maxRows)) out.push(`- ⚠️ ${noticeText(gap)}`);
    if (gaps.length > maxRows) out.push(`- … ${gaps.length - maxRows} more`);
  }
  if (options.notes && options.notes.length > 0) {
    out.push('');
    for (const note of options.notes) out.push(`- ${messageText(short(note))}`);
  }

  out.push(
    '',
    '| Rule | CIS | Findings | Error | Warning | Note | Baselined | Suppressed |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  const byRule = countBy(scan.findings, (finding) => finding.ruleId);
  const byRuleLevel = countBy(scan.findings, (finding) => `${finding.ruleId}\u0000${finding.level}`);
  const baselinedByRule = countBy(baselined, (finding) => finding.ruleId);
  const suppressedByRule = countBy(scan.suppressed, (finding) => finding.ruleId);
  const levels: Level[] = ['error', 'warning', 'note'];
  for (const rule of rules) {
    const perLevel = levels.map((level) => byRuleLevel.get(`${rule.id}\u0000${level}`) ?? 0);
    out.push(
      `| \`${rule.id}\` | ${rule.cis} | ${byRule.get(rule.id) ?? 0} | ${perLevel.join(' | ')} | ${baselinedByRule.get(rule.id) ?? 0} | ${suppressedByRule.get(rule.id) ?? 0} |`,
    );
  }

  if (scan.findings.length > 0) {
    out.push(
      '',
      `### Findings (${scan.findings.length})`,
      '',
      '| File | Line | Rule | Level | Object | Fix |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    const ordered = importantFirst(scan.findings, options);
    for (const finding of ordered.slice(0, maxRows)) out.push(findingRow(finding, options));
    if (ordered.length > maxRows) out.push(`| … ${ordered.length - maxRows} more | | | | | |`);
  }

  if (scan.suppressed.length > 0) {
    out.push(
      '',
      `### Suppressed inline (${scan.suppressed.length})`,
      '',
      '| File | Line | Rule | Object | Reason |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const finding of scan.suppressed.slice(0, maxRows)) {
      out.push(
        `| ${fileLink(finding, options)} | ${finding.span.startLine} | \`${finding.ruleId}\` | ${codeSpan(short(finding.subject), true)} | ${codeSpan(short(finding.suppression?.reason ?? ''), true)} |`,
      );
    }
    if (scan.suppressed.length > maxRows) out.push(`| … ${scan.suppressed.length - maxRows} more | | | | |`);
  }

  if (scan.diagnostics.length > 0) {
    out.push(
      '',
      `<details><summary>${plural(scan.diagnostics.length, 'scan notice')} (files skipped or not parsed, suppression problems)</summary>`,
      '',
    );
    for (const diagnostic of scan.diagnostics.slice(0, maxRows))
      out.push(`- ${diagnostic.level}: ${noticeText(diagnostic)}`);
    if (scan.diagnostics.length > maxRows) out.push(`- … ${scan.diagnostics.length - maxRows} more`);
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
}

/**
 * Scan notices about parts of the tree that were not scanned, shown above the tables (and annotated
 * by the Action): a file over max-file-size, a file or document over the work bounds (a padded
 * file must not hide a setting unnoticed), a glob that matched nothing, an empty tree.
 */
export const COVERAGE_GAPS: ReadonlySet<string> = new Set([
  'file-too-large',
  'too-complex',
  'too-deeply-nested',
  'glob-matched-nothing',
  'no-files',
]);

/** A scan notice: where (a code span), then its message (a code span: it quotes repository text). */
function noticeText(diagnostic: Diagnostic): string {
  const where = diagnostic.file
    ? `${codeSpan(`${diagnostic.file.relPath}${diagnostic.span ? `:${diagnostic.span.startLine}` : ''}`)}: `
    : '';
  return `${where}${codeSpan(short(diagnostic.message))}`;
}

/**
 * The summary of a step that stopped with `result: error`: why, and what that means for the
 * report and code scanning.
 */
export function errorSummary(reason: string, sarifWritten: boolean): string {
  return [
    '## etcd-tls-guard',
    '',
    `❗ **error**: ${messageText(short(reason))}`,
    '',
    sarifWritten
      ? 'Nothing was uploaded to code scanning. The SARIF report marks the run as failed (`executionSuccessful: false`, no results): code scanning refuses to process such a report, so even a later upload step cannot close open alerts with it.'
      : 'Nothing was checked: no SARIF report could be written and nothing was uploaded, so no code scanning alert was opened or closed.',
    '',
  ].join('\n');
}

/** New findings in changed files first, then by level; otherwise the scan's file/line order. */
function importantFirst(findings: readonly Finding[], options: SummaryOptions): Finding[] {
  const rank = (finding: Finding) =>
    (finding.baselineState === 'unchanged' ? 2 : 0) + (isChanged(finding, options) ? 0 : 1);
  const levelRank: Record<Level, number> = { error: 0, warning: 1, note: 2 };
  return [...findings].sort((a, b) => rank(a) - rank(b) || levelRank[a.level] - levelRank[b.level]);
}

function isChanged(finding: Finding, options: SummaryOptions): boolean {
  return options.changedFiles ? touchesChanged(finding, options.changedFiles) : true;
}

function findingRow(finding: Finding, options: SummaryOptions): string {
  const marks = [
    finding.baselineState === 'unchanged' ? 'baseline' : '',
    isChanged(finding, options) ? '' : 'not in the pull request',
  ].filter(Boolean);
  const level = [finding.level, ...marks].join(' · ');
  return `| ${fileLink(finding, options)} | ${finding.span.startLine} | \`${finding.ruleId}\` | ${level} | ${codeSpan(short(finding.subject), true)} | ${messageText(short(finding.fix), true)} |`;
}

function fileLink(finding: Finding, options: SummaryOptions): string {
  const name = codeSpan(finding.file.relPath, true);
  if (!options.repository || !options.sha) return name;
  // encodeUri escapes `(`, `)` and every other character that could end the link destination.
  const url = `${options.serverUrl ?? 'https://github.com'}/${options.repository}/blob/${options.sha}/${encodeUri(finding.file.relPath)}#L${finding.span.startLine}`;
  return `[${name}](${url})`;
}

/** Bounds the length of repository text in one cell or line (a fix, an object name, a reason). */
function short(text: string): string {
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Cuts text to at most maxBytes of UTF-8 without splitting a character. */
function truncateUtf8(text: string, maxBytes: number): string {
  const marker = '\n\n… (summary cut to fit GitHub’s size limit)\n';
  const room = Math.max(0, maxBytes - Buffer.byteLength(marker, 'utf8'));
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char, 'utf8');
    if (bytes + size > room) break;
    bytes += size;
    end += char.length;
  }
  return `${text.slice(0, end)}${marker}`;
}
