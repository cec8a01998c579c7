import type { LoadedFile } from '../../src/load/load.js';
import { parseLoaded } from '../../src/load/load.js';
import type { Diagnostic, Finding } from '../../src/model.js';
import { evaluate, extractFiles, outsideConditionalTemplateLines } from '../../src/scan.js';

/** Runs extract + evaluate on files held in memory (YAML by name, other names as text). */
export function findingsInFiles(files: Record<string, string>, diagnostics: Diagnostic[] = []): Finding[] {
  const loaded: LoadedFile[] = Object.entries(files).map(([relPath, text]) => {
    const file = { absPath: `/virtual/${relPath}`, relPath };
    const outcome = parseLoaded(file, text);
    if (!outcome.loaded) throw new Error(`did not parse: ${JSON.stringify(outcome.diagnostics)}`);
    diagnostics.push(...outcome.diagnostics);
    return outcome.loaded;
  });
  const extraction = extractFiles(loaded);
  diagnostics.push(...extraction.notices);
  return evaluate(extraction.configs).filter(outsideConditionalTemplateLines(loaded));
}

/** Runs extract + evaluate on one YAML text held in memory. */
export function findingsIn(text: string, relPath = 'inline.yaml'): Finding[] {
  return findingsInFiles({ [relPath]: text });
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
