// The variables a shell script has set by a given command, as far as reading it top to bottom can
// tell (bash manual, "Shell Parameters", "Environment", the `export`, `declare`, `unset`, `set -a`
// builtins). How far values flow, on purpose no further:
// - an assignment on the script's straight line (not inside `if`/`case`/a loop/a function, not
//   after `&&`/`||`; `{ ...; }` groups count as straight) sets a known value from there on;
// - one inside those runs on some paths only: the variable is *maybe* set (an `ETCD_*` variable then
//   reaches etcd as a conditional setting; any other variable's value becomes unknown);
// - one in a subshell `( ... )`, a pipeline element or a background command changes nothing after it;
// - a value built from an expansion the script did not set (`$(hostname)`, `$1`, a sourced file's
//   variable) is unknown, never guessed.
// Only exported variables (`export`, `declare -x`, or any assignment under `set -a`) reach the
// programs the script runs.

import type { TextFile } from '../load/load.js';
import { expansionEnd, type ShellWord } from './shell-lexer.js';
import { isName } from './shell-text.js';

/** One assignment of a variable. */
export interface ShellAssignment {
  /** The value when known; undefined when set from something not known here. */
  value: string | undefined;
  /** Made on some paths through the script only. */
  maybe: boolean;
  /** For such an assignment, the line that opens the condition, as written (`if [ -n "$TLS" ]; then`). */
  condition?: string;
  /** The assignment word and the text it is in (none for a variable only exported). */
  where?: { word: ShellWord; view: TextFile };
}

/** A variable: its assignments since the last one made on every path (that one first). */
export interface ShellVariable {
  name: string;
  exported: boolean;
  assignments: ShellAssignment[];
}

const MAX_REASONS = 5;

export class ShellState {
  private readonly variables = new Map<string, ShellVariable>();
  /** `set -a`: every assignment is exported. */
  allExport = false;
  /** Why variables may hold more than the script shows (a sourced file, `eval`): the first few. */
  readonly reasons: string[] = [];

  /** Records a reason once; a script that sources a hundred files needs no hundred reasons. */
  addReason(reason: string): void {
    if (this.reasons.length < MAX_REASONS && !this.reasons.includes(reason)) this.reasons.push(reason);
  }

  /** The state a program run by the script starts with: its exported variables, or (`inherit` false) none. */
  child(inherit: boolean): ShellState {
    const state = new ShellState();
    if (!inherit) return state;
    for (const variable of this.variables.values())
      if (variable.exported) state.variables.set(variable.name, clone(variable));
    state.reasons.push(...this.reasons);
    return state;
  }

  /** A copy whose changes stay its own (a subshell, a pipeline element). */
  copy(): ShellState {
    const state = new ShellState();
    for (const variable of this.variables.values()) state.variables.set(variable.name, clone(variable));
    state.allExport = this.allExport;
    state.reasons.push(...this.reasons);
    return state;
  }

  /** The value `$name` expands to, when one assignment made on every path set it to a known value. */
  valueOf(name: string): string | undefined {
    const assignments = this.variables.get(name)?.assignments;
    return assignments?.length === 1 && assignments[0]?.maybe === false ? assignments[0].value : undefined;
  }

  exported(): ShellVariable[] {
    return [...this.variables.values()].filter((variable) => variable.exported);
  }

  assign(name: string, assignment: ShellAssignment, exported = false): void {
    const previous = this.variables.get(name);
    const variable: ShellVariable = {
      name,
      exported: exported || this.allExport || previous?.exported === true,
      assignments: assignment.maybe && previous ? [...previous.assignments, assignment] : [assignment],
    };
    this.variables.set(name, variable);
  }

  /** `export NAME` without a value: exports what the variable holds (nothing known if unset). */
  markExported(name: string): void {
    const variable = this.variables.get(name);
    if (variable) variable.exported = true;
  }

  /** `unset NAME` on every path; a conditional unset leaves the assignments (they may still hold). */
  unset(name: string, maybe: boolean): void {
    if (!maybe) this.variables.delete(name);
  }
}

function clone(variable: ShellVariable): ShellVariable {
  return { ...variable, assignments: [...variable.assignments] };
}

/**
 * The value of a word once the script's own variables are expanded in it, or undefined when any
 * part is not known (an unset variable, a command substitution, a positional parameter, a template
 * placeholder). Single-quoted text is not expanded by the shell, so a word with quotes that also
 * holds an expansion is left unknown rather than half-expanded.
 */
export function expandedValue(text: string, word: ShellWord, state: ShellState): string | undefined {
  if (!word.opaque) return word.value;
  if (text.slice(word.start, word.end).includes("'")) return undefined;
  const value = word.value;
  let out = '';
  let i = 0;
  while (i < value.length) {
    const c = value[i];
    if (c === '{' && value[i + 1] === '{') return undefined;
    if (c !== '$' && c !== '`') {
      out += c;
      i++;
      continue;
    }
    const end = expansionEnd(value, i);
    if (end === i + 1) {
      out += c;
      i++;
      continue;
    }
    const raw = value.slice(i, end);
    const name = raw.startsWith('${') && raw.endsWith('}') ? raw.slice(2, -1) : raw.slice(1);
    const known = isName(name) ? state.valueOf(name) : undefined;
    if (known === undefined) return undefined;
    out += known;
    i = end;
  }
  return out;
}
