import { parseYaml } from '../../src/load/load.js';
import type { Finding } from '../../src/model.js';
import { evaluate, extractAll } from '../../src/scan.js';

/** Runs extract + evaluate on YAML text held in memory. */
export function findingsIn(text: string, relPath = 'inline.yaml'): Finding[] {
  const outcome = parseYaml({ absPath: `/virtual/${relPath}`, relPath }, text);
  if (!outcome.loaded) throw new Error(`did not parse: ${JSON.stringify(outcome.diagnostics)}`);
  return evaluate(extractAll(outcome.loaded));
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
