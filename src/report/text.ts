import type { ScanResult } from '../model.js';
import type { RuleMeta } from '../rules/rule.js';
import { countBy } from './levels.js';

/** Human-readable report: one block per finding (`file:line:col level rule`), then the counts. */
export function toText(result: ScanResult, rules: readonly RuleMeta[]): string {
  const lines: string[] = [];
  for (const finding of result.findings) {
    const { startLine, startColumn } = finding.span;
    lines.push(
      `${finding.file.relPath}:${startLine}:${startColumn}: ${finding.level} [${finding.ruleId}] ${finding.message}`,
    );
  }
  for (const diagnostic of result.diagnostics) {
    const where = diagnostic.file
      ? `${diagnostic.file.relPath}${diagnostic.span ? `:${diagnostic.span.startLine}:${diagnostic.span.startColumn}` : ''}: `
      : '';
    lines.push(`${where}${diagnostic.level} [scan:${diagnostic.id}] ${diagnostic.message}`);
  }
  if (lines.length > 0) lines.push('');
  const byRule = countBy(result.findings, (finding) => finding.ruleId);
  const perRule = rules.map((rule) => `${rule.id} (CIS ${rule.cis}): ${byRule.get(rule.id) ?? 0}`).join(', ');
  const files = new Set(result.findings.map((finding) => finding.file.relPath)).size;
  lines.push(
    `${result.findings.length} finding${result.findings.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${perRule}); ${result.filesScanned} files scanned, ${result.diagnostics.length} scan notice${result.diagnostics.length === 1 ? '' : 's'}.`,
  );
  return `${lines.join('\n')}\n`;
}
