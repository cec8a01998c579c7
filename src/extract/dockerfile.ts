// Dockerfiles (`Dockerfile`, `Containerfile`, `*.Dockerfile`): the program an image runs and the
// variables it runs with, per build stage, as the Dockerfile reference defines them:
// - CMD and ENTRYPOINT: the last of each in a stage counts; the exec form `["etcd", "--x"]` is the
//   argv, the shell form `etcd --x` runs as `/bin/sh -c "etcd --x"`; with an exec-form ENTRYPOINT
//   the CMD is its arguments, with a shell-form one the CMD is ignored; an ENTRYPOINT set in a stage
//   drops the CMD it inherited ("If CMD is defined from the base image, setting ENTRYPOINT will
//   reset CMD to an empty value");
// - ENV `KEY=value ...` (or the legacy `ENV KEY value`) is in the container's environment, and is
//   substituted (`$KEY`, `${KEY}`) in later instructions; ARG values are build-time only, unknown;
// - RUN runs at build time: its commands start no server, but the files it writes with
//   here-documents (`RUN cat > /etc/etcd/etcd.conf.yml <<EOF`) are in the image, and so are files
//   `COPY <<EOF /etc/etcd/etcd.env` writes;
// - `FROM <earlier stage>` starts from that stage's ENV, CMD and ENTRYPOINT.
// A stage whose program is not seen (it comes from the base image) but that sets `ETCD_*` variables
// is a fragment, like an env file: its explicit values count, absence never does.

import { type ArgWord, parseEtcdArgv } from '../etcd/go-flags.js';
import { isEtcdProgram, isEtcdSubcommand } from '../etcd/program.js';
import { isDockerfileName } from '../load/file-kinds.js';
import type { TextFile } from '../load/load.js';
import type { EtcdConfig, Launcher, Setting } from '../model.js';
import { type Instruction, jsonStringArray, readInstructions } from './dockerfile-syntax.js';
import { type ExtractEnv, readableText, type TextExtractor, textSpan } from './extractor.js';
import { envVariable, inheritedEnvironment, opaqueWords } from './setting.js';
import { basename, shellScriptIndex, splitShellCommands } from './shell.js';
import { writtenConfigs } from './shell-files.js';
import { ScriptReader } from './shell-script.js';
import { expandedValue, ShellState } from './shell-state.js';
import { appendAll, hereDocumentText, subText } from './shell-text.js';

type Program = { instruction: 'CMD' | 'ENTRYPOINT'; exec: boolean; view: TextFile } | undefined;

interface Stage {
  name: string | undefined;
  env: ShellState;
  cmd: Program;
  entrypoint: Program;
}

export const dockerfileExtractor: TextExtractor = {
  id: 'dockerfile',
  extract(file, env) {
    if (!isDockerfileName(file.formPath)) return [];
    const instructions = readInstructions(readableText(file));
    const stages: Stage[] = [];
    const configs: EtcdConfig[] = [];
    let stage: Stage | undefined;
    for (const instruction of instructions) {
      const args = subText(file, instruction.args, instruction.at, file.formPath, file.file.relPath);
      if (instruction.name === 'FROM') {
        stage = newStage(instruction.args, stages);
        stages.push(stage);
      } else if (!stage) {
      } else if (instruction.name === 'ENV') {
        environment(args, stage.env);
      } else if (instruction.name === 'CMD' || instruction.name === 'ENTRYPOINT') {
        const program: Program = { instruction: instruction.name, exec: isExec(args), view: args };
        if (instruction.name === 'CMD') stage.cmd = program;
        else {
          stage.entrypoint = program;
          stage.cmd = undefined;
        }
      } else if (instruction.name === 'RUN') {
        appendAll(configs, runWrites(file, instruction, stage, env));
      } else if (instruction.name === 'COPY' || instruction.name === 'ADD') {
        appendAll(configs, copyWrites(file, instruction, stage, env));
      }
    }
    for (const each of stages)
      configs.push(...stageConfigs(file, each, each === stages[stages.length - 1], env));
    return configs;
  },
};

function newStage(args: string, stages: readonly Stage[]): Stage {
  const words = args.split(/[ \t]+/).filter((word) => word !== '' && !word.startsWith('--'));
  const base = words[0] ?? '';
  const name = words[1]?.toLowerCase() === 'as' ? words[2] : undefined;
  const parent = stages.find(
    (other) => other.name !== undefined && other.name.toLowerCase() === base.toLowerCase(),
  );
  if (!parent) return { name, env: new ShellState(), cmd: undefined, entrypoint: undefined };
  return { name, env: parent.env.copy(), cmd: parent.cmd, entrypoint: parent.entrypoint };
}

