// Documents of a YAML stream that cannot configure etcd are not parsed: only the ranges of text
// holding documents that can are handed to the parser (and their node offsets shifted back), so a
// file that names etcd once in a 20,000-document stream, or a CustomResourceDefinition whose schema
// mentions etcd in prose, costs about what reading it costs.

import { mayConfigureEtcd, mentionsConfigMap } from './prefilter.js';

/** A document marker: `---` or `...` at the start of a line (YAML 1.2 c-forbidden, so never content). */
const MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;

/** [start, end) of text to parse. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * The ranges of the text that hold documents worth parsing: not those the prefilter would drop as a
 * file (no etcd token and no ConfigMap), nor CustomResourceDefinitions (schemas: never a process, a
 * ConfigMap or a kustomize target of ours). Adjacent documents form one range; each range starts at
 * a document's marker line (or the start of the text), so it parses as the same documents.
 */
export function relevantRanges(text: string): TextRange[] {
  const starts = [0];
  for (const match of text.matchAll(MARKER)) if (match.index > 0) starts.push(match.index);
  const ranges: TextRange[] = [];
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] as number;
    const end = starts[i + 1] ?? text.length;
    if (!matters(text.slice(start, end))) continue;
    const previous = ranges[ranges.length - 1];
    if (previous && previous.end === start) previous.end = end;
    else ranges.push({ start, end });
  }
  return ranges;
}

function matters(body: string): boolean {
  if (isCustomResourceDefinition(body)) return false;
  return mayConfigureEtcd(body) || mentionsConfigMap(body);
}

/** A top-level key line of a block mapping: a plain key at column 0 (`apiVersion: v1`). */
const TOP_LEVEL_LINE = /^[^ \t\r\n#][^\r\n]*/gm;
const PLAIN_KEY = /^[A-Za-z][A-Za-z0-9_.-]*:(?:[ \t]|$)/;
const CRD_KIND = /^kind:[ \t]*CustomResourceDefinition[ \t]*$/;

/**
 * A block-style document whose top level is plain `key: value` lines only, one of them
 * `kind: CustomResourceDefinition` and no other `kind`. Anything unusual at the top level (a quoted
 * or explicit key, a flow mapping, a tag, a second `kind`) makes it count as not a CRD, since a
 * later `kind` would decide what the object is.
 */
function isCustomResourceDefinition(body: string): boolean {
  let kinds = 0;
  let crd = false;
  for (const match of body.matchAll(TOP_LEVEL_LINE)) {
    const line = match[0].trimEnd();
    if (line === '---' || line === '...') continue;
    if (!PLAIN_KEY.test(line)) return false;
    if (line.startsWith('kind:')) {
      kinds++;
      crd = CRD_KIND.test(line);
    }
  }
  return kinds === 1 && crd;
}
