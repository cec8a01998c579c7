import { createHash } from 'node:crypto';
import path from 'node:path';
import { FileProblem, readRegularFile, resolveInside } from '../io/files.js';
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

/** A baseline that --write-baseline could have written holds at most this many bytes (25,000 findings take ~4 MB). */
export const BASELINE_MAX_BYTES = 32 * 1024 * 1024;

const FINGERPRINT = /^[0-9a-f]{20}:[1-9][0-9]{0,8}$/;

/**
 * Parses a baseline file's text (a UTF-8 byte-order mark is allowed); throws an Error with a
 * user-facing message when it is not one. Messages never quote the file: a baseline path can be
 * pointed at any file, and its content must not reach the log or the job summary.
 */
export function readBaseline(text: string): Set<string> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    throw new Error(`not valid JSON${jsonErrorPlace(body, (error as Error).message)}`);
  }
  const baseline = parsed as Partial<Baseline> | null;
  if (
    typeof baseline !== 'object' ||
    baseline === null ||
    baseline.tool !== 'etcd-tls-guard' ||
    baseline.version !== 1 ||
    !Array.isArray(baseline.findings)
  ) {
    throw new Error('not written by etcd-tls-guard --write-baseline (version 1)');
  }
  const prints = new Set<string>();
  baseline.findings.forEach((entry: unknown, index) => {
    const fingerprint =
      typeof entry === 'object' && entry !== null
        ? (entry as { fingerprint?: unknown }).fingerprint
        : undefined;
    if (typeof fingerprint !== 'string' || !FINGERPRINT.test(fingerprint)) {
      throw new Error(
        `entry ${index + 1} of "findings" is not a finding written by --write-baseline (an object with a "fingerprint" such as "0123456789abcdef0123:1")`,
      );
    }
    prints.add(fingerprint);
  });
  return prints;
}

/** ` at line L, column C` from V8's JSON error, which may quote the text: only the position is kept. */
function jsonErrorPlace(text: string, message: string): string {
  const match = /at position (\d+)/.exec(message);
  if (!match) return '';
  const position = Number(match[1]);
  const before = text.slice(0, position).split('\n');
  return ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/**
 * Reads and parses a baseline file. It must be a regular file of at most BASELINE_MAX_BYTES in
 * UTF-8; with `root` (the Action's workspace), it must lie inside it, also once links are resolved.
 * Throws a FileProblem whose message names the file and says what is wrong (never its content).
 */
export function readBaselineFile(name: string, options: { base: string; root?: string }): Set<string> {
  const file = options.root
    ? (resolveInside(options.root, name, 'baseline').real ?? path.resolve(options.base, name))
    : path.resolve(options.base, name);
  const bytes = readRegularFile(file, BASELINE_MAX_BYTES, 'baseline', name);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileProblem(`baseline "${name}" is not UTF-8 text`);
  }
  try {
    return readBaseline(text);
  } catch (error) {
    throw new FileProblem(`baseline "${name}": ${(error as Error).message}`);
  }
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
