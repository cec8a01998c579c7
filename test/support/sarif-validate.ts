// Validates SARIF the way GitHub will judge it: the SARIF 2.1.0 JSON schema (the exact file
// upload-sarif uses) plus the semantic rules of research/sarif.md §8 that the schema does not
// express but GitHub enforces by rejecting the upload or by mis-filing alerts.

import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

type Json = Record<string, unknown>;

// ajv-formats is CommonJS: under NodeNext its default import is the module object, whose `default`
// is the plugin (the package sets `exports.default` to the plugin itself, so this works either way).
const addFormats = addFormatsModule.default;

/** Final-2.1.0 schema ids that GitHub (multitool GH1011) accepts. */
const ACCEPTED_SCHEMAS = new Set([
  'https://json.schemastore.org/sarif-2.1.0.json',
  'http://json.schemastore.org/sarif-2.1.0',
  'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json',
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json',
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
]);
const LEVELS = new Set(['note', 'warning', 'error']);
const PRECISIONS = new Set(['very-high', 'high', 'medium', 'low']);
const PROBLEM_SEVERITIES = new Set(['error', 'warning', 'recommendation']);
const SECURITY_SEVERITY = /^(10(\.0)?|[0-9](\.[0-9])?)$/;

let compiled: ValidateFunction | undefined;

/** Every reason GitHub would reject or mis-read `log`; empty when it is a good upload. */
export function validateSarif(log: unknown): string[] {
  compiled ??= compileSchema();
  const errors: string[] = [];
  if (!compiled(log)) {
    for (const e of compiled.errors ?? [])
      errors.push(`schema ${e.instancePath || '/'}: ${e.message ?? e.keyword}`);
  }
  checkLog(log, errors);
  return errors;
}

