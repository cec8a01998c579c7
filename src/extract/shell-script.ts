// Shell scripts (`*.sh`, `*.bash`, files with a `#!` line that runs sh or bash): the etcd servers they
// start (`exec etcd --auto-tls`, `nohup etcd ... &`, `ETCD_AUTO_TLS=true etcd`, `docker run IMAGE etcd
// ...`, inside `sh -c '...'` or `ssh host "..."`), with the variables the script exported before
// (see shell-state.ts for how far values flow), and the files they write with here-documents (see
// shell-files.ts). Nothing is run: the script is only read.

import { type ArgWord, parseEtcdArgv } from '../etcd/go-flags.js';
import { isEtcdProgram, isEtcdSubcommand } from '../etcd/program.js';
import { hasShellShebang, isShellScriptName } from '../load/file-kinds.js';
import type { TextFile } from '../load/load.js';
import type { EtcdConfig, Launcher, Setting } from '../model.js';
import { directoryOf } from './bitnami-chart.js';
import { readDockerEnvFile, readDockerRun } from './docker-run.js';
import { type ExtractEnv, readableText, type TextExtractor, templatedAt, textSpan } from './extractor.js';
import { type HelmArg, type HelmScript, helmCommandRelease } from './helm-cli.js';
import { releaseConfigs } from './helm-release.js';
import { SetError } from './helm-set.js';
import { envVariable, inheritedEnvironment, opaqueWords } from './setting.js';
import {
  basename,
  commandProgram,
  isAssignment,
  type Scope,
  type ShellCommand,
  type ShellWord,
  shellScriptIndex,
  splitShellCommands,
} from './shell.js';
import { processEnvironment } from './shell-env.js';
import { type BodyForm, formByName, type Written, writtenConfigs } from './shell-files.js';
import { expandedValue, ShellState } from './shell-state.js';
import { appendAll, hereDocumentText, isName, subText, wordOffsets } from './shell-text.js';

/** Scripts inside scripts (`sh -c`, `ssh host "..."`, a written `*.sh`) are read this deep. */
const MAX_DEPTH = 4;

export const shellScriptExtractor: TextExtractor = {
  id: 'shell-script',
  extract(file, env) {
    if (!isShellScriptName(file.formPath) && !hasShellShebang(file.text)) return [];
    return new ScriptReader(env).readFile(file, { invocations: true });
  },
};

/** How a command's place in the script decides what its assignments do (see shell-state.ts). */
type Flow = 'straight' | 'maybe' | 'isolated';

function flowOf(command: ShellCommand): Flow {
  if (command.scope?.subshell || isPipedOrBackground(command)) return 'isolated';
  const conditional = command.scope?.conditional === true;
  return conditional || command.before === '&&' || command.before === '||' ? 'maybe' : 'straight';
}

/** An element of a pipeline, or a command run in the background: a subshell of its own. */
function isPipedOrBackground(command: ShellCommand): boolean {
  const piped = (op: string | undefined) => op === '|' || op === '|&';
  return piped(command.before) || piped(command.after) || command.after === '&';
}

/** The builtins `builtin()` reads as changing the script's variables. */
const STATE_BUILTINS = new Set([
  'export',
  'declare',
  'typeset',
  'local',
  'readonly',
  'unset',
  'set',
  'source',
  '.',
  'eval',
]);

/** Whether the command can change the variables (an assignment, or one of STATE_BUILTINS). */
function changesVariables(text: string, command: ShellCommand): boolean {
  const words = command.words;
  const first = words[0];
  if (!first) return false;
  if (words.every((word) => isAssignment(text.slice(word.start, word.end)))) return true;
  return STATE_BUILTINS.has(basename(first.value));
}

/**
 * The variables a command runs with. A subshell gets one copy of the variables, made when its first
 * command that changes them runs, which its later commands share; a pipeline element or background
 * command that changes them gets a copy of its own. Any other command reads the variables as they
 * are: copying for every command of a script of many pipelines was quadratic (7 minutes for 500 KB).
 */
