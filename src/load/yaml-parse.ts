import { Composer, type CST, type Document, isNode, Parser, visit } from 'yaml';
import type { TextRange } from './documents.js';

/**
 * Deepest collection nesting that is composed into nodes. The `yaml` parser (lexer + CST) is a
 * state machine with its own stack, but its composer recurses once per nested collection: about
 * 800 nested `[` exhaust Node's default stack. The library turns that RangeError into a document
 * error, but a stack overflow can strike anywhere, inside V8 too: a 20,000-deep `[` file followed
 * by a 20,000-deep `- ` file aborted the whole process ("RegExpCompiler Allocation failed").
 * Real configuration is nowhere near this deep (Kubernetes CRD schemas reach a few dozen levels).
 */
export const MAX_NESTING = 256;

interface BoundedParse {
  documents: Document.Parsed[];
  /** Documents not composed because they nest deeper than MAX_NESTING: where the limit was passed. */
  tooDeep: { offset: number }[];
}

/**
 * `parseAllDocuments` with a nesting bound: the CST is built first (iteratively, so any depth is
 * safe), each document's depth is measured without recursion, and a document deeper than
 * MAX_NESTING is composed as an empty one. Other documents of the same stream are still returned.
 */
export function parseDocumentsBounded(text: string, options: { uniqueKeys: false }): BoundedParse {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  const tooDeep: { offset: number }[] = [];
  for (const token of parser.parse(text)) {
    const deep = deepestOffset(token, MAX_NESTING);
    if (deep === undefined) {
      tokens.push(token);
    } else if (token.type === 'document') {
      // Composed as an empty document, so a following `...` still ends this document, not the previous one.
      tooDeep.push({ offset: deep });
      tokens.push({ ...token, value: undefined });
    }
  }
  const composer = new Composer({ uniqueKeys: options.uniqueKeys });
  const documents = Array.from(composer.compose(tokens)) as Document.Parsed[];
  return { documents, tooDeep };
}

/**
 * `parseDocumentsBounded` over some ranges of the text only (see documents.ts): each range is parsed
 * on its own and the offsets of its nodes, errors and too-deep documents are moved back to the
 * whole text's, so spans stay exact.
 */
export function parseRangesBounded(text: string, ranges: readonly TextRange[]): BoundedParse {
  if (ranges.length === 1 && ranges[0]?.start === 0 && ranges[0].end === text.length)
    return parseDocumentsBounded(text, { uniqueKeys: false });
  const documents: Document.Parsed[] = [];
  const tooDeep: { offset: number }[] = [];
  for (const { start, end } of ranges) {
    const parsed = parseDocumentsBounded(text.slice(start, end), { uniqueKeys: false });
    for (const doc of parsed.documents) documents.push(shifted(doc, start));
    for (const deep of parsed.tooDeep) tooDeep.push({ offset: deep.offset + start });
  }
  return { documents, tooDeep };
}

function shifted(doc: Document.Parsed, by: number): Document.Parsed {
  if (by === 0) return doc;
  const move = (range: [number, number, number] | null | undefined) => {
    if (range) for (let i = 0; i < range.length; i++) range[i] = (range[i] as number) + by;
  };
  move(doc.range);
  for (const problem of [...doc.errors, ...doc.warnings])
    problem.pos = [problem.pos[0] + by, problem.pos[1] + by];
  visit(doc, {
    Node: (_key, node) => {
      if (isNode(node)) move(node.range);
    },
  });
  return doc;
}

/**
 * The well-formed documents of YAML held in a string value (a ConfigMap value, an inline kustomize
 * patch); broken ones are left out, since the value may simply not be YAML.
 */
export function parseEmbeddedDocuments(text: string): Document.Parsed[] {
  try {
    return parseDocumentsBounded(text, { uniqueKeys: false }).documents.filter(
      (doc) => doc.errors.length === 0,
    );
  } catch {
    return [];
  }
}

/** The offset of a collection nested deeper than `limit` (the first one met), or undefined. Iterative. */
function deepestOffset(root: CST.Token, limit: number): number | undefined {
  const pending: [CST.Token, number][] = [[root, 0]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [token, depth] = next;
    switch (token.type) {
      case 'document':
        if (token.value) pending.push([token.value, depth]);
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        if (depth + 1 > limit) return token.offset;
        for (const item of token.items) {
          if (item.key) pending.push([item.key, depth + 1]);
          if (item.value) pending.push([item.value, depth + 1]);
        }
        break;
      }
      case 'block-scalar':
        for (const prop of token.props) pending.push([prop, depth]);
        break;
      default:
        break;
    }
  }
  return undefined;
}
