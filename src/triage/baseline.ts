import { createHash } from 'node:crypto';
import type { FileRef, Finding } from '../model.js';

/** A baseline file: the findings known when it was written, by fingerprint. */
export interface Baseline {
  version: 1;
  tool: 'etcd-tls-guard';
  findings: { ruleId: string; file: string; fingerprint: string }[];
}

/**
 * A finding's identity across commits: rule, file, object and the text of its own line (white space
 * ignored), numbered when the same text repeats. Unlike GitHub's line hash, which also covers the
 * next hundred characters, it does not change when lines are added or removed around the finding.
 */
export function fingerprints(
  findings: readonly Finding[],
  textOf: (file: FileRef) => string | undefined,
): string[] {
  const linesByFile = new Map<string, string[]>();
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    let lines = linesByFile.get(finding.file.absPath);
    if (!lines) {
      lines = (textOf(finding.file) ?? '').split(/\r\n|\r|\n/);
      linesByFile.set(finding.file.absPath, lines);
    }
    const line = (lines[finding.span.startLine - 1] ?? '').replace(/\s+/g, '');
    const digest = createHash('sha256')
      .update([finding.ruleId, finding.file.relPath, finding.subject, line].join('\u0000'))
      .digest('hex')
      .slice(0, 20);
    const occurrence = (seen.get(digest) ?? 0) + 1;
    seen.set(digest, occurrence);
    return `${digest}:${occurrence}`;
  });
}

export function writeBaseline(
  findings: readonly Finding[],
  textOf: (file: FileRef) => string | undefined,
): string {
  const prints = fingerprints(findings, textOf);
  const entries = findings
    .map((finding, i) => ({
      ruleId: finding.ruleId,
      file: finding.file.relPath,
      fingerprint: prints[i] as string,
    }))
    .sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  const baseline: Baseline = { version: 1, tool: 'etcd-tls-guard', findings: entries };
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Parses a baseline file; throws an Error with a user-facing message when it is not one. */
export function readBaseline(text: string): Set<string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`baseline is not valid JSON: ${(error as Error).message}`);
  }
  const baseline = parsed as Partial<Baseline>;
  if (baseline?.tool !== 'etcd-tls-guard' || baseline.version !== 1 || !Array.isArray(baseline.findings)) {
    throw new Error('baseline was not written by etcd-tls-guard --write-baseline (version 1)');
  }
  return new Set(baseline.findings.map((entry) => String(entry.fingerprint)));
}

/** Marks each finding new or unchanged against a baseline (a known fingerprint is used up once). */
export function applyBaseline(
  findings: readonly Finding[],
  known: ReadonlySet<string>,
  textOf: (file: FileRef) => string | undefined,
): Finding[] {
  const prints = fingerprints(findings, textOf);
  const remaining = new Map<string, number>();
  for (const print of known) remaining.set(print, (remaining.get(print) ?? 0) + 1);
  return findings.map((finding, i) => {
    const print = prints[i] as string;
    const left = remaining.get(print) ?? 0;
    if (left > 0) remaining.set(print, left - 1);
    return { ...finding, baselineState: left > 0 ? 'unchanged' : 'new' };
  });
}