function commandState(
  command: ShellCommand,
  text: string,
  state: ShellState,
  copies: Map<Scope, ShellState>,
): ShellState {
  const current = (scope: Scope | undefined): ShellState =>
    scope ? (copies.get(scope) ?? current(scope.outerSubshell)) : state;
  const subshell = command.scope?.subshell;
  const changes = changesVariables(text, command);
  if (isPipedOrBackground(command)) return changes ? current(subshell).copy() : current(subshell);
  if (!subshell || !changes) return current(subshell);
  let own = copies.get(subshell);
  if (!own) {
    own = current(subshell.outerSubshell).copy();
    copies.set(subshell, own);
  }
  return own;
}

export interface ReadOptions {
  /** Report the etcd servers the script starts (a Dockerfile's RUN only writes files). */
  invocations: boolean;
  /** Variables the script starts with (a Dockerfile's ENV). */
  state?: ShellState;
  /** How messages name the launcher; default: the file's path. */
  launcher?: (view: TextFile, where: string) => Launcher;
}

/** Reads one scanned file's scripts, and then the files they write. */
export class ScriptReader {
  private readonly written: Written[] = [];
  private readonly consumers = new Map<string, BodyForm>();
  private options: ReadOptions = { invocations: true };
  /** `helm repo add NAME URL` of the script so far. */
  private readonly helmRepositories = new Map<string, string>();

  constructor(private readonly env: ExtractEnv) {}

  readFile(file: TextFile, options: ReadOptions): EtcdConfig[] {
    this.options = options;
    const where = file.embedded?.where ?? file.file.relPath;
    const configs = this.read(file, options.state ?? new ShellState(), where, 0);
    appendAll(configs, this.readWritten(1));
    return configs;
  }

  /** The files written so far, then those that written scripts write, a bounded number of rounds. */
  private readWritten(depth: number): EtcdConfig[] {
    const configs: EtcdConfig[] = [];
    for (let round = depth; round <= MAX_DEPTH && this.written.length > 0; round++) {
      const pending = this.written.splice(0);
      appendAll(
        configs,
        writtenConfigs(pending, {
          env: this.env,
          consumers: this.consumers,
          readScript: (view, where) => this.read(view, new ShellState(), where, round),
        }),
      );
    }
    return configs;
  }

  private read(view: TextFile, state: ShellState, where: string, depth: number): EtcdConfig[] {
    const text = readableText(view);
    const commands = splitShellCommands(text);
    const configs: EtcdConfig[] = [];
    const copies = new Map<Scope, ShellState>();
    for (let c = 0; c < commands.length; c++) {
      const command = commands[c] as ShellCommand;
      const flow = flowOf(command);
      const scoped = commandState(command, text, state, copies);
      const step = {
        view,
        text,
        command,
        next: commands[c + 1],
        state: scoped,
        maybe: flow === 'maybe',
        where,
        depth,
      };
      appendAll(configs, this.command(step));
    }
    return configs;
  }

  private command(step: Step): EtcdConfig[] {
    const { text, command, state } = step;
    const words = command.words;
    if (words.every((word) => isAssignment(text.slice(word.start, word.end)))) {
      for (const word of words) assign(step, word, false);
      this.writes(step, undefined);
      return [];
    }
    const program = commandProgram(text, words);
    if (!program) return [];
    const name = basename((words[program.index] as ShellWord).value);
    const args = words.slice(program.index + 1);
    if (program.wrappers.length === 0 && program.assignments.length === 0) builtin(step, name, args);
    this.writes(step, { name, args });
    const configs: EtcdConfig[] = [];
    if (isEtcdProgram(name)) {
      this.noteConfigFile(args);
      if (this.options.invocations && !isEtcdSubcommand(args[0]?.value)) {
        const environment = processEnvironment(step.view, step.text, program, state);
        configs.push(this.invocation(step, words[program.index] as ShellWord, args, environment));
      }
      return configs;
    }
    if (name === 'helm') {
      if (this.options.invocations) appendAll(configs, this.helm(step, args));
      return configs;
    }
    this.noteConsumers(name, args);
    const argv = words.slice(program.index);
    if (step.depth >= MAX_DEPTH) return configs;
    const scriptIndex = shellScriptIndex(argv.map((word) => word.value));
    if (scriptIndex !== undefined) {
      const script = argv[scriptIndex] as ShellWord;
      appendAll(configs, this.nested(step, [script], state.child(true)));
    } else if (name === 'ssh') {
      const remote = sshCommand(argv);
      if (remote.length > 0) appendAll(configs, this.nested(step, remote, state.child(false)));
    } else {
      appendAll(configs, this.dockerRun(step, argv));
    }
    return configs;
  }

