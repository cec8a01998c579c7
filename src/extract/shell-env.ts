// The environment a program started by a shell script gets (bash manual, "Environment"): the
// script's exported variables, unless a wrapper clears them (`env -i`; `sudo` without `-E` resets
// the environment to its own policy's list, sudoers(5) `env_reset`, on by default), then the
// assignments written in front of the command (`ETCD_AUTO_TLS=true etcd`, `env X=1 etcd`,
// `sudo X=1 etcd`), which win over exported values.

import type { TextFile } from '../load/load.js';
import type { Setting } from '../model.js';
import { textSpan } from './extractor.js';
import { envVariable } from './setting.js';
import type { CommandProgram, ShellWord } from './shell.js';
import { expandedValue, type ShellState } from './shell-state.js';

export function processEnvironment(
  view: TextFile,
  text: string,
  program: CommandProgram,
  state: ShellState,
): { settings: Setting[]; reasons: string[] } {
  const settings: Setting[] = [];
  const reasons: string[] = [];
  const cleared = program.wrappers.some(
    (wrapper) =>
      wrapper.name === 'env' &&
      wrapper.options.some((o) => o === '-i' || o === '-' || o === '--ignore-environment'),
  );
  const sudoReset = program.wrappers.some(
    (wrapper) =>
      wrapper.name === 'sudo' &&
      !wrapper.options.some(
        (o) =>
          o.startsWith('--preserve-env') || (o.startsWith('-') && !o.startsWith('--') && o.includes('E')),
      ),
  );
  if (sudoReset && state.exported().some((variable) => variable.name.startsWith('ETCD_')))
    reasons.push("sudo passes the script's variables only as its sudoers policy allows");
  if (!cleared && !sudoReset) {
    for (const variable of state.exported()) {
      for (const assignment of variable.assignments) {
        const where = assignment.where;
        if (!where) continue;
        const raw = where.word.value.slice(where.word.value.indexOf('=') + 1);
        const setting = envVariable(
          variable.name,
          assignment.value ?? raw,
          textSpan(where.view, where.word.start, where.word.end),
          { kind: 'script', via: 'export' },
        );
        if (!setting) continue;
        if (assignment.maybe)
          setting.conditional = { text: assignment.condition ?? 'a condition', script: true };
        if (assignment.value === undefined)
          reasons.push(`\`${variable.name}\` is set from \`${raw}\`, whose value is not known here`);
        settings.push(setting);
      }
    }
  }
  for (const word of program.assignments) settings.push(...prefixSetting(view, text, word, state));
  return { settings, reasons };
}

function prefixSetting(view: TextFile, text: string, word: ShellWord, state: ShellState): Setting[] {
  const eq = word.value.indexOf('=');
  const known = expandedValue(text, word, state);
  const value = known === undefined ? word.value.slice(eq + 1) : known.slice(eq + 1);
  const setting = envVariable(word.value.slice(0, eq), value, textSpan(view, word.start, word.end), {
    kind: 'script',
    via: 'prefix',
  });
  return setting ? [setting] : [];
}
