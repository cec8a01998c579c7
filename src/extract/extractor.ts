import type { TextFile } from '../load/load.js';
import { spanOf } from '../load/positions.js';
import type { Diagnostic, EtcdClientConfig, EtcdConfig, FileRef, Span } from '../model.js';
import type { ScanIndex } from './scan-index.js';
import type { ValueSet } from './template-conditions.js';
import type { YamlContext } from './yaml-context.js';

/** What extractors get besides their input: the cross-file index and a place for notices. */
export interface ExtractEnv {
  index: ScanIndex;
  /** Records a scan notice (a setting that has no effect, a file only partly analysed...). */
  notify(diagnostic: Diagnostic): void;
  /**
   * Records that a process reads this file (a unit's `EnvironmentFile=`): the file's own fragment
   * config is then dropped, since the process reports its settings with their full context.
   */
  consume(file: FileRef): void;
  /**
   * A file another file of the scan writes at this absolute path on the machine (a script's
   * here-document), looked up before the scanned files by name.
   */
  localFile?(machinePath: string): TextFile | undefined;
  /**
   * Records the values a release (GitOps, helmfile, `helm install`) applies to a chart directory of
   * the repository: one more value set for that chart's template conditions.
   */
  releaseValues?(chartDir: string, values: ValueSet): void;
}

/** An input form found in YAML documents. */
export interface YamlExtractor {
  id: string;
  extract(context: YamlContext, env: ExtractEnv): EtcdConfig[];
}

/** An input form found in line-oriented files (systemd units, env files). */
export interface TextExtractor {
  id: string;
  extract(file: TextFile, env: ExtractEnv): EtcdConfig[];
}

/** A form that configures etcd's client, the kube-apiserver, found in YAML documents. */
export interface ClientYamlExtractor {
  id: string;
  extract(context: YamlContext, env: ExtractEnv): EtcdClientConfig[];
}

/** A form that configures the kube-apiserver, found in line-oriented files (systemd units). */
export interface ClientTextExtractor {
  id: string;
  extract(file: TextFile, env: ExtractEnv): EtcdClientConfig[];
}

/**
 * The text an extractor reads: the file as written, or a template's text with its actions made
 * opaque (same length, same line breaks, so offsets are the file's).
 */
export function readableText(file: TextFile): string {
  return file.template?.parseText ?? file.text;
}

/**
 * A single-line span of [start, end) in a text file. For text another file writes (a
 * here-document), the span is the outer file's, through the character map: from the first mapped
 * character of the range to the last one on the same line.
 */
export function textSpan(file: TextFile, start: number, end: number): Span {
  const embedded = file.embedded;
  if (!embedded) return spanOf(file.text, file.lineCounter, start, end);
  const { outer, at } = embedded;
  let first = -1;
  for (let i = start; i < Math.max(end, start + 1) && first < 0; i++) first = at[i] ?? -1;
  if (first < 0) first = nearestMapped(at, start);
  let last = first;
  for (let i = Math.max(end, start + 1) - 1; i >= start; i--) {
    const offset = at[i] ?? -1;
    if (offset >= first) {
      last = offset;
      break;
    }
  }
  return spanOf(outer.text, outer.lineCounter, first, last + 1);
}

/** The outer offset of the nearest mapped character before i (or after, or 0). */
function nearestMapped(at: Int32Array, i: number): number {
  for (let k = Math.min(i, at.length - 1); k >= 0; k--) if ((at[k] ?? -1) >= 0) return at[k] as number;
  for (let k = i; k < at.length; k++) if ((at[k] ?? -1) >= 0) return at[k] as number;
  return 0;
}

/**
 * Whether a 1-based line of a template is emitted only under a condition or loop: there, text that
 * looks out of place (a flag line after a command's last line) may come from another branch.
 */
export function onConditionalLine(file: TextFile, line: number): boolean {
  return file.template?.conditionalLines.some(([start, end]) => line >= start && line <= end) === true;
}

/** Whether characters [start, end) of a templated file hold a template action (blanked for reading). */
export function templatedAt(file: TextFile, start: number, end: number): boolean {
  return file.template !== undefined && file.text.slice(start, end) !== readableText(file).slice(start, end);
}
