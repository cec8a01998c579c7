// systemd service units (`*.service`) and their drop-ins (`*.service.d/*.conf`) that run etcd: the
// command line of `ExecStart=` and the `ETCD_*` variables of `Environment=` and `EnvironmentFile=`,
// read with systemd's rules: systemd.syntax(7) (sections, comments, backslash continuations,
// quoting and C escapes), systemd.service(5) "Command lines" (prefixes, `$VAR`/`${VAR}`, `;`) and
// systemd.exec(5) (`EnvironmentFile=` overrides `Environment=`). Every character keeps its offset in
// the file, so a finding points at the exact word, on whichever line of a continued command it is.

import { type ArgWord, type ParsedArgv, parseEtcdArgv } from '../etcd/go-flags.js';
import { isEtcdProgram, isEtcdSubcommand } from '../etcd/program.js';
import type { TextFile } from '../load/load.js';
import type { EtcdConfig, Setting, Span, StartupProblem } from '../model.js';
import { readDockerRun } from './docker-run.js';
import { envAssignmentsOf, parseEnvAssignments } from './env-file.js';
import {
  type ExtractEnv,
  onConditionalLine,
  readableText,
  type TextExtractor,
  textSpan,
} from './extractor.js';
import { envVariable, opaqueWords } from './setting.js';
import { findEtcdInvocations, shellScriptIndex } from './shell.js';

/** A string with the file offset of each of its characters. */
interface Mapped {
  text: string;
  at: number[];
}

/** A `Key=value` line of a unit, after continuation lines are joined (value stripped). */
interface Directive {
  section: string | undefined;
  key: string;
  value: Mapped;
}

/** A line starting with `-` right after `ExecStart=`: a flag cut off by a missing backslash. */
interface StrayLine {
  text: string;
  start: number;
  end: number;
}

/** A word of a unit value, after quote removal and C unescaping. */
interface UnitWord {
  value: Mapped;
  /** Offsets of the raw word (quotes included) in the file. */
  start: number;
  end: number;
  /** A lone unquoted `;`, which separates command lines. */
  separator: boolean;
}

/** An argument of a command line after variable expansion. */
interface ExecWord {
  value: Mapped;
  start: number;
  end: number;
  /** Holds a variable whose value is not known here. */
  opaque: boolean;
}

/** The names a unit's specifiers expand to (systemd.unit(5) "Specifiers"). */
interface UnitName {
  /** `%n`: the full name, `etcd@a.service`. */
  name: string;
  /** `%N`: without the type suffix, `etcd@a`. */
  stem: string;
  /** `%p`: before the `@`, `etcd`. */
  prefix: string;
  /** `%i`: after the `@`, `a`. */
  instance: string;
}

interface Source {
  file: TextFile;
  /** How messages name the file: `the unit` or `the drop-in etcd.service.d/10-tls.conf`. */
  label: string;
}

interface Command {
  file: TextFile;
  words: UnitWord[];
}

interface EnvItem {
  key: string;
  value: string;
  /** The file offset of each character of `value`. */
  at: number[];
  start: number;
  end: number;
  file: TextFile;
  /** How messages name the unit or drop-in that sets it. */
  of: string;
}

/** An etcd server a command line runs: where its program word is, and its parsed arguments. */
interface Invocation extends ParsedArgv {
  span: Span;
  words: readonly ArgWord[];
  /** etcd in a container the unit runs (`docker run`): its variables are the `-e` ones, not the unit's. */
  containerEnv?: Setting[];
}

interface UnitState {
  type: string | undefined;
  commands: Command[];
  environment: EnvItem[];
  environmentFiles: { path: string; of: string }[];
  strays: (StrayLine & { file: TextFile })[];
}

const BLANKS = ' \t\n\r';
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const DROP_IN = /^(.*\.service)\.d\/[^/]+\.conf$/;

/**
 * Units that run the etcd server, with their drop-ins applied. A drop-in of a unit in the scanned
 * set is read with that unit only; a drop-in whose unit is not scanned is read alone.
 */
