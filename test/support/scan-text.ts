import type { LoadedFile } from '../../src/load/load.js';
import { parseLoaded } from '../../src/load/load.js';
import type { Diagnostic, Finding } from '../../src/model.js';
import { RULES } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/rule.js';
import { analyse } from '../../src/scan.js';

/**
 * The auto-TLS rules (CIS 2.3, 2.6). The tables of the extractor tests state every auto-TLS finding
 * of their inputs; they run these rules only, so the TLS-posture rules' findings on the same inputs
 * (etcd's plaintext defaults in most of them) are asserted in test/rules and test/posture instead.
 */
export const AUTO_TLS_RULES: readonly Rule[] = RULES.filter(
  (rule) => rule.meta.id === 'etcd-auto-tls' || rule.meta.id === 'etcd-peer-auto-tls',
);

/** Loads files held in memory (YAML by name, other names as text), as a scan would after reading. */
export function loadInMemory(files: Record<string, string>, diagnostics: Diagnostic[] = []): LoadedFile[] {
  return Object.entries(files).map(([relPath, text]) => {
    const file = { absPath: `/virtual/${relPath}`, relPath };
    const outcome = parseLoaded(file, text);
    if (!outcome.loaded) throw new Error(`did not parse: ${JSON.stringify(outcome.diagnostics)}`);
    diagnostics.push(...outcome.diagnostics);
    return outcome.loaded;
  });
}

/** The auto-TLS rules as a scan's rule selection (`ScanOptions.rules`). */
export const AUTO_TLS_ONLY = { only: ['etcd-auto-tls', 'etcd-peer-auto-tls'] };

/**
 * Runs the product's pipeline after loading (extract, resolve and evaluate, triage) on files held in
 * memory; suppressed findings are left out, as in a scan.
 */
export function findingsInFiles(
  files: Record<string, string>,
  diagnostics: Diagnostic[] = [],
  rules: readonly Rule[] = AUTO_TLS_RULES,
): Finding[] {
  const analysis = analyse(loadInMemory(files, diagnostics), undefined, rules);
  diagnostics.push(...analysis.diagnostics);
  return analysis.findings;
}

/** Runs the pipeline on one YAML text held in memory. */
export function findingsIn(
  text: string,
  relPath = 'inline.yaml',
  rules: readonly Rule[] = AUTO_TLS_RULES,
): Finding[] {
  return findingsInFiles({ [relPath]: text }, [], rules);
}

export interface Where {
  rule: string;
  line: number;
  column: number;
}

/** The position part of findings, in a form tables can state exactly. */
export function where(findings: readonly Finding[]): Where[] {
  return findings
    .map((f) => ({ rule: f.ruleId, line: f.span.startLine, column: f.span.startColumn }))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}
