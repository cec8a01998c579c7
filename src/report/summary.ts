import type { Finding, ScanResult } from '../model.js';
import type { RuleMeta } from '../rules/rule.js';
import { countBy } from './levels.js';

export interface SummaryOptions {
  /** `owner/repo` and commit, for links to the findings; plain text without them. */
  repository?: string;
  sha?: string;
  serverUrl?: string;
  /** Rows of the findings table before "N more" (keeps the summary far below GitHub's 1 MiB). */
  maxRows?: number;
  result: 'pass' | 'fail';
  failOn: string;
}

/** Markdown for the job summary: verdict, counts per rule, a findings table, scan notices. */
export function toMarkdownSummary(
  scan: ScanResult,
  rules: readonly RuleMeta[],
  options: SummaryOptions,
): string {
  const maxRows = options.maxRows ?? 200;
  const verdict = options.result === 'fail' ? '❌ failed' : '✅ passed';
  const out: string[] = [
    '## etcd-tls-guard',
    '',
    `${verdict} (fail-on: \`${options.failOn}\`): **${scan.findings.length}** finding${scan.findings.length === 1 ? '' : 's'} in ${scan.filesScanned} scanned files.`,
    '',
    '| Rule | CIS | Findings |',
    '| --- | --- | --- |',
  ];
  const byRule = countBy(scan.findings, (finding) => finding.ruleId);
  for (const rule of rules) out.push(`| \`${rule.id}\` | ${rule.cis} | ${byRule.get(rule.id) ?? 0} |`);
  if (scan.findings.length > 0) {
    out.push('', '| File | Line | Rule | Object | Fix |', '| --- | --- | --- | --- | --- |');
    for (const finding of scan.findings.slice(0, maxRows)) out.push(findingRow(finding, options));
    if (scan.findings.length > maxRows) out.push(`| … ${scan.findings.length - maxRows} more | | | | |`);
  }
  if (scan.diagnostics.length > 0) {
    out.push(
      '',
      `<details><summary>${scan.diagnostics.length} scan notices (files skipped or not parsed)</summary>`,
      '',
    );
    for (const diagnostic of scan.diagnostics.slice(0, maxRows)) {
      const where = diagnostic.file ? `\`${cell(diagnostic.file.relPath)}\`: ` : '';
      out.push(`- ${diagnostic.level}: ${where}${cell(diagnostic.message)}`);
    }
    if (scan.diagnostics.length > maxRows) out.push(`- … ${scan.diagnostics.length - maxRows} more`);
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
}

function findingRow(finding: Finding, options: SummaryOptions): string {
  const line = finding.span.startLine;
  const name = `\`${cell(finding.file.relPath)}\``;
  const file =
    options.repository && options.sha
      ? `[${name}](${options.serverUrl ?? 'https://github.com'}/${options.repository}/blob/${options.sha}/${finding.file.relPath
          .split('/')
          .map(encodeURIComponent)
          .join('/')}#L${line})`
      : name;
  return `| ${file} | ${line} | \`${finding.ruleId}\` | ${cell(finding.subject)} | ${cell(finding.fix)} |`;
}

/** Keeps user text from breaking the table or injecting markup. */
function cell(text: string): string {
  return text
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '&lt;');
}