export const systemdExtractor: TextExtractor = {
  id: 'systemd',
  extract(file, env) {
    // The form comes from the name as systemd would see it (a template's stem: etcd.service.j2).
    const path = file.formPath;
    const dropIn = DROP_IN.exec(path);
    if (dropIn) {
      const unitPath = dropIn[1] as string;
      if (env.index.textFiles.some((other) => other.formPath === unitPath)) return [];
      const sources = [{ file, label: `the drop-in ${dropInName(file.file.relPath)}` }];
      return unitConfigs(file, sources, unitName(basename(unitPath)), env, true);
    }
    if (!path.endsWith('.service')) return [];
    const dropIns = env.index.textFiles
      .filter((other) => DROP_IN.exec(other.formPath)?.[1] === path)
      .sort((a, b) => compareText(basename(a.formPath), basename(b.formPath)));
    const sources: Source[] = [
      { file, label: 'the unit' },
      ...dropIns.map((other) => ({ file: other, label: `the drop-in ${dropInName(other.file.relPath)}` })),
    ];
    return unitConfigs(file, sources, unitName(basename(path)), env, false);
  },
};

function unitConfigs(
  unitFile: TextFile,
  sources: readonly Source[],
  name: UnitName,
  env: ExtractEnv,
  dropInAlone: boolean,
): EtcdConfig[] {
  const state = readUnit(sources, name);
  const { settings, variables, open } = unitEnvironment(state, unitFile, env);
  const launcher = { kind: 'systemd' as const, unit: unitFile.file.relPath };
  const oneshot = state.type === 'oneshot';
  // Only Type=oneshot may have several commands; any other type refuses to start with more than one.
  const commands = oneshot ? state.commands : state.commands.slice(-1);
  const configs: EtcdConfig[] = [];
  const unitOpen = dropInAlone ? ['the unit this drop-in belongs to is not in the scan'] : [];
  for (const command of commands) {
    for (const invocation of etcdInvocations(command, variables)) {
      const flags =
        command.file === unitFile
          ? invocation.flags
          : invocation.flags.map((flag) => ({ ...flag, file: command.file.file }));
      const startupProblems = [...invocation.startupProblems];
      if (!oneshot && state.commands.length > 1) startupProblems.push(severalCommands(command));
      const reasons = [...unitOpen, ...open, ...opaqueWords(invocation.words)];
      configs.push({
        file: unitFile.file,
        launcher,
        span: invocation.span,
        kind: dropInAlone ? 'fragment' : 'process',
        completeness: reasons.length === 0 ? { complete: true } : { complete: false, reasons },
        flags,
        env: invocation.containerEnv ?? settings,
        implied: [],
        startupProblems,
      });
    }
  }
  // A drop-in for etcd.service that only sets variables, its unit's command line out of sight.
  const first = settings[0];
  if (dropInAlone && state.commands.length === 0 && name.prefix === 'etcd' && first) {
    configs.push({
      file: unitFile.file,
      launcher,
      span: first.span,
      kind: 'fragment',
      completeness: { complete: false, reasons: unitOpen },
      flags: [],
      env: settings,
      implied: [],
      startupProblems: [],
    });
  }
  if (configs.length > 0) for (const stray of state.strays) notifyStray(stray, env);
  return configs;
}

/**
 * The command lines a unit (with its drop-ins) runs, as argv after prefixes and variable
 * expansion, for extractors of other programs than etcd (the kube-apiserver). Only the last
 * `ExecStart=` unless `Type=oneshot`; `open` says why the variables may hold more than is seen.
 */
