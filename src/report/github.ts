import type { Diagnostic, Finding } from '../model.js';
import { visible } from './escape.js';

/**
 * Annotation properties as GitHub's workflow commands take them (`::error file=...,line=...::msg`).
 * Messages and titles are already `visible` (one line, no hidden characters); `file` is the real path,
 * which GitHub needs to place the annotation, and is only escaped by `workflowCommand`.
 */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
  file?: string;
  line?: number;
  col?: number;
  endLine?: number;
  endColumn?: number;
}

export function findingAnnotation(finding: Finding): Annotation {
  return {
    level: finding.level === 'note' ? 'notice' : finding.level,
    message: visible(finding.message),
    title: visible(`${finding.title} [${finding.ruleId}]`),
    file: finding.file.relPath,
    line: finding.span.startLine,
    col: finding.span.startColumn,
    endLine: finding.span.endLine,
    endColumn: finding.span.endColumn,
  };
}

export function diagnosticAnnotation(diagnostic: Diagnostic): Annotation {
  return {
    level: diagnostic.level === 'note' ? 'notice' : diagnostic.level,
    message: `etcd-tls-guard: ${visible(diagnostic.message)}`,
    ...(diagnostic.file ? { file: diagnostic.file.relPath } : {}),
    ...(diagnostic.span ? { line: diagnostic.span.startLine, col: diagnostic.span.startColumn } : {}),
  };
}

/** One workflow command line, escaped as the runner expects (actions/toolkit command.ts rules). */
export function workflowCommand(annotation: Annotation): string {
  const properties: [string, string | number | undefined][] = [
    ['file', annotation.file],
    ['line', annotation.line],
    ['col', annotation.col],
    ['endLine', annotation.endLine],
    ['endColumn', annotation.endColumn],
    ['title', annotation.title],
  ];
  const props = properties
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${annotation.level}${props ? ` ${props}` : ''}::${escapeData(annotation.message)}`;
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
