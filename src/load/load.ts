import type { Document } from 'yaml';
import { LineCounter } from 'yaml';
import type { Diagnostic, FileRef } from '../model.js';
import {
  DOCUMENT_COST,
  MAX_DOUBLE_QUOTED,
  MAX_EMPTY_FLOW_ENTRIES,
  MAX_NESTING,
  MAX_NODES,
  type WorkProblem,
} from './bounds.js';
import { relevantRanges } from './documents.js';
import { isKustomizationName, isTemplateValuesPath, isYamlName } from './file-kinds.js';
import { analyseTemplate, isHelmValuesFile, type TemplateInfo } from './template.js';
import { parseRangesBounded } from './yaml-parse.js';

/** A file parsed as YAML (JSON is read by the same parser: it is YAML 1.2 flow syntax). */
export interface YamlFile {
  kind: 'yaml';
  file: FileRef;
  text: string;
  documents: Document.Parsed[];
  lineCounter: LineCounter;
  /** Set when the file is a template: findings on its conditional lines are not reported. */
  template?: TemplateInfo;
}

/** A line-oriented file (systemd unit, env file, Procfile...): text with line positions. */
export interface TextFile {
  kind: 'text';
  file: FileRef;
  text: string;
  lineCounter: LineCounter;
}

export type LoadedFile = YamlFile | TextFile;

export interface LoadOutcome {
  loaded?: LoadedFile;
  diagnostics: Diagnostic[];
}

export interface ParseOptions {
  /**
   * Blank the documents of a YAML stream that cannot configure etcd before parsing (see
   * documents.ts). Off only in tests that prove it never drops a finding.
   */
  skipIrrelevantDocuments: boolean;
}

const DEFAULT_PARSE: ParseOptions = { skipIrrelevantDocuments: true };

/** Parses decoded text by file name: YAML (and JSON) names as YAML, others as line-oriented text. */
export function parseLoaded(file: FileRef, text: string, options: ParseOptions = DEFAULT_PARSE): LoadOutcome {
  if (!isYamlName(file.relPath)) return { loaded: textFile(file, text), diagnostics: [] };
  return parseYaml(file, text, options);
}

export function textFile(file: FileRef, text: string): TextFile {
  return { kind: 'text', file, text, lineCounter: lineCounterOf(text) };
}

/** Line starts of the text: after every LF (decode has turned lone CRs into LFs). */
function lineCounterOf(text: string): LineCounter {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  return lineCounter;
}

export function parseYaml(file: FileRef, text: string, options: ParseOptions = DEFAULT_PARSE): LoadOutcome {
  // Line starts come from the text itself, not from the parser: in error recovery the `yaml` lexer
  // can swallow a line break without reporting it (a file whose first line is indented, then more
  // documents), which put every later finding one line too high.
  const lineCounter = lineCounterOf(text);
  const template = isHelmValuesFile(file.relPath) ? undefined : analyseTemplate(text);
  let documents: Document.Parsed[];
  const diagnostics: Diagnostic[] = [];
  try {
    // uniqueKeys: false because etcd (sigs.k8s.io/yaml) and kubeadm keep the last duplicate key;
    // we evaluate the mapping ourselves with the same last-wins rule. Bounded: a document nested
    // deeper than MAX_NESTING is not composed (the composer recurses per level), it is reported.
    const source = template?.parseText ?? text;
    // A kustomization matters by its name (it patches other files), whatever it mentions.
    // So does a values or variable file (it decides a template's conditions).
    const skip =
      options.skipIrrelevantDocuments &&
      !isKustomizationName(file.relPath) &&
      !isTemplateValuesPath(file.relPath);
    const ranges = skip ? relevantRanges(source) : [{ start: 0, end: source.length }];
    const parsed = parseRangesBounded(source, ranges);
    documents = parsed.documents;
    for (const { offset, kind } of parsed.skipped) {
      const pos = lineCounter.linePos(offset);
      const [id, why] = skippedReason(kind);
      diagnostics.push({
        ...diag(file, 'warning', id, `not analysed: ${why}`),
        span: { startLine: pos.line, startColumn: pos.col, endLine: pos.line, endColumn: pos.col + 1 },
      });
    }
  } catch (error) {
    return { diagnostics: [parseFailure(file, text, (error as Error).message)] };
  }
  const usable: Document.Parsed[] = [];
  for (const doc of documents) {
    const first = doc.errors[0];
    if (first) {
      const pos = lineCounter.linePos(first.pos[0]);
      diagnostics.push({
        ...parseFailure(file, text, first.message),
        span: { startLine: pos.line, startColumn: pos.col, endLine: pos.line, endColumn: pos.col + 1 },
      });
      continue;
    }
    usable.push(doc);
  }
  const loaded: YamlFile = {
    kind: 'yaml',
    file,
    text,
    documents: usable,
    lineCounter,
    ...(template ? { template } : {}),
  };
  if (template && usable.some((doc) => doc.contents !== null)) {
    diagnostics.push(
      diag(
        file,
        'note',
        'template-partly-analysed',
        `partly analysed: the file is a template (${template.actions} template actions); only its literal, unconditional settings were analysed, not values from template expressions or conditional blocks`,
      ),
    );
  }
  return { loaded, diagnostics };
}

/** The notice id and the reason for documents left unparsed by a bound (bounds.ts). */
function skippedReason(kind: WorkProblem['kind']): [string, string] {
  switch (kind) {
    case 'too-deep':
      return ['too-deeply-nested', `a document nests collections more than ${MAX_NESTING} levels deep`];
    case 'empty-flow-entries':
      return ['too-complex', `a document has more than ${MAX_EMPTY_FLOW_ENTRIES} empty flow entries`];
    case 'long-string':
      return [
        'too-complex',
        `a document has a double-quoted string longer than ${MAX_DOUBLE_QUOTED / 1024 / 1024} MB`,
      ];
    case 'too-many-nodes':
      return [
        'too-complex',
        `the file has more than ${MAX_NODES} YAML entries (a document counts as ${DOCUMENT_COST}); this document and all later ones were not parsed`,
      ];
  }
}

/**
 * A document that does not parse is not analysed: a gap in coverage the user must see, reported as
 * a warning (never a finding, never a crash). Templates get their own id so they can be told apart.
 */
function parseFailure(file: FileRef, text: string, message: string): Diagnostic {
  if (text.includes('{{') || text.includes('{%')) {
    return diag(
      file,
      'warning',
      'template-not-parsed',
      `not analysed: templated YAML ({{ ... }}) that does not parse as YAML (${firstLine(message)})`,
    );
  }
  return diag(file, 'warning', 'parse-error', `not analysed: not valid YAML/JSON (${firstLine(message)})`);
}

function firstLine(message: string): string {
  const line = message.split('\n', 1)[0] ?? message;
  return line.length > 200 ? `${line.slice(0, 200)}...` : line;
}

function diag(file: FileRef, level: Diagnostic['level'], id: string, message: string): Diagnostic {
  return { level, id, message, file };
}