export function unitCommandLines(file: TextFile, env: ExtractEnv): { argv: ArgWord[]; open: string[] }[] {
  const relPath = file.file.relPath;
  const dropIns = env.index.textFiles
    .filter((other) => DROP_IN.exec(other.file.relPath)?.[1] === relPath)
    .sort((a, b) => compareText(basename(a.file.relPath), basename(b.file.relPath)));
  const sources: Source[] = [
    { file, label: 'the unit' },
    ...dropIns.map((other) => ({ file: other, label: `the drop-in ${dropInName(other.file.relPath)}` })),
  ];
  const state = readUnit(sources, unitName(basename(relPath)));
  if (state.commands.length === 0) return [];
  const { variables, open } = unitEnvironment(state, file, env);
  const commands = state.type === 'oneshot' ? state.commands : state.commands.slice(-1);
  return commands.map((command) => {
    const [first, ...rest] = command.words;
    if (!first) return { argv: [], open };
    let skip = 0;
    while (skip < first.value.text.length && '-@:+!'.includes(first.value.text[skip] as string)) skip++;
    const prefixes = first.value.text.slice(0, skip);
    const expand = (word: UnitWord): ExecWord[] =>
      prefixes.includes(':')
        ? [{ value: word.value, start: word.start, end: word.end, opaque: false }]
        : expandVariables(word, variables);
    const program = expand({ ...first, start: first.start + skip, value: sliceMapped(first.value, skip) });
    const args = (prefixes.includes('@') ? rest.slice(1) : rest).flatMap(expand);
    const argv = [...program, ...args].map((word) => ({
      value: word.value.text,
      span: textSpan(command.file, word.start, word.end),
      opaque: word.opaque,
      locate: mappedLocator(command.file, word.value),
    }));
    return { argv, open };
  });
}

function severalCommands(command: Command): StartupProblem {
  const first = command.words[0];
  return {
    message:
      'systemd will not start the unit: it has more than one ExecStart= command line, which only Type=oneshot allows',
    span: textSpan(command.file, first?.start ?? 0, first?.end ?? 1),
  };
}

function notifyStray(stray: StrayLine & { file: TextFile }, env: ExtractEnv): void {
  const span = textSpan(stray.file, stray.start, stray.end);
  // In a template, the line may belong to a branch the one above it never renders with.
  if (onConditionalLine(stray.file, span.startLine)) return;
  env.notify({
    level: 'note',
    id: 'ineffective-setting',
    message: `\`${stray.text}\` is not part of the ExecStart= command line above it (that line does not end with a backslash), so systemd ignores it as an unknown setting and etcd never gets it`,
    file: stray.file.file,
    span,
  });
}

// ---------------------------------------------------------------------------------------------
// The unit's settings

/** Applies the unit, then each drop-in, as systemd merges them: lists grow, an empty value resets. */
function readUnit(sources: readonly Source[], name: UnitName): UnitState {
  const state: UnitState = {
    type: undefined,
    commands: [],
    environment: [],
    environmentFiles: [],
    strays: [],
  };
  for (const source of sources) {
    const parsed = parseUnit(readableText(source.file));
    for (const stray of parsed.strays) state.strays.push({ ...stray, file: source.file });
    for (const directive of parsed.directives) {
      if (directive.section !== 'Service') continue;
      const value = directive.value;
      switch (directive.key) {
        case 'Type':
          state.type = value.text;
          break;
        case 'ExecStart':
          if (value.text === '') state.commands = [];
          else state.commands.push(...splitCommands(source.file, value, name));
          break;
        case 'Environment':
          if (value.text === '') state.environment = [];
          else state.environment.push(...environmentItems(source, value, name));
          break;
        case 'EnvironmentFile': {
          if (value.text === '') {
            state.environmentFiles = [];
            break;
          }
          const path = expandSpecifiers(value, name).text.replace(/^-/, '');
          state.environmentFiles.push({ path, of: ofName(source) });
          break;
        }
      }
    }
  }
  return state;
}