function compileSchema(): ValidateFunction {
  const schema = JSON.parse(
    readFileSync(new URL('./sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
  ) as Json;
  // The file misplaces the region `anyOf` inside `properties`, where ajv refuses it as a property
  // schema; one level up it enforces "a region needs startLine, charOffset or byteOffset".
  const region = (schema.definitions as Record<string, Json>).region as Json;
  const properties = region.properties as Json;
  region.anyOf = properties.anyOf;
  delete properties.anyOf;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function objectAt(value: unknown): Json {
  return isObject(value) ? value : {};
}

function textOf(value: unknown): string | undefined {
  const text = objectAt(value).text;
  return typeof text === 'string' && text !== '' ? text : undefined;
}

function checkLog(log: unknown, errors: string[]): void {
  const root = objectAt(log);
  if (typeof root.$schema !== 'string' || !ACCEPTED_SCHEMAS.has(root.$schema)) {
    errors.push(`/$schema: not a final SARIF 2.1.0 schema id GitHub accepts: ${String(root.$schema)}`);
  }
  const runs = Array.isArray(root.runs) ? root.runs : [];
  if (runs.length !== 1) errors.push(`/runs: expected exactly one run, found ${runs.length}`);
  for (const [i, run] of runs.entries()) {
    checkRun(objectAt(run), `/runs/${i}`, errors);
  }
}

function checkRun(run: Json, path: string, errors: string[]): void {
  const driver = objectAt(objectAt(run.tool).driver);
  if (typeof driver.name !== 'string' || driver.name === '' || driver.name === 'CodeQL') {
    errors.push(`${path}/tool/driver/name: must be a non-empty name other than CodeQL`);
  }
  const rules = Array.isArray(driver.rules) ? driver.rules.map(objectAt) : [];
  for (const [i, rule] of rules.entries()) {
    checkRule(rule, `${path}/tool/driver/rules/${i}`, errors);
  }
  const ids = rules.map((rule) => rule.id);
  if (new Set(ids).size !== ids.length) errors.push(`${path}/tool/driver/rules: rule ids are not unique`);
  if (run.columnKind !== 'utf16CodeUnits') errors.push(`${path}/columnKind: must be utf16CodeUnits`);
  const automationId = objectAt(run.automationDetails).id;
  if (
    run.automationDetails !== undefined &&
    (typeof automationId !== 'string' || !automationId.endsWith('/'))
  ) {
    errors.push(`${path}/automationDetails/id: must be "<category>/"`);
  }
  if (!Array.isArray(run.results)) {
    errors.push(`${path}/results: missing (upload-sarif: "Missing 'results' array in run")`);
  } else {
    for (const [i, result] of run.results.entries()) {
      checkResult(objectAt(result), rules, `${path}/results/${i}`, errors);
    }
  }
  const invocations = Array.isArray(run.invocations) ? run.invocations : [];
  invocations.forEach((invocation, i) => {
    const notifications = objectAt(invocation).toolExecutionNotifications;
    if (!Array.isArray(notifications)) return;
    notifications.forEach((n, j) => {
      const notificationPath = `${path}/invocations/${i}/toolExecutionNotifications/${j}`;
      checkNotification(objectAt(n), notificationPath, errors);
    });
  });
}

function checkRule(rule: Json, path: string, errors: string[]): void {
  if (typeof rule.id !== 'string' || rule.id === '') errors.push(`${path}/id: missing`);
  if (typeof rule.name !== 'string' || rule.name === '' || rule.name.length > 255) {
    errors.push(`${path}/name: must be 1-255 characters`);
  }
  for (const key of ['shortDescription', 'fullDescription']) {
    const text = textOf(rule[key]);
    if (text === undefined || text.length > 1024)
      errors.push(`${path}/${key}/text: must be 1-1024 characters`);
  }
  const help = objectAt(rule.help);
  for (const key of ['text', 'markdown']) {
    if (typeof help[key] !== 'string' || help[key] === '') errors.push(`${path}/help/${key}: missing`);
  }
  const level = objectAt(rule.defaultConfiguration).level;
  if (typeof level !== 'string' || !LEVELS.has(level))
    errors.push(`${path}/defaultConfiguration/level: ${level}`);
  checkRuleProperties(objectAt(rule.properties), `${path}/properties`, errors);
}

function checkRuleProperties(properties: Json, path: string, errors: string[]): void {
  const tags = properties.tags;
  if (!Array.isArray(tags) || !tags.includes('security') || tags.length > 10) {
    errors.push(`${path}/tags: must include "security" and have at most 10 entries`);
  }
  if (typeof properties.precision !== 'string' || !PRECISIONS.has(properties.precision)) {
    errors.push(`${path}/precision: ${String(properties.precision)}`);
  }
  const problemSeverity = properties['problem.severity'];
  if (typeof problemSeverity !== 'string' || !PROBLEM_SEVERITIES.has(problemSeverity)) {
    errors.push(`${path}/problem.severity: ${String(problemSeverity)}`);
  }
  // GitHub fails processing on a non-numeric value ("invalid security severity value, is not a number").
  const score = properties['security-severity'];
  if (typeof score !== 'string' || !SECURITY_SEVERITY.test(score) || Number(score) <= 0) {
    errors.push(
      `${path}/security-severity: must be a string holding a score in (0, 10], got ${JSON.stringify(score)}`,
    );
  }
}

function checkResult(result: Json, rules: readonly Json[], path: string, errors: string[]): void {
  const ruleIndex = result.ruleIndex;
  if (typeof result.ruleId !== 'string' || !rules.some((rule) => rule.id === result.ruleId)) {
    errors.push(`${path}/ruleId: ${String(result.ruleId)} is not a rule id`);
  }
  if (typeof ruleIndex !== 'number' || rules[ruleIndex]?.id !== result.ruleId) {
    errors.push(`${path}/ruleIndex: ${String(ruleIndex)} does not point at rule ${String(result.ruleId)}`);
  }
  if (typeof result.level !== 'string' || !LEVELS.has(result.level)) {
    errors.push(`${path}/level: must be note, warning or error, got ${String(result.level)}`);
  }
  if (textOf(result.message) === undefined) errors.push(`${path}/message/text: missing`);
  if (result.suppressions !== undefined) errors.push(`${path}/suppressions: GitHub ignores them`);
  // GitHub uses only the first location; a result without one is never shown.
  const locations = Array.isArray(result.locations) ? result.locations : [];
  if (locations.length !== 1)
    errors.push(`${path}/locations: expected exactly one, found ${locations.length}`);
  for (const [i, location] of locations.entries()) {
    checkLocation(objectAt(location), true, `${path}/locations/${i}`, errors);
  }
  checkRelatedLocations(result, path, errors);
}

/**
 * GitHub shows a related location only as a link from the message: each needs an integer `id`
 * (unique in the result), a message, and a `[text](id)` for it in the result's message.
 */
function checkRelatedLocations(result: Json, path: string, errors: string[]): void {
  if (result.relatedLocations === undefined) return;
  if (!Array.isArray(result.relatedLocations) || result.relatedLocations.length === 0) {
    errors.push(`${path}/relatedLocations: must be a non-empty array when present`);
    return;
  }
  const message = textOf(result.message) ?? '';
  const ids = new Set<number>();
  result.relatedLocations.forEach((item, i) => {
    const related = objectAt(item);
    const at = `${path}/relatedLocations/${i}`;
    checkLocation(related, false, at, errors);
    if (
      typeof related.id !== 'number' ||
      !Number.isInteger(related.id) ||
      related.id < 0 ||
      ids.has(related.id)
    ) {
      errors.push(`${at}/id: must be a unique integer >= 0, got ${String(related.id)}`);
      return;
    }
    ids.add(related.id);
    if (textOf(related.message) === undefined) errors.push(`${at}/message/text: missing`);
    // Link text may hold escaped brackets (`\[`, `\]`).
    if (!new RegExp(String.raw`(^|[^\\])\[(?:\\.|[^\]\\])*\]\(${related.id}\)`).test(message))
      errors.push(`${at}: the result's message has no [text](${related.id}) link to it`);
  });
}

function checkNotification(notification: Json, path: string, errors: string[]): void {
  if (typeof notification.level !== 'string' || !LEVELS.has(notification.level)) {
    errors.push(`${path}/level: must be note, warning or error`);
  }
  const locations = Array.isArray(notification.locations) ? notification.locations : [];
  for (const [i, location] of locations.entries()) {
    checkLocation(objectAt(location), false, `${path}/locations/${i}`, errors);
  }
}

function checkLocation(location: Json, regionRequired: boolean, path: string, errors: string[]): void {
  const physical = location.physicalLocation;
  if (!isObject(physical)) {
    errors.push(`${path}/physicalLocation: missing`);
    return;
  }
  checkUri(objectAt(physical.artifactLocation).uri, `${path}/physicalLocation/artifactLocation/uri`, errors);
  if (regionRequired || physical.region !== undefined) {
    checkRegion(objectAt(physical.region), `${path}/physicalLocation/region`, errors);
  }
}

function checkUri(uri: unknown, path: string, errors: string[]): void {
  if (typeof uri !== 'string' || uri === '') {
    errors.push(`${path}: must be a non-empty repository-relative path`);
    return;
  }
  const problems: string[] = [];
  if (uri.startsWith('/') || uri.startsWith('./')) problems.push('must not start with / or ./');
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(uri)) problems.push('must not have a scheme');
  if (uri.includes('\\')) problems.push('must not contain a backslash');
  // Check decoded segments too: `%2E%2E` resolves to `..` on GitHub's side.
  if (uri.split('/').some((segment) => segment === '..' || safeDecode(segment) === '..')) {
    problems.push('must not contain a .. segment');
  }
  for (const problem of problems) errors.push(`${path}: ${JSON.stringify(uri)} ${problem}`);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function checkRegion(region: Json, path: string, errors: string[]): void {
  const numbers = ['startLine', 'startColumn', 'endLine', 'endColumn'].map((key) => {
    const value = region[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      errors.push(`${path}/${key}: must be an integer >= 1, got ${String(value)}`);
      return undefined;
    }
    return value;
  });
  const [startLine, startColumn, endLine, endColumn] = numbers;
  if (
    startLine === undefined ||
    startColumn === undefined ||
    endLine === undefined ||
    endColumn === undefined
  )
    return;
  if (endLine < startLine) errors.push(`${path}: endLine ${endLine} is before startLine ${startLine}`);
  if (endLine === startLine && endColumn <= startColumn) {
    errors.push(
      `${path}: single-line region needs endColumn > startColumn (got ${startColumn}..${endColumn})`,
    );
  }
}
