// YAML that etcd's and Kubernetes' own parsers accept and `yaml` rejects. Both decode with go-yaml v2
// (sigs.k8s.io/yaml), a port of libyaml, whose scanner reads a quoted scalar's continuation lines at
// any indentation (yaml_parser_scan_flow_scalar checks only for document markers), while YAML 1.2
// and `yaml` require them indented past the parent node. kube-bench's cfg/*/etcd.yaml have
//
//   text: "Ensure that the --peer-cert-file and --peer-key-file arguments are
//   set as appropriate (Automated)"
//
// A document that fails that way is read again with the line breaks inside such scalars turned into
// spaces (same length: every offset, and so every span, stays the file's), and each repaired
// scalar gets the value go-yaml gives it (the line folded as YAML folds it). Only documents that
// failed are retried; the others of the file are kept as parsed.

import { type CST, type Document, isScalar, Parser, parseDocument, visit } from 'yaml';
import { parseRangesBounded } from './yaml-parse.js';

/** Repairs per document: each needs a new parse of the document, so the work stays bounded. */
const MAX_REPAIRS = 32;

/**
 * The document re-read leniently, or undefined when it still does not parse (or fails for another
 * reason than a quoted scalar's continuation lines).
 */
export function lenientDocument(source: string, doc: Document.Parsed): Document.Parsed | undefined {
  const [start, , end] = doc.range;
  let text = source.slice(start, end);
  const repaired: [number, number][] = [];
  let from = 0;
  for (let round = 0; round < MAX_REPAIRS; round++) {
    const open = firstUnterminatedQuote(text, from);
    if (open === undefined) break;
    const close = closingQuote(text, open);
    if (close === undefined) return undefined;
    text = `${text.slice(0, open)}${unbroken(text.slice(open, close + 1))}${text.slice(close + 1)}`;
    repaired.push([open, close + 1]);
    from = close + 1;
  }
  if (repaired.length === 0) return undefined;
  const padded = ' '.repeat(start) + text;
  let reparsed: Document.Parsed | undefined;
  try {
    reparsed = parseRangesBounded(padded, [{ start, end }]).documents[0];
  } catch {
    return undefined;
  }
  if (!reparsed || reparsed.errors.length > 0) return undefined;
  refold(
    reparsed,
    source,
    repaired.map(([a, b]) => [a + start, b + start]),
  );
  return reparsed;
}

/** The offset of the first quoted scalar at or after `from` that the lexer ran off the end of. */
function firstUnterminatedQuote(text: string, from: number): number | undefined {
  const pending: CST.Token[] = [];
  for (const token of new Parser().parse(text)) pending.push(token);
  let found: number | undefined;
  // Iterative walk over the CST (no recursion: nesting depth is the input's).
  while (pending.length > 0) {
    const token = pending.pop() as CST.Token;
    switch (token.type) {
      case 'document':
        if (token.value) pending.push(token.value);
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection':
        for (const item of token.items) {
          if (item.key) pending.push(item.key);
          if (item.value) pending.push(item.value);
        }
        break;
      case 'double-quoted-scalar':
      case 'single-quoted-scalar':
        if (
          token.offset >= from &&
          !terminated(token.source) &&
          (found === undefined || token.offset < found)
        )
          found = token.offset;
        break;
      default:
        break;
    }
  }
  return found;
}

function terminated(source: string): boolean {
  return closingQuote(source, 0) === source.length - 1;
}

/**
 * The offset of the quote that closes the quoted scalar opening at `open`: `\"` escapes in double
 * quotes, `''` in single quotes. Undefined when it is not closed.
 */
function closingQuote(text: string, open: number): number | undefined {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return undefined;
}

function unbroken(scalar: string): string {
  let out = '';
  for (const c of scalar) out += c === '\n' || c === '\r' ? ' ' : c;
  return out;
}

/** Gives each repaired scalar the value of its original text, folded as go-yaml folds it. */
function refold(doc: Document.Parsed, source: string, repaired: readonly [number, number][]): void {
  const byStart = new Map(repaired.map(([a, b]) => [a, b]));
  visit(doc, {
    Scalar: (_key, node) => {
      const end = node.range ? byStart.get(node.range[0]) : undefined;
      if (end === undefined || !isScalar(node)) return;
      const value = foldedValue(source.slice(node.range?.[0], end));
      if (value !== undefined) node.value = value;
    },
  });
}

/** The value of a quoted scalar's text once its continuation lines are indented as YAML wants. */
function foldedValue(scalar: string): string | undefined {
  const indented = `x: ${scalar.split('\n').join('\n  ')}`;
  const doc = parseDocument(indented);
  if (doc.errors.length > 0) return undefined;
  const value = doc.get('x');
  return typeof value === 'string' ? value : undefined;
}