  /** An etcd server the command starts: its flags, and the variables it gets. */
  private invocation(
    step: Step,
    programWord: ShellWord,
    args: readonly ShellWord[],
    environment: { settings: Setting[]; reasons: string[] },
    launcher?: Launcher,
  ): EtcdConfig {
    const { view, text, state } = step;
    const words = argWords(view, text, args, state);
    const parsed = parseEtcdArgv(words, true);
    const started = launcher ??
      this.options.launcher?.(view, step.where) ?? { kind: 'shell-script', path: step.where };
    const reasons = [
      ...opaqueWords(words),
      ...environment.reasons,
      ...state.reasons,
      ...inheritedEnvironment(started),
    ];
    return {
      file: view.file,
      launcher: started,
      span: textSpan(view, programWord.start, programWord.end),
      kind: 'process',
      completeness: reasons.length === 0 ? { complete: true } : { complete: false, reasons: unique(reasons) },
      flags: parsed.flags,
      env: environment.settings,
      implied: [],
      startupProblems: parsed.startupProblems,
    };
  }

  /**
   * `helm repo add NAME URL` (remembered for later commands) and `helm install|upgrade|template`
   * of a chart this scan renders (helm-cli.ts): the release's etcd processes.
   */
  private helm(step: Step, args: readonly ShellWord[]): EtcdConfig[] {
    const { view, text, state } = step;
    const values = args.map((word) => expandedValue(text, word, state) ?? word.value);
    if (values[0] === 'repo' && values[1] === 'add' && values[2] && values[3]) {
      this.helmRepositories.set(values[2], values[3]);
      return [];
    }
    const helmArgs: HelmArg[] = args.map((word) => {
      const expanded = word.opaque ? expandedValue(text, word, state) : undefined;
      const value = expanded ?? word.value;
      const at = wordOffsets(text, word);
      // Characters before the first expansion are where they are written; after it, the word's end.
      let same = 0;
      while (same < value.length && value[same] === word.value[same]) same++;
      return {
        value,
        opaque: word.opaque && expanded === undefined,
        span: textSpan(view, word.start, word.end),
        locate: (from: number, to: number) => {
          if (from >= same) return undefined;
          const first = at[from] as number;
          const last = to - 1 < same ? (at[to - 1] as number) : word.end - 1;
          return textSpan(view, first, Math.max(first, last) + 1);
        },
      };
    });
    const script: HelmScript = {
      env: this.env,
      file: view.file,
      dir: directoryOf(view.file.relPath),
      where: step.where,
      repositories: this.helmRepositories,
    };
    try {
      const release = helmCommandRelease(helmArgs, script);
      return release ? releaseConfigs(release, this.env) : [];
    } catch (error) {
      if (!(error instanceof SetError)) throw error;
      this.env.notify({
        level: 'note',
        id: 'release-not-analysed',
        message: `not analysed: Helm refuses a \`--set\` of \`helm\` in ${step.where}: ${error.message}`,
        file: view.file,
        span: textSpan(view, step.command.words[0]?.start ?? 0, step.command.words[0]?.end ?? 1),
      });
      return [];
    }
  }

