import { RULES } from './index.js';
import type { Rule } from './rule.js';

/** Which rules a scan runs: only some (`only`), all but some (`skip`), or all. */
export interface RuleSelection {
  only?: readonly string[];
  skip?: readonly string[];
}

/**
 * The rules of a selection, in registry order. An id that names no rule is an error (a typo must
 * not silently turn a rule off), with the known ids in the message.
 */
export function selectRules(selection: RuleSelection = {}, rules: readonly Rule[] = RULES): readonly Rule[] {
  const known = new Set(rules.map((rule) => rule.meta.id));
  const unknown = [...(selection.only ?? []), ...(selection.skip ?? [])].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new Error(
      `unknown rule id${unknown.length === 1 ? '' : 's'} ${unknown.map((id) => `"${id}"`).join(', ')} (known: ${[...known].join(', ')})`,
    );
  }
  const only = selection.only && selection.only.length > 0 ? new Set(selection.only) : undefined;
  const skip = new Set(selection.skip ?? []);
  return rules.filter((rule) => (!only || only.has(rule.meta.id)) && !skip.has(rule.meta.id));
}
