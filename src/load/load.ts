import type { Document } from 'yaml';
import { LineCounter, visit } from 'yaml';
import type { Diagnostic, FileRef } from '../model.js';
import {
  DOCUMENT_COST,
  MAX_DOUBLE_QUOTED,
  MAX_EMPTY_FLOW_ENTRIES,
  MAX_NESTING,
  MAX_NODES,
  MAX_TEMPLATE_ACTIONS,
  MAX_TEXT_FORM_BYTES,
  templateOpenings,
  type WorkProblem,
} from './bounds.js';
import { relevantRanges } from './documents.js';
import {
  formPath,
  isHelmfilePath,
  isKustomizationName,
  isTemplateValuesPath,
  isYamlName,
  templateSyntaxOf,
} from './file-kinds.js';
import { lenientDocument } from './lenient.js';
import { namesEtcdSetting } from './prefilter.js';
import { analyseTemplate, isHelmValuesFile, isWholeFileTemplate, type TemplateInfo } from './template.js';
import { textTemplate } from './text-template.js';
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

/** A line-oriented file (systemd unit, env file, shell script, Dockerfile...): text with line positions. */
export interface TextFile {
  kind: 'text';
  file: FileRef;
  text: string;
  lineCounter: LineCounter;
  /**
   * The path that decides the file's form: its own, a template's stem (`etcd.service` for
   * `templates/etcd.service.j2`), or the target of a here-document that wrote it.
   */
  formPath: string;
  /** Set when the file is a template: extractors read its `parseText` (see text-template.ts). */
  template?: TemplateInfo;
  /**
   * Set for text another file writes (a here-document of a shell script): `file` is that outer
   * file, and `at` maps each character of `text` to its offset there (-1 where none does).
   */
  embedded?: { outer: TextFile; at: Int32Array; where: string };
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
  const yaml = isYamlName(file.relPath);
  if (!yaml && text.length > MAX_TEXT_FORM_BYTES)
    return tooComplex(file, `a script, unit, env file or Dockerfile over ${MAX_TEXT_FORM_BYTES / 1024} KB`);
  if (templateOpenings(text, MAX_TEMPLATE_ACTIONS) > MAX_TEMPLATE_ACTIONS)
    return tooComplex(file, `more than ${MAX_TEMPLATE_ACTIONS} template actions ({{, {%, <%)`);
  if (!yaml) return { loaded: textFile(file, text), diagnostics: [] };
  return parseYaml(file, text, options);
}

/** A file not analysed at all because reading it would cost more than the bounds allow (bounds.ts). */
function tooComplex(file: FileRef, what: string): LoadOutcome {
  return { diagnostics: [diag(file, 'warning', 'too-complex', `not analysed: the file has ${what}`)] };
}

/** A text file, with its template actions made opaque when it is a template (see text-template.ts). */
export function textFile(file: FileRef, text: string): TextFile {
  const loaded: TextFile = {
    kind: 'text',
    file,
    text,
    lineCounter: lineCounterOf(text),
    formPath: formPath(file.relPath),
  };
  const template = textTemplate(file.relPath, text);
  if (template) loaded.template = template;
  return loaded;
}

/** Line starts of the text: after every LF (decode has turned lone CRs into LFs). */
export function lineCounterOf(text: string): LineCounter {
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
  let template = isHelmValuesFile(file.relPath)
    ? undefined
    : analyseTemplate(text, { syntax: templateSyntaxOf(file.relPath) });
  let documents: Document.Parsed[];
  const diagnostics: Diagnostic[] = [];
  let source = template?.parseText ?? text;
  // uniqueKeys: false because etcd (sigs.k8s.io/yaml) and kubeadm keep the last duplicate key;
  // we evaluate the mapping ourselves with the same last-wins rule. Bounded: a document nested
  // deeper than MAX_NESTING is not composed (the composer recurses per level), it is reported.
  // A kustomization matters by its name (it patches other files), whatever it mentions.
  // So does a values or variable file (it decides a template's conditions), and a helmfile (one
  // part declares the repositories another's releases name).
  const skip =
    options.skipIrrelevantDocuments &&
    !isKustomizationName(file.relPath) &&
    !isTemplateValuesPath(file.relPath) &&
    !isHelmfilePath(file.relPath);
  const parse = (input: string) =>
    parseRangesBounded(input, skip ? relevantRanges(input) : [{ start: 0, end: input.length }]);
  try {
    let parsed: ReturnType<typeof parseRangesBounded> | undefined;
    if (template && !isWholeFileTemplate(file.relPath)) {
      // Outside a chart's templates/ and without a template suffix, `{{ }}` is often a value's text
      // (Ansible tasks and vars, Prometheus rules' `{{ $labels }}`): YAML that parses as written is
      // read as written, as its tools read it.
      const plain = parse(text);
      if (plain.documents.every((doc) => doc.errors.length === 0 && !actionAsFlowMap(doc, text))) {
        parsed = plain;
        template = undefined;
        source = text;
      }
    }
    parsed ??= parse(source);
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
  for (const [index, doc] of documents.entries()) {
    const first = doc.errors[0];
    if (first) {
      // What go-yaml v2 (etcd, Kubernetes) reads and `yaml` does not (see lenient.ts).
      const lenient = lenientDocument(source, doc);
      if (lenient) {
        usable.push(lenient);
        continue;
      }
      // A document that names none of etcd's settings cannot hide one: no notice. Its text runs to
      // the next document (error recovery can end its range before the text it could not read).
      const next = documents[index + 1]?.range[0] ?? source.length;
      if (!namesEtcdSetting(source.slice(doc.range[0], Math.max(next, doc.range[2])))) continue;
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
  // The "partly analysed" notice for templates is the extract stage's: only a file that gives an
  // etcd configuration gets it (extract/index.ts).
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
        `the file has more than ${MAX_NODES} YAML nodes (entries, scalars, anchors, aliases and tags; a document counts as ${DOCUMENT_COST}); this document and all later ones were not parsed`,
      ];
  }
}

/**
 * Whether a template action parsed as a flow mapping (`key: {{ .Values.x }}`, a `{% if %}` line):
 * no data file writes that, so the file is a template after all.
 */
function actionAsFlowMap(doc: Document.Parsed, text: string): boolean {
  let found = false;
  visit(doc, {
    Map: (_key, node) => {
      const start = node.range?.[0];
      if (
        node.flow &&
        start !== undefined &&
        text[start] === '{' &&
        (text[start + 1] === '{' || text[start + 1] === '%')
      ) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
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
