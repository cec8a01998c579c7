import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { DEFAULT_EXCLUDES } from '../discover/discover.js';
import type { FileRef, Finding, ScanResult } from '../model.js';
import { gatingFindings } from '../report/levels.js';
import { serializeSarif, toSarif } from '../report/sarif.js';
import { toMarkdownSummary } from '../report/summary.js';
import { RULE_METAS } from '../rules/index.js';
import { scan } from '../scan.js';
import { applyBaseline, readBaseline } from '../triage/baseline.js';
import { emitAnnotations, planAnnotations } from './annotations.js';
import { type ChangedFiles, listChangedFiles } from './changed-files.js';
import { PULL_REQUEST_EVENTS, readRunContext } from './event.js';
import { type GitHubClient, githubClient } from './github-client.js';
import { type ActionSettings, readSettings } from './inputs.js';
import * as log from './log.js';
import { applyUploadInput } from './upload.js';

/** What the Action needs from its surroundings; tests replace the GitHub client. */
export interface ActionDeps {
  client: (token: string) => GitHubClient;
}

/**
 * The Action: scan, apply the baseline, always write SARIF, optionally upload it, annotate within
 * GitHub's caps, summarise, then gate (one failure message for every reason).
 */
export async function run(deps: Partial<ActionDeps> = {}): Promise<void> {
  const env = process.env;
  const client = deps.client ?? ((token: string) => githubClient(token, env));
  let settings: ActionSettings;
  try {
    settings = readSettings(env);
  } catch (error) {
    log.fail([(error as Error).message]);
    return;
  }
  if (settings.token !== '') core.setSecret(settings.token);
  const sarifPath = path.resolve(settings.workspace, settings.sarifFile);
  let result: ScanResult;
  try {
    result = await scan({
      paths: [settings.path],
      base: settings.workspace,
      patterns: settings.patterns,
      exclude: [...DEFAULT_EXCLUDES, ...settings.exclude],
      maxFileSize: settings.maxFileSize,
    });
  } catch (error) {
    // The tool itself failed: still leave a valid SARIF behind, but never upload it (an upload
    // without results would close every open alert).
    const empty: ScanResult = {
      findings: [],
      suppressed: [],
      diagnostics: [
        { level: 'error', id: 'internal-error', message: `scan failed: ${(error as Error).message}` },
      ],
      filesScanned: 0,
      sources: new Map(),
    };
    writeSarif(sarifPath, empty, settings);
    core.setOutput('sarif-file', sarifPath);
    log.fail([`etcd-tls-guard failed: ${(error as Error).message}`]);
    return;
  }

  const failures: string[] = [];
  let warnings = 0;
  const warn = (message: string) => {
    warnings++;
    log.warning(message);
  };

  if (settings.baseline) {
    const baselinePath = path.resolve(settings.workspace, settings.baseline);
    const textOf = (file: FileRef) => result.sources.get(file.absPath);
    try {
      result.findings = applyBaseline(result.findings, readBaseline(readText(baselinePath)), textOf);
    } catch (error) {
      failures.push(
        `baseline ${settings.baseline}: ${(error as Error).message}. Fix the file or the \`baseline\` input; write one with \`etcd-tls-guard --write-baseline ${settings.baseline}\`.`,
      );
    }
  }

  const sarifText = writeSarif(sarifPath, result, settings);
  core.setOutput('sarif-file', sarifPath);

  const context = readRunContext(env);
  const changed = await changedFilesFor(settings, context.eventName, () =>
    listChangedFiles(context, settings.token, client),
  );
  if (settings.onlyChanged && changed?.kind === 'unknown')
    warn(`only-changed: ${changed.reason}. Every finding gates the step and is annotated.`);
  else if (changed?.kind === 'unknown') log.info(`Changed files not known (${changed.reason}).`);
  const changedFiles = changed?.kind === 'known' ? changed.files : undefined;
  const scoped = settings.onlyChanged && changedFiles !== undefined;

  // Known findings (baseline) and, with only-changed, findings outside the changed files neither
  // gate nor get annotated; the SARIF above has them all.
  const inScope = (finding: Finding) =>
    finding.baselineState !== 'unchanged' && (!scoped || changedFiles.has(finding.file.relPath));
  const active = result.findings.filter(inScope);
  const gating = gatingFindings(active, settings.failOn);
  if (gating.length > 0) {
    failures.unshift(
      `${gating.length} etcd auto-TLS finding${gating.length === 1 ? '' : 's'} at or above fail-on "${settings.failOn}"${scoped ? ' in the files the pull request changes' : ''}`,
    );
  }

  const notes: string[] = [];
  if (settings.onlyChanged && changed?.kind === 'unknown')
    notes.push(`only-changed: ${changed.reason}; every finding gates the step.`);
  const upload = await applyUploadInput({
    mode: settings.upload,
    token: settings.token,
    workspace: settings.workspace,
    sarifText,
    context,
    client,
    poll: { intervalMs: settings.pollIntervalMs, timeoutMs: settings.pollTimeoutMs },
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

  const plan = planAnnotations(
    active,
    result.diagnostics.filter(
      (d) => d.id === 'invalid-suppression' && (!scoped || (d.file && changedFiles.has(d.file.relPath))),
    ),
    {
      ...(changedFiles ? { changedFiles } : {}),
      // The failure message below is an error annotation too.
      reserved: { error: failures.length > 0 ? 1 : 0, warning: warnings },
    },
  );
  emitAnnotations(plan);
  for (const diagnostic of result.diagnostics) {
    const where = diagnostic.file ? `${diagnostic.file.relPath}: ` : '';
    log.info(`${diagnostic.level}: ${where}${diagnostic.message}`);
  }
  await writeSummary(result, settings, verdict, env, notes, scoped ? changedFiles : undefined);
  log.info(
    `etcd-tls-guard: ${result.findings.length} findings (${baselined} in the baseline, ${result.suppressed.length} suppressed), ${result.filesScanned} files scanned; SARIF written to ${sarifPath}`,
  );
  if (failures.length > 0) log.fail(failures);
}

/** The pull request's files, when the event has them: for only-changed, and to annotate them first. */
async function changedFilesFor(
  settings: ActionSettings,
  eventName: string,
  list: () => Promise<ChangedFiles>,
): Promise<ChangedFiles | undefined> {
  if (settings.onlyChanged) return list();
  if (PULL_REQUEST_EVENTS.includes(eventName) && settings.token !== '') return list();
  return undefined;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'file not found' : (error as Error).message);
  }
}

function writeSarif(sarifPath: string, result: ScanResult, settings: ActionSettings): string {
  const log = toSarif(result, RULE_METAS, {
    category: settings.category,
    fileText: (file) => result.sources.get(file.absPath),
  });
  const text = serializeSarif(log);
  mkdirSync(path.dirname(sarifPath), { recursive: true });
  writeFileSync(sarifPath, text);
  return text;
}

async function writeSummary(
  result: ScanResult,
  settings: ActionSettings,
  verdict: 'pass' | 'fail',
  env: NodeJS.ProcessEnv,
  notes: string[],
  changedFiles: ReadonlySet<string> | undefined,
): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) return;
  const markdown = toMarkdownSummary(result, RULE_METAS, {
    result: verdict,
    failOn: settings.failOn,
    notes,
    ...(changedFiles ? { changedFiles } : {}),
    ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
    ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
    ...(env.GITHUB_SERVER_URL ? { serverUrl: env.GITHUB_SERVER_URL } : {}),
  });
  await core.summary.addRaw(markdown).write();
}
