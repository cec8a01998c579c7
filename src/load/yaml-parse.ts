import { Composer, type CST, type Document, isNode, Parser, visit } from 'yaml';
import { MAX_NESTING, type WorkProblem, withinBounds } from './bounds.js';
import type { TextRange } from './documents.js';

export { MAX_NESTING };

interface BoundedParse {
  documents: Document.Parsed[];
  /**
   * Documents not parsed or not composed because they pass a bound: nested deeper than MAX_NESTING,
   * or more work than bounds.ts allows. Where the bound was passed, in the text given.
   */
  skipped: WorkProblem[];
}

/**
 * `parseAllDocuments` with bounds. Documents over the work bounds of bounds.ts are not handed to
 * the parser at all; then the CST is built (iteratively, so any depth is safe), each document's
 * depth is measured without recursion, and a document deeper than MAX_NESTING is composed as an
 * empty one. Other documents of the same stream are still returned.
 */
export function parseDocumentsBounded(text: string): BoundedParse {
  return parseRangesBounded(text, [{ start: 0, end: text.length }]);
}

/**
 * `parseDocumentsBounded` over some ranges of the text only (see documents.ts): each range is parsed
 * on its own and the offsets of its nodes, errors and skipped documents are moved back to the
 * whole text's, so spans stay exact.
 */
export function parseRangesBounded(text: string, wanted: readonly TextRange[]): BoundedParse {
  const { ranges, problems } = withinBounds(text, wanted);
  const skipped: WorkProblem[] = [...problems];
  if (ranges.length === 1 && ranges[0]?.start === 0 && ranges[0].end === text.length) {
    const parsed = parseStream(text);
    return { documents: parsed.documents, skipped: [...skipped, ...parsed.skipped] };
  }
  const documents: Document.Parsed[] = [];
  for (const { start, end } of ranges) {
    const parsed = parseStream(text.slice(start, end));
    for (const doc of parsed.documents) documents.push(shifted(doc, start));
    for (const problem of parsed.skipped) skipped.push({ ...problem, offset: problem.offset + start });
  }
  skipped.sort((a, b) => a.offset - b.offset);
  return { documents, skipped };
}

function parseStream(text: string): BoundedParse {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  const skipped: WorkProblem[] = [];
  for (const token of parser.parse(text)) {
    const deep = deepestOffset(token, MAX_NESTING);
    if (deep === undefined) {
      tokens.push(token);
    } else if (token.type === 'document') {
      // Composed as an empty document, so a following `...` still ends this document, not the previous one.
      skipped.push({ offset: deep, kind: 'too-deep' });
      tokens.push({ ...token, value: undefined });
    }
  }
  // uniqueKeys: false because etcd (sigs.k8s.io/yaml) and kubeadm keep the last duplicate key; the
  // extractors read mappings with the same last-wins rule.
  const composer = new Composer({ uniqueKeys: false });
  const documents = Array.from(composer.compose(tokens)) as Document.Parsed[];
  return { documents, skipped };
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
    return parseDocumentsBounded(text).documents.filter((doc) => doc.errors.length === 0);
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
