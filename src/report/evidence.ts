import type { Finding } from '../model.js';

/**
 * The files on a finding's evidence chain, report paths: its own (where the value is written) and
 * the related ones (the workload that reads a ConfigMap, the unit that reads an env file, the
 * kustomization that applies a patch). A change to any of them can create or change the finding.
 */
export function evidenceFiles(finding: Finding): string[] {
  return [finding.file.relPath, ...(finding.related ?? []).map((related) => related.file.relPath)];
}

/** Whether a change to these files (a pull request's) touches the finding's evidence chain. */
export function touchesChanged(finding: Finding, changedFiles: ReadonlySet<string>): boolean {
  return evidenceFiles(finding).some((file) => changedFiles.has(file));
}