  /** `docker run [OPTIONS] IMAGE etcd ...`: the command after the image, with `-e` variables. */
  private dockerRun(step: Step, argv: readonly ShellWord[]): EtcdConfig[] {
    const run = readDockerRun(argv);
    if (!run || !this.options.invocations) return [];
    const image = argv[run.image] as ShellWord;
    // Named as written (a template's `{{ repo }}:{{ tag }}`, not its placeholder).
    const written = step.view.embedded ? image.value : step.view.text.slice(image.start, image.end);
    const launcher: Launcher = { kind: 'docker-run', path: step.where, image: written };
    const entrypoint = run.entrypoint;
    const programWord = entrypoint ? (argv[entrypoint.index] as ShellWord) : argv[run.command];
    const programName = entrypoint ? entrypoint.value : programWord?.value;
    if (!programWord || programName === undefined || !isEtcdProgram(programName)) return [];
    const args = argv.slice(entrypoint ? run.command : run.command + 1);
    if (isEtcdSubcommand(args[0]?.value)) return [];
    // The container does not inherit the script's variables, only those of --env-file and -e
    // (Docker reads the files first; -e values override them).
    const fromFiles = run.envFiles.map((path) => ({ path, settings: this.dockerEnvFile(step, path) }));
    const env = [...fromFiles.flatMap((file) => file.settings ?? []), ...dockerEnv(step, argv, run.env)];
    const config = this.invocation(step, programWord, args, { settings: env, reasons: [] }, launcher);
    const unread = fromFiles.filter((file) => file.settings === undefined);
    if (unread.length > 0) {
      const reasons = unread.map(({ path }) => `--env-file ${path} is not in the scan`);
      config.completeness = {
        complete: false,
        reasons: [...(config.completeness.complete ? [] : config.completeness.reasons), ...reasons],
      };
    }
    return [config];
  }

  /**
   * The variables of a `docker run --env-file` file: one the script writes before (a here-document
   * at that path), or a scanned file with that name (`/etc/etcd.env` is `templates/etcd.env.j2`).
   * Undefined when neither is there.
   */
  private dockerEnvFile(step: Step, path: string): Setting[] | undefined {
    const written = [...this.written].reverse().find((file) => file.exact && file.path === path);
    const file = written?.view ?? (path.startsWith('/') ? this.env.index.textFileFor(path) : undefined);
    if (!file) return undefined;
    if (!written) this.env.consume(file.file);
    const text = readableText(file);
    const from = { kind: 'docker-env-file' as const, path };
    return readDockerEnvFile(text).flatMap((line) => {
      const setting = envVariable(line.key, line.value, textSpan(file, line.start, line.end), from);
      if (!setting) return [];
      // `ETCD_CLIENT_CERT_AUTH={{ x }}` in a template: the rendered value is not known.
      if (templatedAt(file, line.start, line.end)) setting.valueUnknown = true;
      return [file.file.absPath === step.view.file.absPath ? setting : { ...setting, file: file.file }];
    });
  }

  /** A script held in words of this one (`sh -c '...'`, `ssh host "..."`): read in place. */
  private nested(step: Step, words: readonly ShellWord[], state: ShellState): EtcdConfig[] {
    const parts: string[] = [];
    const at: number[] = [];
    for (const word of words) {
      if (parts.length > 0) {
        parts.push(' ');
        at.push(word.start);
      }
      parts.push(word.value);
      appendAll(at, Array.from(wordOffsets(step.text, word)));
    }
    const inner = subText(step.view, parts.join(''), at, 'script.sh', step.where);
    return this.read(inner, state, step.where, step.depth + 1);
  }

