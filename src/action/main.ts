import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { DEFAULT_EXCLUDES } from '../discover/discover.js';
import type { ScanResult } from '../model.js';
import { findingAnnotation } from '../report/github.js';
import { type FailOn, gatingFindings, isFailOn } from '../report/levels.js';
import { serializeSarif, toSarif } from '../report/sarif.js';
import { toMarkdownSummary } from '../report/summary.js';
import { RULE_METAS } from '../rules/index.js';
import { scan } from '../scan.js';

/** The Action's inputs as a plain object (see action.yml). */
export interface ActionSettings {
  workspace: string;
  path: string;
  patterns: string[];
  exclude: string[];
  sarifFile: string;
  category?: string;
  failOn: FailOn;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const failOn = core.getInput('fail-on') || 'error';
  if (!isFailOn(failOn))
    throw new Error(`input fail-on must be error, warning, note or none (got "${failOn}")`);
  const category = core.getInput('category');
  return {
    workspace: path.resolve(env.GITHUB_WORKSPACE || process.cwd()),
    path: core.getInput('path') || '.',
    patterns: core.getMultilineInput('patterns'),
    exclude: core.getMultilineInput('exclude'),
    sarifFile: core.getInput('sarif-file') || 'etcd-tls-guard.sarif',
    ...(category ? { category } : {}),
    failOn,
  };
}

/** The Action: scan, always write SARIF, annotate, summarise, then gate. */
export async function run(): Promise<void> {
  let settings: ActionSettings;
  try {
    settings = readSettings();
  } catch (error) {
    core.setFailed((error as Error).message);
    return;
  }
  const sarifPath = path.resolve(settings.workspace, settings.sarifFile);
  let result: ScanResult;
  try {
    result = await scan({
      paths: [settings.path],
      base: settings.workspace,
      patterns: settings.patterns,
      exclude: [...DEFAULT_EXCLUDES, ...settings.exclude],
    });
  } catch (error) {
    // The tool itself failed: still leave a valid SARIF behind so the upload step can run.
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
    core.setFailed(`etcd-tls-guard failed: ${(error as Error).message}`);
    return;
  }
  writeSarif(sarifPath, result, settings);
  const gating = gatingFindings(result.findings, settings.failOn);
  const verdict = gating.length > 0 ? 'fail' : 'pass';
  core.setOutput('sarif-file', sarifPath);
  core.setOutput('findings', result.findings.length);
  core.setOutput('files-scanned', result.filesScanned);
  core.setOutput('result', verdict);

  for (const finding of result.findings) annotate(finding);
  for (const diagnostic of result.diagnostics) {
    const where = diagnostic.file ? `${diagnostic.file.relPath}: ` : '';
    core.info(`${diagnostic.level}: ${where}${diagnostic.message}`);
  }
  await writeSummary(result, settings, verdict);
  core.info(
    `etcd-tls-guard: ${result.findings.length} findings, ${result.filesScanned} files scanned; SARIF written to ${sarifPath}`,
  );
  if (verdict === 'fail') {
    core.setFailed(
      `${gating.length} etcd auto-TLS finding${gating.length === 1 ? '' : 's'} at or above fail-on "${settings.failOn}"`,
    );
  }
}

function writeSarif(sarifPath: string, result: ScanResult, settings: ActionSettings): void {
  const log = toSarif(result, RULE_METAS, {
    ...(settings.category ? { category: settings.category } : {}),
    fileText: (file) => result.sources.get(file.absPath),
  });
  mkdirSync(path.dirname(sarifPath), { recursive: true });
  writeFileSync(sarifPath, serializeSarif(log));
}

function annotate(finding: ScanResult['findings'][number]): void {
  const a = findingAnnotation(finding);
  const properties: core.AnnotationProperties = {
    title: a.title,
    file: a.file,
    startLine: a.line,
    endLine: a.endLine,
    startColumn: a.col,
    endColumn: a.endColumn,
  };
  if (a.level === 'error') core.error(a.message, properties);
  else if (a.level === 'warning') core.warning(a.message, properties);
  else core.notice(a.message, properties);
}

async function writeSummary(
  result: ScanResult,
  settings: ActionSettings,
  verdict: 'pass' | 'fail',
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const markdown = toMarkdownSummary(result, RULE_METAS, {
    result: verdict,
    failOn: settings.failOn,
    ...(process.env.GITHUB_REPOSITORY ? { repository: process.env.GITHUB_REPOSITORY } : {}),
    ...(process.env.GITHUB_SHA ? { sha: process.env.GITHUB_SHA } : {}),
    ...(process.env.GITHUB_SERVER_URL ? { serverUrl: process.env.GITHUB_SERVER_URL } : {}),
  });
  await core.summary.addRaw(markdown).write();
}
