// `docker run` (and `docker container run`, `docker create`, podman's and nerdctl's, which take the
// same options) as the Docker CLI reads its arguments: `docker run [OPTIONS] IMAGE [COMMAND]
// [ARG...]` (docs.docker.com/reference/cli/docker/container/run/). Options are pflag options: a long
// option's value is `--name=value` or the next word; short options cluster (`-it`) and take their
// value attached (`-eX=1`) or as the next word. The first word that is not an option is the image;
// what follows is the command, which replaces the image's CMD (and `--entrypoint` its ENTRYPOINT).

/** Programs that run containers with docker's `run` syntax. */
const ENGINES = new Set(['docker', 'podman', 'nerdctl']);

/**
 * Options that take no value (docker run --help; podman-run(1) and nerdctl add a few). Any other
 * option takes one: when the list misses a boolean option, the image is taken one word too late,
 * which only ever hides a command, never invents one.
 */
const BOOLEAN_LONG = new Set([
  '--detach',
  '--interactive',
  '--tty',
  '--rm',
  '--privileged',
  '--init',
  '--publish-all',
  '--read-only',
  '--oom-kill-disable',
  '--no-healthcheck',
  '--disable-content-trust',
  '--help',
  '--quiet',
  '--sig-proxy',
  '--replace',
  '--rmi',
  '--read-only-tmpfs',
  '--env-host',
  '--http-proxy',
  '--tls-verify',
  '--no-hosts',
  '--passwd',
  '--rootfs',
]);
const BOOLEAN_SHORT = new Set(['d', 'i', 't', 'P', 'q']);

/** One word of a command line as docker-run needs it. */
export interface RunWord {
  value: string;
  opaque: boolean;
}

/** What a `docker run` line says, by word index. */
export interface DockerRun {
  /** Index of the image word. */
  image: number;
  /** Index of the command's first word (argv[0] of the container, or its first argument with `--entrypoint`). */
  command: number;
  /** `--entrypoint` value: the program, when given. */
  entrypoint?: { value: string; index: number };
  /** `-e NAME=value` / `--env NAME=value` / `-e NAME` (the host's value): the word index and its text. */
  env: { text: string; index: number; offset: number }[];
  /** `--env-file` values: files whose variables are not read here. */
  envFiles: string[];
}

/**
 * Reads `words` (from the engine's name on) as a run command; undefined when it is not one
 * (`docker ps`, `docker exec`), or when an option or the image is not known (a `$VAR` there).
 */
export function readDockerRun(words: readonly RunWord[]): DockerRun | undefined {
  if (!ENGINES.has(basename(words[0]?.value ?? ''))) return undefined;
  let i = 1;
  // Global options of the engine before the subcommand (`docker --host x run`, `podman --remote run`).
  while (i < words.length && (words[i] as RunWord).value.startsWith('-')) {
    const v = (words[i] as RunWord).value;
    i += v.includes('=') || v === '--remote' || v === '--debug' || v === '-D' ? 1 : 2;
  }
  if (words[i]?.value === 'container') i++;
  const sub = words[i]?.value;
  if (sub !== 'run' && sub !== 'create') return undefined;
  const run: DockerRun = { image: -1, command: -1, env: [], envFiles: [] };
  for (i++; i < words.length; i++) {
    const word = words[i] as RunWord;
    const v = word.value;
    // `--memory={{ limit }}` is an option with an unknown value; `-$X` or `--$X` could be anything.
    const eq = v.indexOf('=');
    const name = eq < 0 ? v : v.slice(0, eq);
    if (word.opaque && v.startsWith('-') && (eq < 0 || name.includes('$') || name.includes('`')))
      return undefined;
    if (v === '--') {
      i++;
      break;
    }
    if (!v.startsWith('-') || v === '-') break;
    const taken = option(words, i, run);
    if (taken === undefined) return undefined;
    i = taken;
  }
  const image = words[i];
  // An image written with placeholders (`{{ repo }}:{{ tag }}`, `$REPO/etcd:$TAG`) is still the
  // image when it has a reference's shape; a lone `$ARGS` may be options and an image: unknown.
  if (!image || (image.opaque && !image.value.includes(':') && !image.value.includes('/'))) return undefined;
  run.image = i;
  run.command = i + 1;
  return run;
}

/** Reads the option at i; returns the index of its last word. */
function option(words: readonly RunWord[], i: number, run: DockerRun): number | undefined {
  const v = (words[i] as RunWord).value;
  if (v.startsWith('--')) {
    const eq = v.indexOf('=');
    const name = eq < 0 ? v : v.slice(0, eq);
    if (BOOLEAN_LONG.has(name)) return i;
    const valueIndex = eq < 0 ? i + 1 : i;
    const value = eq < 0 ? words[i + 1]?.value : v.slice(eq + 1);
    if (value === undefined) return undefined;
    record(run, name, value, valueIndex, eq < 0 ? 0 : eq + 1);
    return valueIndex;
  }
  // A cluster of short options: booleans, then at most one that takes a value (the rest of the
  // word, or the next word).
  for (let k = 1; k < v.length; k++) {
    const letter = v[k] as string;
    if (BOOLEAN_SHORT.has(letter)) continue;
    const attached = v.slice(k + 1);
    const value = attached !== '' ? attached : words[i + 1]?.value;
    if (value === undefined) return undefined;
    const valueIndex = attached !== '' ? i : i + 1;
    record(run, `-${letter}`, value, valueIndex, attached !== '' ? k + 1 : 0);
    return valueIndex;
  }
  return i;
}

function record(run: DockerRun, name: string, value: string, index: number, offset: number): void {
  if (name === '-e' || name === '--env') run.env.push({ text: value, index, offset });
  else if (name === '--env-file') run.envFiles.push(value);
  else if (name === '--entrypoint') run.entrypoint = { value, index };
}

/** One `NAME=value` line of a Docker env file, with the offsets of the line in the file's text. */
export interface DockerEnvLine {
  key: string;
  value: string;
  start: number;
  end: number;
}

/**
 * A file of `docker run --env-file` as the Docker CLI reads it (docker/cli opts/envfile.go,
 * parseKeyValueFile): leading blanks dropped, blank and `#` lines skipped, `NAME=value` with the
 * value taken as written to the end of the line (quotes are kept), `NAME` alone passes the host's
 * value (unknown here, skipped).
 */
export function readDockerEnvFile(text: string): DockerEnvLine[] {
  const lines: DockerEnvLine[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    let from = start;
    while (from < end && (text[from] === ' ' || text[from] === '\t')) from++;
    const stop = end > from && text[end - 1] === '\r' ? end - 1 : end;
    const eq = text.indexOf('=', from);
    if (from < stop && text[from] !== '#' && eq >= 0 && eq < stop) {
      lines.push({ key: text.slice(from, eq), value: text.slice(eq + 1, stop), start: from, end: stop });
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