  /**
   * The here-document a command reads, if any, and where it goes: a file (`cat > f <<EOF`, `tee f
   * <<EOF`, `cat <<EOF | tee f`), or a program that reads a document or a script from stdin.
   */
  private writes(step: Step, program: { name: string; args: readonly ShellWord[] } | undefined): void {
    const { view, text, command, state } = step;
    const heredoc = [...command.redirections].reverse().find((r) => r.heredoc)?.heredoc;
    if (!heredoc) return;
    const body = hereDocumentText(text, heredoc, (name) => state.valueOf(name));
    const toFile = (path: ShellWord) => {
      const known = expandedValue(text, path, state);
      const target = known ?? path.value;
      const where = `${target} (written by ${step.where})`;
      this.written.push({
        path: target,
        exact: known !== undefined && target.startsWith('/'),
        view: subText(view, body.text, body.at, target, where),
        unknown: body.unknown,
        where,
      });
    };
    const toProgram = (form: BodyForm, program: string) => {
      const label =
        program === 'kubeadm'
          ? 'kubeadm --config -'
          : program === 'kubectl' || program === 'oc'
            ? `${program} -f -`
            : program;
      // A script fed to a shell is part of this one's run; a document is named after its reader.
      const where = form === 'shell' ? step.where : `${label} (here-document in ${step.where})`;
      const bodyView = subText(view, body.text, body.at, form === 'yaml' ? 'stdin.yaml' : 'stdin.sh', where);
      this.written.push({ path: label, exact: false, view: bodyView, unknown: body.unknown, where, form });
    };
    const out = command.redirections.find(
      (r) =>
        (r.op === '>' || r.op === '>>' || r.op === '>|' || r.op === '&>' || r.op === '&>>') &&
        (r.fd ?? 1) === 1,
    );
    if (program === undefined) return;
    if (program.name === 'tee') {
      for (const path of teeFiles(program.args)) toFile(path);
      return;
    }
    if (program.name === 'cat' && program.args.every((arg) => arg.value === '-')) {
      if (out) {
        toFile(out.target);
        return;
      }
      if (command.after !== '|' || !step.next) return;
      const next = commandProgram(text, step.next.words);
      if (!next) return;
      const nextName = basename((step.next.words[next.index] as ShellWord).value);
      const nextArgs = step.next.words.slice(next.index + 1);
      if (nextName === 'tee') for (const path of teeFiles(nextArgs)) toFile(path);
      else {
        const form = stdinForm(nextName, nextArgs);
        if (form) toProgram(form, nextName);
      }
      return;
    }
    const form = stdinForm(program.name, program.args);
    if (form) toProgram(form, program.name);
  }

  /** `etcd --config-file PATH`: a file of that path the script writes is etcd's YAML config. */
  private noteConfigFile(args: readonly ShellWord[]): void {
    for (let i = 0; i < args.length; i++) {
      const v = (args[i] as ShellWord).value;
      const flag = v.startsWith('--') ? v.slice(2) : v.startsWith('-') ? v.slice(1) : v;
      if (flag.startsWith('config-file=')) this.consumers.set(flag.slice(12), 'yaml');
      else if (flag === 'config-file' && args[i + 1])
        this.consumers.set((args[i + 1] as ShellWord).value, 'yaml');
    }
  }

  /** Programs that read a path the script may write: `kubeadm --config P` (YAML), `bash P` (a script). */
  private noteConsumers(name: string, args: readonly ShellWord[]): void {
    if (name === 'kubeadm') {
      const path = optionValue(args, '--config');
      if (path) this.consumers.set(path, 'yaml');
    } else if (name === 'sh' || name === 'bash') {
      const path = args.find((arg) => !arg.value.startsWith('-'));
      if (path && formByName(path.value) === undefined) this.consumers.set(path.value, 'shell');
    }
  }
}

interface Step {
  view: TextFile;
  text: string;
  command: ShellCommand;
  next: ShellCommand | undefined;
  state: ShellState;
  maybe: boolean;
  where: string;
  depth: number;
}

/** An assignment word (`NAME=value`) as the script's variable, exported when asked or under `set -a`. */
function assign(step: Step, word: ShellWord, exported: boolean): void {
  const eq = word.value.indexOf('=');
  const name = word.value.slice(0, eq);
  if (!isName(name)) return;
  const known = expandedValue(step.text, word, step.state);
  const condition = step.maybe ? conditionText(step) : undefined;
  step.state.assign(
    name,
    {
      value: known?.slice(eq + 1),
      maybe: step.maybe,
      where: { word, view: step.view },
      ...(condition ? { condition } : {}),
    },
    exported,
  );
}

