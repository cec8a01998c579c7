import type { ScanResult } from '../model.js';
import type { RuleMeta } from '../rules/rule.js';
import { VERSION } from '../version.js';
import { logSafeJson } from './escape.js';

/**
 * Machine-readable report with a stable shape (`schemaVersion` changes only on breaking changes).
 * Log-safe (see escape.ts): it may be printed in a GitHub Actions step.
 */
export function toJson(result: ScanResult, rules: readonly RuleMeta[]): string {
  const report = {
    schemaVersion: 1,
    tool: { name: 'etcd-tls-guard', version: VERSION },
    summary: {
      findings: result.findings.length,
      suppressed: result.suppressed.length,
      filesScanned: result.filesScanned,
      byRule: Object.fromEntries(
        rules.map((rule) => [rule.id, result.findings.filter((f) => f.ruleId === rule.id).length]),
      ),
    },
    findings: result.findings.map((finding) => ({
      ruleId: finding.ruleId,
      level: finding.level,
      file: finding.file.relPath,
      ...finding.span,
      subject: finding.subject,
      title: finding.title,
      message: finding.message,
      fix: finding.fix,
      ...(finding.baselineState ? { baselineState: finding.baselineState } : {}),
    })),
    suppressed: result.suppressed.map((finding) => ({
      ruleId: finding.ruleId,
      file: finding.file.relPath,
      ...finding.span,
      subject: finding.subject,
      reason: finding.suppression?.reason ?? '',
    })),
    diagnostics: result.diagnostics.map((diagnostic) => ({
      level: diagnostic.level,
      id: diagnostic.id,
      message: diagnostic.message,
      ...(diagnostic.file ? { file: diagnostic.file.relPath } : {}),
      ...(diagnostic.span ? diagnostic.span : {}),
    })),
  };
  return `${logSafeJson(JSON.stringify(report, null, 2))}\n`;
}
