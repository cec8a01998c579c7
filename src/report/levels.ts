import type { Finding, Level } from '../model.js';

export type FailOn = Level | 'none';
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'note', 'none'];

const RANK: Record<Level, number> = { note: 1, warning: 2, error: 3 };

/** Findings that fail the run: at or above the threshold and not already in a baseline; `none` never gates. */
export function gatingFindings(findings: readonly Finding[], failOn: FailOn): Finding[] {
  if (failOn === 'none') return [];
  return findings.filter(
    (finding) => RANK[finding.level] >= RANK[failOn] && finding.baselineState !== 'unchanged',
  );
}

export function isFailOn(value: string): value is FailOn {
  return (FAIL_ON_VALUES as readonly string[]).includes(value);
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
