import { lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import { FileProblem, isInside, resolveInside } from '../io/files.js';
import { readBaselineFile } from '../triage/baseline.js';
import type { ActionSettings } from './inputs.js';

/** What the inputs name, checked before anything is scanned. */
export interface Preflight {
  /** Findings recorded in the baseline (by fingerprint), when a baseline is given. */
  baseline?: Set<string>;
}

/**
 * Checks what the inputs name before the scan, so that a mistake fails the step at once with a
 * clear message rather than after a scan, or not at all: a `path` that does not exist (a typo, a
 * folder renamed in the pull request) used to scan nothing and pass; a `path` outside the workspace
 * was scanned; a `sarif-file` that is a folder crashed the step at the end; a bad baseline was read
 * after the scan. Throws a FileProblem whose message is meant for the step's error annotation.
 */
export function preflight(settings: ActionSettings): Preflight {
  checkScanPath(settings);
  checkSarifTarget(settings);
  if (!settings.baseline) return {};
  return {
    baseline: readBaselineFile(settings.baseline, { base: settings.workspace, root: settings.workspace }),
  };
}

function checkScanPath(settings: ActionSettings): void {
  const { real } = resolveInside(settings.workspace, settings.path, 'path');
  if (real === undefined)
    throw new FileProblem(
      `path "${settings.path}" does not exist in the workspace (is it spelt right, and checked out?)`,
    );
  const stat = statSync(real);
  if (!stat.isDirectory() && !stat.isFile())
    throw new FileProblem(`path "${settings.path}" is neither a file nor a folder`);
}

/**
 * The report is written later by writeFileInside, which checks again at write time; this finds the
 * mistakes early. A folder, a link or a path outside the workspace is refused.
 */
function checkSarifTarget(settings: ActionSettings): void {
  const name = settings.sarifFile;
  const target = path.resolve(settings.workspace, name);
  if (!isInside(settings.workspace, target))
    throw new FileProblem(`sarif-file "${name}" is outside the workspace`);
  if (target === path.resolve(settings.workspace))
    throw new FileProblem(`sarif-file "${name}" is the workspace itself, not a file`);
  // The folder first: a linked folder that leaves the workspace is named as such.
  const folder = resolveInside(settings.workspace, path.dirname(name), 'the folder of sarif-file');
  if (folder.real === undefined) return;
  const existing = lstatOrUndefined(path.join(folder.real, path.basename(target)));
  if (existing?.isSymbolicLink())
    throw new FileProblem(`sarif-file "${name}" is a symbolic link; it is not written through`);
  if (existing?.isDirectory()) throw new FileProblem(`sarif-file "${name}" is a folder, not a file`);
  if (existing && !existing.isFile()) throw new FileProblem(`sarif-file "${name}" is not a regular file`);
}

function lstatOrUndefined(p: string) {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}
