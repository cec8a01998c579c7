import * as core from '@actions/core';
import { DEFAULT_EXCLUDES } from '../discover/discover.js';
import { FileProblem, writeFileInside } from '../io/files.js';
import type { Diagnostic, FileRef, Finding, ScanResult } from '../model.js';
import { plural } from '../report/escape.js';
import { touchesChanged } from '../report/evidence.js';
import { gatingFindings } from '../report/levels.js';
import { serializeSarif, toSarif } from '../report/sarif.js';
import { COVERAGE_GAPS, errorSummary, toMarkdownSummary } from '../report/summary.js';
import { RULE_METAS } from '../rules/index.js';
import { scan } from '../scan.js';
import { applyBaseline } from '../triage/baseline.js';
import { emitAnnotations, planAnnotations } from './annotations.js';
import { listChangedFiles } from './changed-files.js';
import { readRunContext } from './event.js';
import { type GitHubClient, githubClient } from './github-client.js';
import { type ActionSettings, type ReportTarget, readReportTarget, readSettings } from './inputs.js';
import * as log from './log.js';
import { type Preflight, preflight } from './preflight.js';
import { applyUploadInput } from './upload.js';

/** What the Action needs from its surroundings; tests replace the GitHub client. */
export interface ActionDeps {
  client: (token: string) => GitHubClient;
}

/**
 * The Action: check the inputs and what they name, scan, apply the baseline, write the SARIF
 * report, optionally upload it, annotate within GitHub's caps, summarise, then gate. Every way out
 * sets the `result` output: `pass`, `fail` (the gate or the upload failed) or `error` (the step
 * could not check what it was asked to: a bad input, a `path` that does not exist, a bad baseline,
 * a report that cannot be written, a failure of the tool itself; nothing is uploaded then).
 */
export async function run(deps: Partial<ActionDeps> = {}): Promise<void> {
  const env = process.env;
  const client = deps.client ?? ((token: string) => githubClient(token, env));
  const step: StepState = {};
  let settings: ActionSettings;
  let checked: Preflight;
  try {
    settings = readSettings(env);
  } catch (error) {
    return stopWithError((error as Error).message, env, step);
  }
  if (settings.token !== '') core.setSecret(settings.token);
  try {
    checked = preflight(settings);
  } catch (error) {
    if (error instanceof FileProblem) return stopWithError(error.message, env, step);
    return stopWithError(`etcd-tls-guard failed: ${(error as Error).message}`, env, step);
  }
  try {
    await scanAndReport(settings, checked, env, client, step);
  } catch (error) {
    const reason =
      error instanceof FileProblem ? error.message : `etcd-tls-guard failed: ${(error as Error).message}`;
    return stopWithError(reason, env, step);
  }
}

/** What has happened so far, for an accurate error summary. */
interface StepState {
  sarifPath?: string;
}