/** `Environment=A=1 "B=two words"`: each valid assignment, its region from the key to the value's end. */
function environmentItems(source: Source, value: Mapped, name: UnitName): EnvItem[] {
  const items: EnvItem[] = [];
  for (const word of splitWords(value)) {
    const expanded = expandSpecifiers(word.value, name);
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(expanded.text);
    if (!match) continue; // systemd: "Invalid environment assignment, ignoring"
    const raw = readableText(source.file).slice(word.start, word.end);
    const quote = raw[0];
    const wrapped = raw.length > 1 && (quote === '"' || quote === "'") && raw.endsWith(quote);
    items.push({
      key: match[1] as string,
      value: expanded.text.slice(match[0].length),
      at: expanded.at.slice(match[0].length),
      start: expanded.at[0] ?? word.start,
      end: word.end - (wrapped ? 1 : 0),
      file: source.file,
      of: source.label,
    });
  }
  return items;
}

/**
 * The process environment in systemd's order: `Environment=` assignments, then the files of
 * `EnvironmentFile=` in order, which override them whatever their place in the unit (systemd.exec(5):
 * "Settings from these files override settings made with Environment="). Variables set in the
 * scanned env file are located there; a file outside the scan is skipped (its values are unknown).
 */
function unitEnvironment(
  state: UnitState,
  unitFile: TextFile,
  env: ExtractEnv,
): { settings: Setting[]; variables: Variables; open: string[] } {
  const own = new Map<string, string>();
  const layers: ReadonlyMap<string, string>[] = [own];
  const settings: Setting[] = [];
  const open: string[] = [];
  for (const item of state.environment) {
    own.set(item.key, item.value);
    const span = textSpan(item.file, item.start, Math.max(item.end, item.start + 1));
    const where = { locateValue: mappedLocator(item.file, { text: item.value, at: item.at }) };
    const setting = envVariable(item.key, item.value, span, { kind: 'unit-environment', of: item.of }, where);
    if (setting) settings.push(item.file === unitFile ? setting : { ...setting, file: item.file.file });
  }
  for (const { path, of } of state.environmentFiles) {
    const file = environmentFile(path, env);
    if (!file) {
      // An optional `-` file usually exists on the host too: its variables are unknown, not empty.
      open.push(`EnvironmentFile=${path} is not in the scan`);
      continue;
    }
    env.consume(file.file);
    layers.push(fileVariables(file));
    const from = { kind: 'unit-environment-file' as const, path, of };
    for (const setting of parseEnvAssignments(file, from, 'systemd'))
      settings.push({ ...setting, file: file.file });
  }
  // The layers are looked up last first: a file overrides Environment= and earlier files. Shared,
  // not copied: a file's variables are one map however many units read it.
  const variables: Variables = {
    get: (key) => {
      for (let i = layers.length - 1; i >= 0; i--) {
        const value = layers[i]?.get(key);
        if (value !== undefined) return value;
      }
      return undefined;
    },
  };
  return { settings, variables, open };
}

/** The variables a unit's command line can expand (`$NAME`, `${NAME}`). */
interface Variables {
  get(key: string): string | undefined;
}

const FILE_VARIABLES = new WeakMap<TextFile, ReadonlyMap<string, string>>();

/** The variables systemd takes from an env file (not `export` lines, valid names only), built once. */
function fileVariables(file: TextFile): ReadonlyMap<string, string> {
  let variables = FILE_VARIABLES.get(file);
  if (variables === undefined) {
    variables = new Map(
      envAssignmentsOf(file)
        .all.filter((assignment) => !assignment.exported && VARIABLE_NAME.test(assignment.key))
        .map((assignment) => [assignment.key, assignment.value]),
    );
    FILE_VARIABLES.set(file, variables);
  }
  return variables;
}

