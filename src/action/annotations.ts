import * as core from '@actions/core';
import type { Diagnostic, Finding } from '../model.js';
import { touchesChanged } from '../report/evidence.js';
import { type Annotation, diagnosticAnnotation, findingAnnotation } from '../report/github.js';

/** GitHub shows at most this many annotations of each level per step and silently drops the rest. */
export const ANNOTATIONS_PER_LEVEL = 10;

type AnnotationLevel = Annotation['level'];
const LEVELS: readonly AnnotationLevel[] = ['error', 'warning', 'notice'];

export interface BudgetOptions {
  /** Files the pull request changes (workspace-relative): findings whose evidence chain they touch are annotated first. */
  changedFiles?: ReadonlySet<string>;
  /** Annotations of each level the step emits besides this plan (the failure message, warnings). */
  reserved?: Partial<Record<AnnotationLevel, number>>;
  perLevel?: number;
}

export interface AnnotationPlan {
  /** In emission order; the last one is the notice about the rest, when anything was left out. */
  annotations: Annotation[];
  /** Findings and scan notices left out, by level. */
  omitted: Record<AnnotationLevel, { findings: number; notices: number }>;
}

interface Candidate {
  annotation: Annotation;
  changed: boolean;
  isFinding: boolean;
}

/**
 * Chooses what to annotate within GitHub's per-step caps: errors before warnings before notices,
 * findings in changed files first, then by file and line. When something is left out, one closing
 * notice counts it and points to the job summary (it uses one notice slot).
 */
export function planAnnotations(
  findings: readonly Finding[],
  diagnostics: readonly Diagnostic[],
  options: BudgetOptions = {},
): AnnotationPlan {
  const perLevel = options.perLevel ?? ANNOTATIONS_PER_LEVEL;
  const candidates: Candidate[] = [
    ...findings.map((finding) => ({
      annotation: findingAnnotation(finding),
      changed: options.changedFiles ? touchesChanged(finding, options.changedFiles) : false,
      isFinding: true,
    })),
    ...diagnostics.map((diagnostic) => ({
      annotation: diagnosticAnnotation(diagnostic),
      changed: diagnostic.file ? (options.changedFiles?.has(diagnostic.file.relPath) ?? false) : false,
      isFinding: false,
    })),
  ].sort(compareCandidates);

  const room = (level: AnnotationLevel) => Math.max(0, perLevel - (options.reserved?.[level] ?? 0));
  const count = (level: AnnotationLevel) => candidates.filter((c) => c.annotation.level === level).length;
  // The closing notice takes a notice slot, so it is needed when any level overflows its room.
  const overflow = LEVELS.some((level) => count(level) > room(level));
  const limit = (level: AnnotationLevel) =>
    level === 'notice' && overflow ? Math.max(0, room(level) - 1) : room(level);

  const chosen: Annotation[] = [];
  const omitted = {
    error: { findings: 0, notices: 0 },
    warning: { findings: 0, notices: 0 },
    notice: { findings: 0, notices: 0 },
  };
  const used = { error: 0, warning: 0, notice: 0 };
  for (const candidate of candidates) {
    const level = candidate.annotation.level;
    if (used[level] < limit(level)) {
      used[level]++;
      chosen.push(candidate.annotation);
    } else if (candidate.isFinding) omitted[level].findings++;
    else omitted[level].notices++;
  }
  if (overflow && room('notice') > 0) chosen.push(closingNotice(omitted, perLevel));
  return { annotations: chosen, omitted };
}

/** Emits a plan as workflow commands through @actions/core. */
export function emitAnnotations(plan: AnnotationPlan): void {
  for (const annotation of plan.annotations) {
    const properties: core.AnnotationProperties = {};
    if (annotation.title !== undefined) properties.title = annotation.title;
    if (annotation.file !== undefined) properties.file = annotation.file;
    if (annotation.line !== undefined) properties.startLine = annotation.line;
    if (annotation.endLine !== undefined) properties.endLine = annotation.endLine;
    // Columns are only allowed on single-line annotations.
    if (annotation.endLine === undefined || annotation.endLine === annotation.line) {
      if (annotation.col !== undefined) properties.startColumn = annotation.col;
      if (annotation.endColumn !== undefined) properties.endColumn = annotation.endColumn;
    }
    if (annotation.level === 'error') core.error(annotation.message, properties);
    else if (annotation.level === 'warning') core.warning(annotation.message, properties);
    else core.notice(annotation.message, properties);
  }
}

function closingNotice(omitted: AnnotationPlan['omitted'], perLevel: number): Annotation {
  const parts: string[] = [];
  const findings = LEVELS.map((level) => [level, omitted[level].findings] as const).filter(([, n]) => n > 0);
  const notices = LEVELS.reduce((sum, level) => sum + omitted[level].notices, 0);
  const findingCount = findings.reduce((sum, [, n]) => sum + n, 0);
  if (findingCount > 0) {
    const byLevel = findings.map(([level, n]) => `${n} ${level}${n === 1 ? '' : 's'}`).join(', ');
    parts.push(`${findingCount} finding${findingCount === 1 ? '' : 's'} (${byLevel})`);
  }
  if (notices > 0) parts.push(`${notices} scan notice${notices === 1 ? '' : 's'}`);
  return {
    level: 'notice',
    title: 'etcd-tls-guard: more results than annotations',
    message: `etcd-tls-guard: ${parts.join(' and ')} not annotated, because GitHub shows at most ${perLevel} error, ${perLevel} warning and ${perLevel} notice annotations per step. The job summary and the SARIF report list every finding.`,
  };
}

const RANK: Record<AnnotationLevel, number> = { error: 0, warning: 1, notice: 2 };

function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    RANK[a.annotation.level] - RANK[b.annotation.level] ||
    Number(b.changed) - Number(a.changed) ||
    Number(b.isFinding) - Number(a.isFinding) ||
    compareText(a.annotation.file ?? '', b.annotation.file ?? '') ||
    (a.annotation.line ?? 0) - (b.annotation.line ?? 0) ||
    (a.annotation.col ?? 0) - (b.annotation.col ?? 0)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