function isExec(view: TextFile): boolean {
  return jsonStringArray(view.text) !== undefined;
}

/** `ENV A=1 B="two words"`, or the legacy `ENV A one value` (the rest of the line). */
function environment(view: TextFile, state: ShellState): void {
  const words = splitShellCommands(view.text)[0]?.words ?? [];
  const first = words[0];
  if (!first) return;
  if (!first.value.includes('=')) {
    const rest = words[1];
    const value = rest ? view.text.slice(rest.start).trim() : '';
    const word = {
      value: `${first.value}=${value}`,
      start: first.start,
      end: view.text.trimEnd().length,
      opaque: false,
    };
    state.assign(first.value, { value, maybe: false, where: { word, view } }, true);
    return;
  }
  for (const word of words) {
    const eq = word.value.indexOf('=');
    if (eq <= 0) continue;
    const known = expandedValue(view.text, word, state);
    state.assign(
      word.value.slice(0, eq),
      { value: known?.slice(eq + 1), maybe: false, where: { word, view } },
      true,
    );
  }
}

/** The process a stage's image runs, if it is etcd; else a fragment of its `ETCD_*` variables. */
function stageConfigs(file: TextFile, stage: Stage, last: boolean, env: ExtractEnv): EtcdConfig[] {
  const stageName = last ? undefined : stage.name;
  const settings = environmentSettings(stage.env);
  const run = stage.entrypoint ?? stage.cmd;
  const processes = run ? programConfigs(file, stage, run, stageName, settings, env) : [];
  if (processes.length > 0) return processes;
  const first = settings[0];
  if (!first) return [];
  return [
    {
      file: file.file,
      launcher: launcherOf(file, 'ENV', stageName),
      span: first.span,
      kind: 'fragment',
      completeness: { complete: false, reasons: ["the image's program comes from its base image"] },
      flags: [],
      env: settings,
      implied: [],
      startupProblems: [],
    },
  ];
}

function programConfigs(
  file: TextFile,
  stage: Stage,
  run: NonNullable<Program>,
  stageName: string | undefined,
  settings: Setting[],
  env: ExtractEnv,
): EtcdConfig[] {
  const launcher = launcherOf(file, run.instruction, stageName);
  if (!run.exec) {
    // Shell form: `/bin/sh -c "<text>"`; a shell-form ENTRYPOINT ignores CMD.
    const reader = new ScriptReader(env);
    return reader
      .readFile(run.view, { invocations: true, state: stage.env.child(true), launcher: () => launcher })
      .map((config) => ({ ...config, env: settings }));
  }
  const argv = [
    ...execItems(run.view),
    ...(stage.entrypoint?.exec && stage.cmd?.exec ? execItems(stage.cmd.view) : []),
  ];
  const reasons: string[] = [];
  let at = 0;
  // An ENTRYPOINT script that is not etcd runs first, given CMD: etcd there is the script's argument.
  if (stage.entrypoint?.exec && stage.cmd?.exec && !isEtcdProgram(argv[0]?.value ?? '')) {
    const cmdStart = execItems(stage.entrypoint.view).length;
    if (isEtcdProgram(argv[cmdStart]?.value ?? '')) {
      at = cmdStart;
      reasons.push(`the ENTRYPOINT ${argv[0]?.value ?? ''} runs first and is given this command`);
    }
  }
  const program = argv[at];
  if (!program) return [];
  if (!isEtcdProgram(program.value)) {
    const script = shellScriptIndex(argv.map((item) => item.value));
    const item = script === undefined ? undefined : argv[script];
    if (!item) return [];
    const reader = new ScriptReader(env);
    return reader
      .readFile(item.view, { invocations: true, state: stage.env.child(true), launcher: () => launcher })
      .map((config) => ({ ...config, env: settings }));
  }
  if (isEtcdSubcommand(argv[at + 1]?.value)) return [];
  const words: ArgWord[] = argv
    .slice(at + 1)
    .map((item) => ({ value: item.value, span: item.span, opaque: false, locate: item.locate }));
  const parsed = parseEtcdArgv(words, false);
  const open = [...reasons, ...opaqueWords(words), ...inheritedEnvironment(launcher)];
  return [
    {
      file: file.file,
      launcher,
      span: program.span,
      kind: 'process',
      completeness: open.length === 0 ? { complete: true } : { complete: false, reasons: open },
      flags: parsed.flags,
      env: settings,
      implied: [],
      startupProblems: parsed.startupProblems,
    },
  ];
}