/** The scanned file an `EnvironmentFile=` path names; never a unit, and no wildcard expansion. */
function environmentFile(path: string, env: ExtractEnv): TextFile | undefined {
  if (!path.startsWith('/') || /[*?[]/.test(path)) return undefined;
  const file = env.localFile?.(path) ?? env.index.textFileFor(path);
  if (!file) return undefined;
  return file.formPath.endsWith('.service') || DROP_IN.test(file.formPath) ? undefined : file;
}

// ---------------------------------------------------------------------------------------------
// Command lines

/** `ExecStart=` value: command lines separated by lone `;` words (`\;` is a literal `;`). */
function splitCommands(file: TextFile, value: Mapped, name: UnitName): Command[] {
  const commands: Command[] = [];
  let words: UnitWord[] = [];
  for (const word of splitWords(value)) {
    if (word.separator) {
      if (words.length > 0) commands.push({ file, words });
      words = [];
    } else if (word.value.text === '\\;') {
      words.push({ ...word, value: { text: ';', at: word.value.at.slice(0, 1) } });
    } else {
      words.push({ ...word, value: expandSpecifiers(word.value, name) });
    }
  }
  if (words.length > 0) commands.push({ file, words });
  return commands;
}

/**
 * The etcd server invocations of one command line: the program itself (basename `etcd`, not its
 * `gateway`/`grpc-proxy` subcommands), or etcd inside `sh -c SCRIPT`. The executable's prefixes
 * (`-`, `@`, `:`, `+`, `!`, `!!`) are read: `@` makes the next word argv[0], `:` turns off
 * variable expansion.
 */
function etcdInvocations(command: Command, variables: Variables): Invocation[] {
  const [first, ...rest] = command.words;
  if (!first) return [];
  let skip = 0;
  while (skip < first.value.text.length && '-@:+!'.includes(first.value.text[skip] as string)) skip++;
  const prefixes = first.value.text.slice(0, skip);
  const expand = (word: UnitWord): ExecWord[] =>
    prefixes.includes(':')
      ? [{ value: word.value, start: word.start, end: word.end, opaque: false }]
      : expandVariables(word, variables);
  const program = expand({ ...first, value: sliceMapped(first.value, skip) })[0];
  if (!program || program.value.text === '') return [];
  const args = (prefixes.includes('@') ? rest.slice(1) : rest).flatMap(expand);
  const span = (word: ExecWord) => textSpan(command.file, word.start, word.end);

  if (isEtcdProgram(program.value.text)) {
    if (isEtcdSubcommand(args[0]?.value.text)) return [];
    const words: ArgWord[] = args.map((word) => ({
      value: word.value.text,
      span: span(word),
      opaque: word.opaque,
      locate: mappedLocator(command.file, word.value),
    }));
    const programStart = first.start + skip;
    return [{ span: textSpan(command.file, programStart, first.end), words, ...parseEtcdArgv(words, false) }];
  }
  const argv = [program, ...args];
  const container = dockerRunInvocation(command.file, argv);
  if (container) return [container];
  const index = shellScriptIndex(argv.map((word) => word.value.text));
  const script = index === undefined ? undefined : argv[index];
  if (!script) return [];
  return findEtcdInvocations(script.value.text).map((invocation) => {
    const words: ArgWord[] = invocation.args.map((word) => ({
      value: word.value,
      opaque: word.opaque || script.opaque,
      span: scriptSpan(command.file, script, word.start, word.end),
      // A word written without quotes or escapes maps character for character into the script.
      ...(script.value.text.slice(word.start, word.end) === word.value
        ? {
            locate: (from: number, to: number) =>
              scriptSpan(command.file, script, word.start + from, word.start + to),
          }
        : {}),
    }));
    const programSpan = scriptSpan(command.file, script, invocation.program.start, invocation.program.end);
    return { span: programSpan, words, ...parseEtcdArgv(words, true) };
  });
}

/** Where characters [from, to) of a mapped value are written (each character keeps its offset). */
function mappedLocator(file: TextFile, value: Mapped): (from: number, to: number) => Span | undefined {
  return (from, to) => {
    const start = value.at[from];
    const last = value.at[Math.max(from, to - 1)];
    if (start === undefined || last === undefined || last < start) return undefined;
    return textSpan(file, start, last + 1);
  };
}

/**
 * `ExecStart=/usr/bin/docker run [OPTIONS] IMAGE etcd ...` (docker-run.ts): etcd is the container's
 * command, with the `-e` variables; the unit's own environment does not reach the container.
 */
function dockerRunInvocation(file: TextFile, argv: readonly ExecWord[]): Invocation | undefined {
  const run = readDockerRun(argv.map((word) => ({ value: word.value.text, opaque: word.opaque })));
  if (!run) return undefined;
  const entrypoint = run.entrypoint;
  const programWord = argv[entrypoint ? entrypoint.index : run.command];
  const name = entrypoint ? entrypoint.value : programWord?.value.text;
  if (!programWord || name === undefined || !isEtcdProgram(name)) return undefined;
  const args = argv.slice(entrypoint ? run.command : run.command + 1);
  if (isEtcdSubcommand(args[0]?.value.text)) return undefined;
  const words: ArgWord[] = args.map((word) => ({
    value: word.value.text,
    span: textSpan(file, word.start, word.end),
    opaque: word.opaque,
    locate: mappedLocator(file, word.value),
  }));
  const containerEnv = run.env.flatMap((entry) => {
    const word = argv[entry.index] as ExecWord;
    const eq = entry.text.indexOf('=');
    if (eq < 0) return [];
    const span = textSpan(file, word.start, word.end);
    const setting = envVariable(entry.text.slice(0, eq), entry.text.slice(eq + 1), span, {
      kind: 'script',
      via: 'docker-env',
    });
    return setting ? [setting] : [];
  });
  return {
    span: textSpan(file, programWord.start, programWord.end),
    words,
    containerEnv,
    ...parseEtcdArgv(words, false),
  };
}

/** The file region of characters [from, to) of a script argument. */
function scriptSpan(file: TextFile, script: ExecWord, from: number, to: number) {
  const start = script.value.at[from] ?? script.start;
  const last = script.value.at[Math.max(from, to - 1)] ?? start;
  return textSpan(file, start, Math.max(last + 1, start + 1));
}

/**
 * systemd's expansion of a command-line word (systemd.service(5) "Command lines"): a word that is
 * exactly `$NAME` becomes the variable's value split at whitespace (zero or more words), `${NAME}`
 * is replaced inside a word, `$$` is a literal `$`. A variable not known here leaves the word as
 * written and opaque: it may hold flags (`$ETCD_ARGS`) set where the scan cannot see.
 */
function expandVariables(word: UnitWord, variables: Variables): ExecWord[] {
  const text = word.value.text;
  const whole = /^\$([A-Za-z_][A-Za-z0-9_]*)$/.exec(text);
  if (whole) {
    const value = variables.get(whole[1] as string);
    if (value === undefined) return [{ value: word.value, start: word.start, end: word.end, opaque: true }];
    const at = word.value.at[0] ?? word.start;
    const constant: Mapped = { text: value, at: Array.from({ length: value.length }, () => at) };
    return splitWords(constant).map((part) => ({
      value: part.value,
      start: word.start,
      end: word.end,
      opaque: false,
    }));
  }
  if (!text.includes('$')) return [{ value: word.value, start: word.start, end: word.end, opaque: false }];
  const out: Mapped = { text: '', at: [] };
  let opaque = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const at = word.value.at[i] ?? word.start;
    if (c === '$' && text[i + 1] === '$') {
      append(out, '$', at);
      i++;
      continue;
    }
    if (c === '$' && text[i + 1] === '{') {
      // The name's characters, then `}` (a search for `}` over the rest of a long word for each
      // `${` made a word of 400,000 of them take seconds).
      let close = i + 2;
      while (close < text.length && isNameCharacter(text.charCodeAt(close))) close++;
      const name = text[close] === '}' ? text.slice(i + 2, close) : '';
      if (VARIABLE_NAME.test(name)) {
        const value = variables.get(name);
        if (value !== undefined) {
          append(out, value, at);
          i = close;
          continue;
        }
        opaque = true;
      }
    }
    append(out, c, at);
  }
  return [{ value: out, start: word.start, end: word.end, opaque }];
}

