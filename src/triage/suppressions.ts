import type { Diagnostic, FileRef, Finding, RuleId } from '../model.js';
import { type Comment, commentsOf, type FileComments } from './comments.js';

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
 * the finding's line, or alone on the line directly above it. Only real comments count (see
 * comments.ts): the marker inside a quoted or block scalar, an argument or a value does not
 * suppress. A reason with words is required: without one the comment does not suppress and a
 * warning says so.
 */
export function applySuppressions(
  findings: readonly Finding[],
  textOf: (file: FileRef) => string | undefined,
  knownRules: readonly RuleId[],
): Triage {
  const active: Finding[] = [];
  const suppressed: Finding[] = [];
  const diagnostics = new Map<string, Diagnostic>();
  const byFile = new Map<string, { file: FileComments; byLine: Map<number, Comment[]> } | null>();
  const commentsFor = (file: FileRef) => {
    let entry = byFile.get(file.absPath);
    if (entry === undefined) {
      const text = textOf(file) ?? '';
      // Without the marker no comment of the file can suppress: its comments need not be found
      // (lexing every file with a finding was a third of triage on a tree of many findings).
      if (text.includes(MARKER)) {
        const comments = commentsOf(file.relPath, text);
        const byLine = new Map<number, Comment[]>();
        for (const comment of comments.comments)
          byLine.set(comment.line, [...(byLine.get(comment.line) ?? []), comment]);
        entry = { file: comments, byLine };
      } else entry = null;
      byFile.set(file.absPath, entry);
    }
    return entry;
  };
  for (const finding of findings) {
    const entry = commentsFor(finding.file);
    if (!entry) {
      active.push(finding);
      continue;
    }
    const { file, byLine } = entry;
    const line = finding.span.startLine;
    // A comment inside a block scalar speaks only for findings in that same scalar.
    const offset = (file.lineStarts[line - 1] ?? 0) + finding.span.startColumn - 1;
    const block = file.blocks.find((b) => offset >= b.start && offset < b.end);
    const candidates = [
      ...(byLine.get(line) ?? []).filter((c) => !c.ownLine),
      ...(byLine.get(line - 1) ?? []).filter((c) => c.ownLine),
    ].filter((c) => c.block === undefined || c.block === block);
    const comments = candidates.flatMap((c) => {
      const parsed = parseComment(c.text, c.line, c.ownLine);
      return parsed ? [parsed] : [];
    });
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
    const applied = comments.find((c) => hasWords(c.reason) && c.ruleIds.includes(finding.ruleId));
    if (applied) suppressed.push({ ...finding, suppression: { reason: applied.reason, line: applied.line } });
    else active.push(finding);
  }
  return { active, suppressed, diagnostics: [...diagnostics.values()] };
}

/** A reason says why: it has a word (two letters in a row), not just `.` or `-`. */
function hasWords(reason: string): boolean {
  return /\p{L}{2}/u.test(reason);
}

/** Reads a suppression from one line of text that holds a `#` comment, or undefined (tests, docs). */
export function parseSuppression(text: string, line: number): SuppressionComment | undefined {
  const at = text.indexOf(MARKER);
  if (at < 0) return undefined;
  const hash = text.lastIndexOf('#', at);
  if (hash < 0) return undefined;
  return parseComment(text.slice(hash), line, text.slice(0, hash).trim() === '');
}

/**
 * Reads a suppression from a comment's text (from its `#` or `;`): the marker must follow the
 * comment character, with only white space between.
 */
function parseComment(comment: string, line: number, ownLine: boolean): SuppressionComment | undefined {
  const at = comment.indexOf(MARKER);
  if (at < 0 || comment.slice(1, at).trim() !== '') return undefined;
  let rest = comment.slice(at + MARKER.length).trimStart();
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
  return { ruleIds, reason, line, ownLine };
}

function problemsOf(comment: SuppressionComment, knownRules: readonly RuleId[]): string[] {
  const problems: string[] = [];
  if (comment.reason === '') {
    problems.push(
      'suppression comment without a reason is not applied: write `# etcd-tls-guard: ignore[RULE-ID] why it is acceptable`',
    );
  } else if (!hasWords(comment.reason)) {
    problems.push(
      `suppression reason "${comment.reason}" has no words, so it is not applied: say why the finding is acceptable`,
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