/** The line that opens the compound command (or the `&&`/`||` list) a command runs under, as written. */
function conditionText(step: Step): string {
  const at = step.command.scope?.conditional ? step.command.scope.start : (step.command.words[0]?.start ?? 0);
  const start = step.text.lastIndexOf('\n', at - 1) + 1;
  const newline = step.text.indexOf('\n', at);
  const line = step.text.slice(start, newline < 0 ? step.text.length : newline).trim();
  return `\`${line.length > 80 ? `${line.slice(0, 77)}...` : line}\``;
}

/** `export`, `declare -x`, `unset`, `set -a`, `source`, `eval`: what they do to the variables. */
function builtin(step: Step, name: string, args: readonly ShellWord[]): void {
  const { state } = step;
  switch (name) {
    case 'export':
    case 'declare':
    case 'typeset':
    case 'local':
    case 'readonly': {
      let exported = name === 'export';
      for (const arg of args) {
        const v = arg.value;
        if (v.startsWith('-') || v.startsWith('+')) {
          if (v[0] === '-' && v.includes('x')) exported = true;
          if (v === '-n' || v.startsWith('+')) exported = false;
          continue;
        }
        if (isAssignment(v)) assign(step, arg, exported);
        else if (exported && isName(v)) state.markExported(v);
      }
      return;
    }
    case 'unset':
      for (const arg of args) if (isName(arg.value)) state.unset(arg.value, step.maybe);
      return;
    case 'set':
      for (let i = 0; i < args.length; i++) {
        const v = (args[i] as ShellWord).value;
        const on = v[0] === '-';
        if (v === '-o' || v === '+o') {
          if (args[i + 1]?.value === 'allexport' && !step.maybe) state.allExport = on;
          i++;
        } else if ((on || v[0] === '+') && v.includes('a') && !v.startsWith('--') && !step.maybe) {
          state.allExport = on;
        }
      }
      return;
    case 'source':
    case '.': {
      const path = args[0]?.value ?? '';
      state.addReason(`the script sources ${path}, which may set variables`);
      return;
    }
    case 'eval':
      state.addReason('the script runs `eval`, which may set variables');
      return;
  }
}

/** etcd's arguments, with the script's known variables expanded (`$OPTS` split into words). */
function argWords(view: TextFile, text: string, words: readonly ShellWord[], state: ShellState): ArgWord[] {
  const out: ArgWord[] = [];
  for (const word of words) {
    const span = textSpan(view, word.start, word.end);
    const raw = text.slice(word.start, word.end);
    const whole = wholeVariable(raw);
    const value = whole === undefined ? undefined : state.valueOf(whole.name);
    if (whole && value !== undefined) {
      // Unquoted, the value is split at blanks into words (IFS); quoted, it stays one word.
      const parts = whole.quoted ? [value] : value.split(/[ \t\n]+/).filter((part) => part !== '');
      for (const part of parts) out.push({ value: part, span, opaque: false });
      continue;
    }
    const expanded = word.opaque ? expandedValue(text, word, state) : undefined;
    const read = expanded ?? word.value;
    // A word written as it reads (bare, or in quotes without escapes) places each character.
    const offset = raw === read ? 0 : raw.length === read.length + 2 && raw.slice(1, -1) === read ? 1 : -1;
    const locate =
      offset < 0
        ? {}
        : {
            locate: (from: number, to: number) =>
              textSpan(view, word.start + offset + from, word.start + offset + to),
          };
    out.push({ value: read, span, opaque: word.opaque && expanded === undefined, ...locate });
  }
  return out;
}