// ---------------------------------------------------------------------------------------------
// Unit file syntax

/**
 * Splits a unit into directives (systemd.syntax(7)): `[Section]` headers; blank lines and lines
 * starting with `#` or `;` are skipped; a line ending in an unescaped backslash continues on the
 * next, the backslash becoming a space, and comment lines inside a continuation are dropped; blanks
 * around the key and the value are ignored.
 */
function parseUnit(text: string): { directives: Directive[]; strays: StrayLine[] } {
  const directives: Directive[] = [];
  const strays: StrayLine[] = [];
  let section: string | undefined;
  let lastKey: string | undefined;
  for (const line of logicalLines(text)) {
    const stripped = strip(line);
    const first = stripped.text[0];
    if (first === undefined || first === '#' || first === ';') continue;
    if (first === '[') {
      section = stripped.text.endsWith(']') ? stripped.text.slice(1, -1) : undefined;
      lastKey = undefined;
      continue;
    }
    if (first === '-' && lastKey === 'ExecStart') {
      const end = (stripped.at[stripped.at.length - 1] ?? 0) + 1;
      strays.push({ text: stripped.text, start: stripped.at[0] ?? 0, end });
      continue;
    }
    const eq = stripped.text.indexOf('=');
    if (eq < 0) continue; // systemd: "Missing '='"
    const key = strip(sliceMapped(stripped, 0, eq)).text;
    directives.push({ section, key, value: strip(sliceMapped(stripped, eq + 1)) });
    lastKey = key;
  }
  return { directives, strays };
}

