import type { Finding, ScanResult } from '../model.js';
import type { RuleMeta } from '../rules/rule.js';
import { linePath, plural, visible } from './escape.js';
import { countBy } from './levels.js';

/**
 * Human-readable report: one line per finding (`file:line:col: level [rule] message`), suppressed
 * findings with their reasons, scan notices, then one line of counts. Every line starts with a path
 * or with our own words, and repository text is `visible` (one line, no hidden characters), so the
 * report can be printed in a GitHub Actions step without the runner reading commands in it.
 */
export function toText(result: ScanResult, rules: readonly RuleMeta[]): string {
  const lines: string[] = [
    ...result.findings.map(
      (f) => `${where(f)}: ${f.level} [${f.ruleId}]${baselineMark(f)} ${visible(f.message)}`,
    ),
    ...result.suppressed.map(
      (f) => `${where(f)}: suppressed [${f.ruleId}] ${visible(f.suppression?.reason ?? '')}`,
    ),
    ...result.diagnostics.map((d) => {
      const at = d.file
        ? `${linePath(d.file.relPath)}${d.span ? `:${d.span.startLine}:${d.span.startColumn}` : ''}: `
        : '';
      return `${at}${d.level} [scan:${d.id}] ${visible(d.message)}`;
    }),
  ];
  if (lines.length > 0) lines.push('');
  const byRule = countBy(result.findings, (finding) => finding.ruleId);
  const perRule = rules.map((rule) => `${rule.id} (CIS ${rule.cis}): ${byRule.get(rule.id) ?? 0}`).join(', ');
  const files = new Set(result.findings.map((finding) => finding.file.relPath)).size;
  const extras = [
    result.suppressed.length > 0 ? `${result.suppressed.length} suppressed` : '',
    baselined(result.findings) > 0 ? `${baselined(result.findings)} in the baseline` : '',
  ]
    .filter(Boolean)
    .map((text) => `, ${text}`)
    .join('');
  lines.push(
    `${plural(result.findings.length, 'finding')} in ${plural(files, 'file')} (${perRule})${extras}; ${plural(result.filesScanned, 'file')} scanned, ${plural(result.diagnostics.length, 'scan notice')}.`,
  );
  return `${lines.join('\n')}\n`;
}

function where(finding: Finding): string {
  return `${linePath(finding.file.relPath)}:${finding.span.startLine}:${finding.span.startColumn}`;
}

function baselineMark(finding: Finding): string {
  return finding.baselineState === 'unchanged' ? ' (baseline)' : '';
}

function baselined(findings: readonly Finding[]): number {
  return findings.filter((finding) => finding.baselineState === 'unchanged').length;
}
