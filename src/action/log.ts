import * as core from '@actions/core';
import { visible } from '../report/escape.js';

// Everything the Action prints goes through here. @actions/core escapes only %, CR and LF in a
// command's message and nothing at all in `core.info`, while the runner executes `::command::` lines
// and `##[command]` anywhere in a line (see report/escape.ts); text from the scanned repository and
// from GitHub's answers is made `visible` first.

/** A plain log line. */
export function info(text: string): void {
  core.info(visible(text));
}

/** A warning annotation without a file (file annotations are built in annotations.ts). */
export function warning(text: string): void {
  core.warning(visible(text));
}

/** An error annotation without a file. */
export function error(text: string): void {
  core.error(visible(text));
}

/** An error annotation per line, and a failed step (exit code 1). */
export function fail(lines: readonly string[]): void {
  core.setFailed(lines.map(visible).join('\n'));
}