/**
 * Physical lines joined at continuation backslashes, with each character's offset. The text of a
 * continued line is collected in parts and joined once: re-slicing the growing string at every
 * continuation made a unit with 100,000 continuation lines take 40 seconds.
 */
function logicalLines(text: string): Mapped[] {
  const lines: Mapped[] = [];
  let pending: { parts: string[]; at: number[] } | undefined;
  let pos = 0;
  for (;;) {
    const newline = text.indexOf('\n', pos);
    const end = newline < 0 ? text.length : newline;
    const stop = end > pos && text[end - 1] === '\r' ? end - 1 : end;
    let first = pos;
    while (first < stop && (text[first] === ' ' || text[first] === '\t')) first++;
    const isComment = text[first] === '#' || text[first] === ';';
    if (!(pending && isComment && first < stop)) {
      const line = pending ?? { parts: [], at: [] };
      let escaped = false;
      for (let i = pos; i < stop; i++) {
        line.at.push(i);
        escaped = escaped ? false : text[i] === '\\';
      }
      if (escaped) {
        // The continuation backslash becomes a space.
        line.parts.push(text.slice(pos, stop - 1), ' ');
        pending = line;
      } else {
        line.parts.push(text.slice(pos, stop));
        lines.push({ text: line.parts.join(''), at: line.at });
        pending = undefined;
      }
    }
    if (newline < 0) break;
    pos = newline + 1;
  }
  if (pending) lines.push({ text: pending.parts.join(''), at: pending.at });
  return lines;
}

/**
 * Splits a value into words as systemd's extract_first_word does with unquoting and C unescaping:
 * blanks separate words; `"..."` and `'...'` may start anywhere in a word and keep blanks; a
 * backslash starts a C escape (inside quotes too); an unknown escape is kept as written.
 */
function splitWords(value: Mapped): UnitWord[] {
  const words: UnitWord[] = [];
  const s = value.text;
  let i = 0;
  for (;;) {
    while (i < s.length && BLANKS.includes(s[i] as string)) i++;
    if (i >= s.length) break;
    const begin = i;
    const word: Mapped = { text: '', at: [] };
    let quote: string | undefined;
    while (i < s.length) {
      const c = s[i] as string;
      if (quote === undefined && BLANKS.includes(c)) break;
      if (c === '\\') {
        const unescaped = cEscape(s, i);
        append(word, unescaped.text, value.at[i] ?? 0);
        i = unescaped.next;
      } else if (quote === undefined ? c === '"' || c === "'" : c === quote) {
        quote = quote === undefined ? c : undefined;
        i++;
      } else {
        append(word, c, value.at[i] ?? 0);
        i++;
      }
    }
    const start = value.at[begin] ?? 0;
    const end = (value.at[i - 1] ?? start) + 1;
    words.push({ value: word, start, end, separator: s.slice(begin, i) === ';' });
  }
  return words;
}

