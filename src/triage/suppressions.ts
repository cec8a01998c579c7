import type { Diagnostic, FileRef, Finding, RuleId } from '../model.js';

const MARKER = 'etcd-tls-guard:';

/** One `# etcd-tls-guard: ignore[rule, ...] reason` comment. */
export interface SuppressionComment {
  ruleIds: string[];
  reason: string;
  /** 1-based line of the comment. */
  line: number;
  /** The comment is alone on its line (then it covers the next line). */
  ownLine: boolean;
}

export interface Triage {
  active: Finding[];
  suppressed: Finding[];
  diagnostics: Diagnostic[];
}

/**
 * Applies inline suppressions: a `# etcd-tls-guard: ignore[RULE-ID] reason` comment at the end of
 * the finding's line, or alone on the line directly above it. A reason is required: without one the
 * comment does not suppress and a warning says so. Works on the text of every form (YAML comments,
 * comment lines in systemd units, env files and shell scripts).
 */
export function applySuppressions(
  findings: readonly Finding[],
  textOf: (file: FileRef) => string | undefined,
  knownRules: readonly RuleId[],
): Triage {
  const active: Finding[] = [];
  const suppressed: Finding[] = [];
  const diagnostics = new Map<string, Diagnostic>();
  const linesCache = new Map<string, string[]>();
  const linesOf = (file: FileRef) => {
    let lines = linesCache.get(file.absPath);
    if (!lines) {
      lines = (textOf(file) ?? '').split(/\r\n|\r|\n/);
      linesCache.set(file.absPath, lines);
    }
    return lines;
  };
  // Each line is read once: many findings on one long line (a script of 100,000 etcd commands)
  // made re-reading it per finding quadratic.
  const commentCache = new Map<string, SuppressionComment | undefined>();
  const commentAt = (file: FileRef, lines: string[], line: number) => {
    const key = `${line}\u0000${file.absPath}`;
    if (!commentCache.has(key)) commentCache.set(key, parseSuppression(lines[line - 1] ?? '', line));
    return commentCache.get(key);
  };
  for (const finding of findings) {
    const lines = linesOf(finding.file);
    const line = finding.span.startLine;
    const candidates = [commentAt(finding.file, lines, line), commentAt(finding.file, lines, line - 1)];
    const comments = candidates.filter(
      (c): c is SuppressionComment => c !== undefined && (c.line === line || c.ownLine),
    );
    for (const comment of comments) {
      for (const problem of problemsOf(comment, knownRules)) {
        diagnostics.set(`${finding.file.relPath}:${comment.line}:${problem}`, {
          level: 'warning',
          id: 'invalid-suppression',
          message: problem,
          file: finding.file,
          span: { startLine: comment.line, startColumn: 1, endLine: comment.line, endColumn: 2 },
        });
      }
    }
    const applied = comments.find((c) => c.reason !== '' && c.ruleIds.includes(finding.ruleId));
    if (applied) suppressed.push({ ...finding, suppression: { reason: applied.reason, line: applied.line } });
    else active.push(finding);
  }
  return { active, suppressed, diagnostics: [...diagnostics.values()] };
}

/** Reads a suppression comment from one line of text, or undefined when there is none. */
export function parseSuppression(text: string, line: number): SuppressionComment | undefined {
  const at = text.indexOf(MARKER);
  if (at < 0) return undefined;
  const hash = text.lastIndexOf('#', at);
  if (hash < 0 || text.slice(hash + 1, at).trim() !== '') return undefined;
  let rest = text.slice(at + MARKER.length).trimStart();
  if (!rest.startsWith('ignore[')) return undefined;
  const close = rest.indexOf(']');
  if (close < 0) return undefined;
  const ruleIds = rest
    .slice('ignore['.length, close)
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  rest = rest.slice(close + 1).trim();
  const reason = rest.replace(/^[-:–—]\s*/, '').trim();
  return { ruleIds, reason, line, ownLine: text.slice(0, hash).trim() === '' };
}

function problemsOf(comment: SuppressionComment, knownRules: readonly RuleId[]): string[] {
  const problems: string[] = [];
  if (comment.reason === '') {
    problems.push(
      'suppression comment without a reason is not applied: write `# etcd-tls-guard: ignore[RULE-ID] why it is acceptable`',
    );
  }
  for (const id of comment.ruleIds) {
    if (!(knownRules as readonly string[]).includes(id))
      problems.push(`suppression names an unknown rule "${id}"`);
  }
  if (comment.ruleIds.length === 0)
    problems.push('suppression comment names no rule: write `ignore[RULE-ID]`');
  return problems;
}
