import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decode } from '../../src/load/read.js';
import type { Finding } from '../../src/model.js';
import type { Rule } from '../../src/rules/rule.js';
import { findingsIn } from './scan-text.js';

export const FIXTURES = path.resolve(__dirname, '../../fixtures');

/** Findings in one fixture file, read through the same decoding as a scan (BOM, UTF-16). */
export function findingsInFixture(relPath: string, rules?: readonly Rule[]): Finding[] {
  const text = decode(readFileSync(path.join(FIXTURES, relPath)));
  if (text === undefined) throw new Error(`${relPath} is binary`);
  return findingsIn(text, relPath, rules);
}