const SIMPLE_ESCAPES = new Map([
  ['a', '\x07'],
  ['b', '\b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
  ['v', '\v'],
  ['\\', '\\'],
  ['"', '"'],
  ["'", "'"],
  ['s', ' '],
]);

/** systemd's cunescape_one at the backslash s[i]; an unknown escape keeps both characters. */
function cEscape(s: string, i: number): { text: string; next: number } {
  const c = s[i + 1];
  if (c === undefined) return { text: '\\', next: i + 1 };
  const simple = SIMPLE_ESCAPES.get(c);
  if (simple !== undefined) return { text: simple, next: i + 2 };
  const hexDigits = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
  const digits = hexDigits > 0 ? s.slice(i + 2, i + 2 + hexDigits) : s.slice(i + 1, i + 4);
  const code =
    hexDigits > 0
      ? digits.length === hexDigits && /^[0-9a-fA-F]+$/.test(digits)
        ? Number.parseInt(digits, 16)
        : 0
      : /^[0-7]{3}$/.test(digits)
        ? Number.parseInt(digits, 8)
        : 0;
  if (code > 0 && code <= 0x10ffff) {
    return { text: String.fromCodePoint(code), next: i + (hexDigits > 0 ? 2 + hexDigits : 4) };
  }
  return { text: `\\${c}`, next: i + 2 };
}

/** `%n %N %p %i %I %%` (systemd.unit(5)); other specifiers are kept as written. */
function expandSpecifiers(value: Mapped, name: UnitName): Mapped {
  if (!value.text.includes('%')) return value;
  const out: Mapped = { text: '', at: [] };
  for (let i = 0; i < value.text.length; i++) {
    const c = value.text[i] as string;
    const at = value.at[i] ?? 0;
    const next = value.text[i + 1];
    const replacement = c === '%' && next !== undefined ? specifier(next, name) : undefined;
    if (replacement === undefined) {
      append(out, c, at);
    } else {
      append(out, replacement, at);
      i++;
    }
  }
  return out;
}

function specifier(c: string, name: UnitName): string | undefined {
  switch (c) {
    case '%':
      return '%';
    case 'n':
      return name.name;
    case 'N':
      return name.stem;
    case 'p':
      return name.prefix;
    case 'i':
    case 'I':
      return name.instance;
    default:
      return undefined;
  }
}

function unitName(name: string): UnitName {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const at = stem.indexOf('@');
  return {
    name,
    stem,
    prefix: at < 0 ? stem : stem.slice(0, at),
    instance: at < 0 ? '' : stem.slice(at + 1),
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers

function append(out: Mapped, text: string, at: number): void {
  out.text += text;
  for (let k = 0; k < text.length; k++) out.at.push(at);
}

function sliceMapped(value: Mapped, from: number, to?: number): Mapped {
  return { text: value.text.slice(from, to), at: value.at.slice(from, to) };
}

function strip(value: Mapped): Mapped {
  let from = 0;
  let to = value.text.length;
  while (from < to && BLANKS.includes(value.text[from] as string)) from++;
  while (to > from && BLANKS.includes(value.text[to - 1] as string)) to--;
  return sliceMapped(value, from, to);
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `etcd.service.d/10-tls.conf` for a drop-in path. */
function dropInName(relPath: string): string {
  return relPath.split('/').slice(-2).join('/');
}

/** How `EnvironmentFile=` messages name the file the directive is in. */
function ofName(source: Source): string {
  // A unit a script writes is named by the path it is written to.
  const relPath = source.file.embedded ? source.file.formPath : source.file.file.relPath;
  return DROP_IN.test(source.file.formPath) ? dropInName(relPath) : basename(relPath);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A letter, digit or `_`: a character of a variable's name. */
function isNameCharacter(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
  );
}