/** The strings of an exec-form instruction, each with its span and a text of its own (for `sh -c`). */
function execItems(view: TextFile): {
  value: string;
  span: ReturnType<typeof textSpan>;
  view: TextFile;
  locate: NonNullable<ArgWord['locate']>;
}[] {
  return (jsonStringArray(view.text) ?? []).map((item) => {
    const at: number[] = [];
    // Each character of the value at the next equal one of the JSON text (escapes map to their `\`).
    let j = item.start + 1;
    for (const char of item.value) {
      let k = j;
      while (k < item.end - 1 && view.text[k] !== char) k++;
      at.push(k < item.end - 1 ? k : j);
      if (k < item.end - 1) j = k + 1;
    }
    return {
      value: item.value,
      span: textSpan(view, item.start, item.end),
      view: subText(view, item.value, at, 'script.sh', view.embedded?.where ?? view.file.relPath),
      // Where characters [from, to) of the value are (one URL of a list), through the same map.
      locate: (from: number, to: number) => {
        const first = at[from];
        const last = at[Math.max(from, to - 1)];
        return first === undefined || last === undefined ? undefined : textSpan(view, first, last + 1);
      },
    };
  });
}

/** The stage's ENV variables as etcd settings, in definition order (a later one replaces an earlier one). */
function environmentSettings(state: ShellState): Setting[] {
  const settings: Setting[] = [];
  for (const variable of state.exported()) {
    for (const assignment of variable.assignments) {
      const where = assignment.where;
      if (!where) continue;
      const raw = where.word.value.slice(where.word.value.indexOf('=') + 1);
      const span = textSpan(where.view, where.word.start, where.word.end);
      const setting = envVariable(variable.name, assignment.value ?? raw, span, {
        kind: 'script',
        via: 'dockerfile-env',
      });
      if (setting) settings.push(setting);
    }
  }
  return settings;
}

/** Files a RUN writes with here-documents; the commands themselves run at build time, not as the image. */
function runWrites(file: TextFile, instruction: Instruction, stage: Stage, env: ExtractEnv): EtcdConfig[] {
  const parts = [instruction.args];
  const at = [...instruction.at];
  const heredoc = instruction.heredocs[0];
  // `RUN <<EOF` runs the document as the script; `RUN cat > f <<EOF` is one script with its document.
  const bodyIsScript = instruction.args.trimStart().startsWith('<<') && heredoc !== undefined;
  if (bodyIsScript) {
    const body = heredoc.text.slice(0, heredoc.text.lastIndexOf('\n', heredoc.text.length - 2) + 1);
    const view = subText(file, body, heredoc.at, 'script.sh', file.file.relPath);
    return new ScriptReader(env).readFile(view, { invocations: false, state: stage.env.child(true) });
  }
  for (const doc of instruction.heredocs) {
    parts.push('\n', doc.text);
    at.push(at[at.length - 1] ?? instruction.start);
    appendAll(at, doc.at);
  }
  const view = subText(file, parts.join(''), at, 'script.sh', file.file.relPath);
  return new ScriptReader(env).readFile(view, { invocations: false, state: stage.env.child(true) });
}

/** `COPY <<EOF /etc/etcd/etcd.conf.yml`: the document is a file of the image, read by its name. */
function copyWrites(file: TextFile, instruction: Instruction, stage: Stage, env: ExtractEnv): EtcdConfig[] {
  if (instruction.heredocs.length === 0) return [];
  const parts = [instruction.args, '\n', ...instruction.heredocs.map((doc) => doc.text)];
  const at = [...instruction.at, instruction.at[instruction.at.length - 1] ?? instruction.start];
  for (const doc of instruction.heredocs) appendAll(at, doc.at);
  const view = subText(file, parts.join(''), at, 'Dockerfile', file.file.relPath);
  const command = splitShellCommands(view.text)[0];
  const redirection = command?.redirections.find((r) => r.heredoc);
  const words = command?.words ?? [];
  const target = words[words.length - 1];
  if (!redirection?.heredoc || !target) return [];
  const body = hereDocumentText(view.text, redirection.heredoc, (name) => stage.env.valueOf(name));
  const path = target.value.endsWith('/')
    ? `${target.value}${basename(redirection.heredoc.delimiter)}`
    : target.value;
  const where = `${path} (written by ${file.file.relPath})`;
  return writtenConfigs(
    [
      {
        path,
        exact: path.startsWith('/'),
        view: subText(view, body.text, body.at, path, where),
        unknown: body.unknown,
        where,
      },
    ],
    { env, consumers: new Map(), readScript: () => [] },
  );
}

function launcherOf(
  file: TextFile,
  instruction: 'CMD' | 'ENTRYPOINT' | 'ENV',
  stage: string | undefined,
): Launcher {
  return { kind: 'dockerfile', path: file.file.relPath, instruction, ...(stage ? { stage } : {}) };
}