/** `$NAME`, `${NAME}`, `"$NAME"`, `"${NAME}"`: a word that is one variable. */
function wholeVariable(raw: string): { name: string; quoted: boolean } | undefined {
  const quoted = raw.length > 2 && raw.startsWith('"') && raw.endsWith('"');
  const inner = quoted ? raw.slice(1, -1) : raw;
  if (!inner.startsWith('$')) return undefined;
  const name = inner.startsWith('${') && inner.endsWith('}') ? inner.slice(2, -1) : inner.slice(1);
  return isName(name) ? { name, quoted } : undefined;
}

/** `-e NAME=value`, `--env=NAME=value`; `-e NAME` passes the script's exported value. */
function dockerEnv(
  step: Step,
  argv: readonly ShellWord[],
  entries: { text: string; index: number; offset: number }[],
): Setting[] {
  const settings: Setting[] = [];
  for (const entry of entries) {
    const word = argv[entry.index] as ShellWord;
    const eq = entry.text.indexOf('=');
    const name = eq < 0 ? entry.text : entry.text.slice(0, eq);
    const value = eq < 0 ? step.state.valueOf(name) : entry.text.slice(eq + 1);
    if (value === undefined) continue;
    const span = textSpan(step.view, word.start, word.end);
    const setting = envVariableOf(name, value, span);
    if (setting) settings.push(setting);
  }
  return settings;
}

function envVariableOf(name: string, value: string, span: ReturnType<typeof textSpan>): Setting | undefined {
  return envVariable(name, value, span, { kind: 'script', via: 'docker-env' });
}

/** `ssh [options] destination command...`: the remote command's words (none: a login shell). */
function sshCommand(argv: readonly ShellWord[]): ShellWord[] {
  const withValue = 'BbcDEeFIiJLlmOoPpQRSWw';
  let i = 1;
  for (; i < argv.length; i++) {
    const v = (argv[i] as ShellWord).value;
    if (v === '--') {
      i++;
      break;
    }
    if (!v.startsWith('-') || v.length < 2) break;
    const last = v[v.length - 1] as string;
    // `-p 22` takes the next word; `-p22` and boolean clusters (`-tt`, `-q`) do not.
    if (v.length === 2 && withValue.includes(last)) i++;
  }
  return argv.slice(i + 1);
}

/** tee's file arguments (`tee -a /etc/etcd/etcd.env`), not its options. */
function teeFiles(args: readonly ShellWord[]): ShellWord[] {
  return args.filter((arg) => !arg.value.startsWith('-') || arg.value === '-');
}

/** The form of what a program reads from stdin: a kubeadm or kubectl document, a shell's script. */
function stdinForm(name: string, args: readonly ShellWord[]): BodyForm | undefined {
  if (name === 'kubeadm') {
    const config = optionValue(args, '--config');
    return config === '-' || config === '/dev/stdin' ? 'yaml' : undefined;
  }
  if (name === 'kubectl' || name === 'oc') {
    const file = optionValue(args, '-f') ?? optionValue(args, '--filename');
    return file === '-' ? 'yaml' : undefined;
  }
  if (name === 'sh' || name === 'bash' || name === 'dash') {
    return args.every((arg) => arg.value.startsWith('-') && !arg.value.includes('c')) ? 'shell' : undefined;
  }
  if (name === 'ssh') {
    // `ssh host <<EOF` and `ssh host bash -s <<EOF` run the document as the remote shell's script.
    const remote = sshCommand([{ value: 'ssh', start: 0, end: 0, opaque: false }, ...args]);
    const shell = remote[0]?.value;
    if (remote.length === 0) return 'shell';
    return shell &&
      ['sh', 'bash'].includes(basename(shell)) &&
      !remote.some((w) => w.value.includes('c') && w.value.startsWith('-'))
      ? 'shell'
      : undefined;
  }
  return undefined;
}

/** The value of `--name VALUE` or `--name=VALUE` among a command's arguments. */
function optionValue(args: readonly ShellWord[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const v = (args[i] as ShellWord).value;
    if (v === name) return args[i + 1]?.value;
    if (v.startsWith(`${name}=`)) return v.slice(name.length + 1);
  }
  return undefined;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