async function scanAndReport(
  settings: ActionSettings,
  checked: Preflight,
  env: NodeJS.ProcessEnv,
  client: (token: string) => GitHubClient,
  step: StepState,
): Promise<void> {
  const result = await scan({
    paths: [settings.path],
    base: settings.workspace,
    patterns: settings.patterns,
    exclude: [...DEFAULT_EXCLUDES, ...settings.exclude],
    maxFileSize: settings.maxFileSize,
    rules: settings.rules,
  });
  if (checked.baseline) {
    const textOf = (file: FileRef) => result.sources.get(file.absPath);
    result.findings = applyBaseline(result.findings, checked.baseline, textOf);
  }

  const sarifText = serializeSarif(
    toSarif(result, RULE_METAS, {
      category: settings.category,
      fileText: (file) => result.sources.get(file.absPath),
    }),
  );
  step.sarifPath = writeFileInside(settings.workspace, settings.sarifFile, sarifText, 'sarif-file');
  core.setOutput('sarif-file', step.sarifPath);

  const failures: string[] = [];
  const notes: string[] = [];
  let warnings = 0;
  const warn = (message: string) => {
    warnings++;
    log.warning(message);
  };

  // The API is called only when an input needs it: here, only-changed (SECURITY.md).
  const context = readRunContext(env);
  const changed = settings.onlyChanged
    ? await listChangedFiles(context, settings.token, client, settings.requests)
    : undefined;
  if (changed?.kind === 'unknown') {
    warn(`only-changed: ${changed.reason}. Every finding gates the step and is annotated.`);
    notes.push(`only-changed: ${changed.reason}; every finding gates the step.`);
  }
  const changedFiles = changed?.kind === 'known' ? changed.files : undefined;

  // Known findings (baseline) and, with only-changed, findings whose evidence chain the pull request
  // does not touch neither gate nor get annotated; the SARIF above has them all.
  const inScope = (finding: Finding) =>
    finding.baselineState !== 'unchanged' &&
    (changedFiles === undefined || touchesChanged(finding, changedFiles));
  const active = result.findings.filter(inScope);
  const gating = gatingFindings(active, settings.failOn);
  if (gating.length > 0) {
    failures.push(
      `${plural(gating.length, 'etcd TLS finding')} at or above fail-on "${settings.failOn}"${changedFiles ? ' in the files the pull request changes' : ''}`,
    );
  }

  const upload = await applyUploadInput({
    mode: settings.upload,
    token: settings.token,
    workspace: settings.workspace,
    sarifText,
    context,
    client,
    poll: { intervalMs: settings.pollIntervalMs, timeoutMs: settings.pollTimeoutMs },
    policy: settings.requests,
  });
  if (upload) {
    notes.push(upload.message);
    if (upload.level === 'error') failures.push(upload.message);
    else if (upload.level === 'warning') warn(upload.message);
    else log.info(upload.message);
    core.setOutput('upload-status', upload.status);
    if (upload.sarifId) core.setOutput('sarif-id', upload.sarifId);
  } else core.setOutput('upload-status', 'skipped');

  const verdict = failures.length > 0 ? 'fail' : 'pass';
  const baselined = result.findings.filter((finding) => finding.baselineState === 'unchanged').length;
  core.setOutput('findings', result.findings.length);
  core.setOutput('gating-findings', gating.length);
  core.setOutput('suppressed', result.suppressed.length);
  core.setOutput('baselined', baselined);
  core.setOutput('files-scanned', result.filesScanned);
  core.setOutput('result', verdict);

  const plan = planAnnotations(active, annotatedNotices(result.diagnostics, changedFiles), {
    ...(changedFiles ? { changedFiles } : {}),
    // The failure message below is an error annotation too.
    reserved: { error: failures.length > 0 ? 1 : 0, warning: warnings },
  });
  emitAnnotations(plan);
  for (const diagnostic of result.diagnostics) {
    const where = diagnostic.file ? `${diagnostic.file.relPath}: ` : '';
    log.info(`${diagnostic.level}: ${where}${diagnostic.message}`);
  }
  await writeSummary(
    toMarkdownSummary(result, RULE_METAS, {
      result: verdict,
      failOn: settings.failOn,
      notes,
      ...(changedFiles ? { changedFiles } : {}),
      ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
      ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
      ...(env.GITHUB_SERVER_URL ? { serverUrl: env.GITHUB_SERVER_URL } : {}),
    }),
    env,
  );
  log.info(
    `etcd-tls-guard: ${plural(result.findings.length, 'finding')} (${baselined} in the baseline, ${result.suppressed.length} suppressed), ${plural(result.filesScanned, 'file')} scanned; SARIF written to ${step.sarifPath}`,
  );
  if (failures.length > 0) log.fail(failures);
}

/**
 * Scan notices worth an annotation: suppression comments that do not work (in the changed files
 * when only those gate), and coverage gaps, always, changed files or not (a padded file over
 * max-file-size or over the work bounds, a glob that matched nothing, an empty tree must not pass
 * unnoticed).
 */
function annotatedNotices(
  diagnostics: readonly Diagnostic[],
  changedFiles: ReadonlySet<string> | undefined,
): Diagnostic[] {
  return diagnostics.filter(
    (d) =>
      COVERAGE_GAPS.has(d.id) ||
      (d.id === 'invalid-suppression' &&
        (changedFiles === undefined || (d.file !== undefined && changedFiles.has(d.file.relPath)))),
  );
}

/**
 * Ends the step with `result: error`: one error annotation with the reason, the outputs that can
 * be known, and a summary that says why. Nothing is uploaded: an upload without results would close
 * every open alert of the category.
 */
async function stopWithError(reason: string, env: NodeJS.ProcessEnv, step: StepState): Promise<void> {
  core.setOutput('result', 'error');
  core.setOutput('upload-status', 'skipped');
  if (step.sarifPath === undefined) writeFailedRun(reason, step, readReportTarget(env));
  log.fail([reason]);
  await writeSummary(errorSummary(reason, step.sarifPath !== undefined), env);
}

/**
 * A valid SARIF report even when nothing was checked: no results, the reason as an error
 * notification, and `executionSuccessful: false`, which code scanning refuses to process, so an
 * upload of it by a later step fails instead of closing every open alert. Not written when its own
 * path is the problem (a link, a folder, outside the workspace).
 */
function writeFailedRun(reason: string, step: StepState, target: ReportTarget): void {
  const failed: ScanResult = {
    findings: [],
    suppressed: [],
    diagnostics: [{ level: 'error', id: 'scan-not-run', message: reason }],
    filesScanned: 0,
    sources: new Map(),
  };
  const text = serializeSarif(
    toSarif(failed, RULE_METAS, {
      category: target.category,
      fileText: () => undefined,
      executionSuccessful: false,
    }),
  );
  try {
    step.sarifPath = writeFileInside(target.workspace, target.sarifFile, text, 'sarif-file');
    core.setOutput('sarif-file', step.sarifPath);
  } catch {
    // The report's own path is refused: the reason for that is already in the failure message.
  }
}

async function writeSummary(markdown: string, env: NodeJS.ProcessEnv): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(markdown).write({ overwrite: false });
  } catch (error) {
    log.warning(`the job summary could not be written: ${(error as Error).message}`);
  }
}
