import type { Node, Pair } from 'yaml';
import { isScalar } from 'yaml';
import { type ArgWord, type ParsedArgv, parseEtcdArgv } from '../etcd/go-flags.js';
import { containerProgram, imageProgramPhrase } from '../etcd/images.js';
import { isEtcdProgram, isEtcdSubcommand } from '../etcd/program.js';
import type { EtcdConfig, Launcher, Setting, Span, StartupProblem } from '../model.js';
import { bitnamiEnvironment, type ImageVariable, isConfigPath } from './bitnami-image.js';
import type { YamlExtractor } from './extractor.js';
import { envVariable, opaqueWords } from './setting.js';
import { findEtcdInvocations, shellScriptIndex } from './shell.js';
import type { YamlContext } from './yaml-context.js';

/** Top-level keys of the Compose file format (compose-spec schema); `x-*` are extensions. */
const COMPOSE_TOP_LEVEL = new Set([
  'version',
  'name',
  'services',
  'networks',
  'volumes',
  'configs',
  'secrets',
  'include',
  'models',
]);

/** A map under `services:` is a Compose service when it has one of these. */
const SERVICE_KEYS = ['image', 'build', 'command', 'entrypoint', 'environment'];

/**
 * Docker Compose services whose program is the etcd server: argv is `entrypoint` + `command` when
 * `entrypoint` is set (Compose then drops the image's ENTRYPOINT and CMD), else the image's
 * ENTRYPOINT + `command` (or its CMD). etcd is recognised by argv[0] (or inside `sh -c SCRIPT`);
 * the image's own program counts only for images whose Dockerfiles this tool has read
 * (src/etcd/images.ts: Bitnami's etcd image, etcd's release images), whatever registry or mirror.
 */
export const composeExtractor: YamlExtractor = {
  id: 'compose',
  extract(context) {
    return composeServices(context).flatMap((service) => serviceConfigs(context, service));
  },
};

function composeServices(context: YamlContext): Pair[] {
  const { nav } = context;
  const root = context.root;
  const top = nav.pairs(root);
  // Compose rejects unknown top-level keys, which keeps Kubernetes objects and RKE cluster.yml out.
  const isCompose = top.every((pair) => {
    const key = nav.keyText(pair);
    return key !== undefined && (COMPOSE_TOP_LEVEL.has(key) || key.startsWith('x-'));
  });
  if (top.length === 0 || !isCompose) return [];
  return nav.pairs(nav.get(root, 'services')).filter((pair) => {
    const service = nav.map(pair.value);
    return service !== undefined && SERVICE_KEYS.some((key) => nav.pair(service, key) !== undefined);
  });
}

/** One argv element with where it is written. */
interface ComposeArg {
  value: string;
  opaque: boolean;
  /** Holds a `$` that Compose's interpolation rejects. */
  badDollar: boolean;
  span: Span;
  /** The span of characters [start, end) of the value (for a script given to `sh -c`). */
  spanOf(start: number, end: number): Span;
  /** Whether characters [start, end) of the value come from an unresolved `${VAR}`. */
  opaqueIn(start: number, end: number): boolean;
}

function serviceConfigs(context: YamlContext, pair: Pair): EtcdConfig[] {
  const { nav } = context;
  const service = nav.map(pair.value);
  const entrypoint = argvOf(context, nav.pair(service, 'entrypoint'));
  const command = argvOf(context, nav.pair(service, 'command'));
  // Unbalanced quotes in a command string: Compose refuses the file and the words are unknown.
  if (entrypoint === 'invalid' || command === 'invalid') return [];
  const argv = [...(entrypoint ?? []), ...(command ?? [])];
  const imageNode = nav.get(service, 'image');
  const image = nav.text(imageNode);
  const program = containerProgram(image, {
    runtime: 'compose',
    entrypoint: entrypoint?.map((arg) => arg.value),
    cmd: command?.map((arg) => arg.value),
  });
  if (program.kind === 'none') return [];
  const launcher: Launcher = { kind: 'compose', service: nav.keyText(pair) ?? '(unnamed)' };
  const env = serviceEnv(context, service);
  const open = [...env.open, ...(nav.get(service, 'env_file') !== undefined ? ['env_file is not read'] : [])];
  const composeProblems = argv.flatMap((arg) => (arg.badDollar ? [invalidTemplate(arg.span)] : []));
  const config = (span: Span, parsed: ParsedArgv, words: readonly ArgWord[], phrase?: string): EtcdConfig => {
    const scripts = program.bitnami
      ? bitnamiEnvironment(
          env.settings,
          env.variables,
          composeConfigMounted(context, service),
          program.bitnami.run,
          span,
        )
      : undefined;
    const reasons = [...program.open, ...open, ...(scripts?.open ?? []), ...opaqueWords(words)];
    return {
      file: context.fileRef,
      launcher: phrase ? { ...launcher, imageProgram: phrase } : launcher,
      span,
      kind: 'process',
      completeness: reasons.length === 0 ? { complete: true } : { complete: false, reasons },
      flags: parsed.flags,
      env: scripts?.env ?? env.settings,
      ...(scripts?.configFile ? { configFile: scripts.configFile } : {}),
      implied: scripts?.implied ?? [],
      startupProblems: [...composeProblems, ...parsed.startupProblems],
    };
  };
  const toWord = (arg: ComposeArg): ArgWord => ({
    value: arg.value,
    opaque: arg.opaque,
    span: arg.span,
    locate: (from, to) => arg.spanOf(from, to),
  });
  if (program.kind === 'etcd') {
    const words = argv.slice(program.flagsFrom).map(toWord);
    const written = program.at === undefined ? undefined : argv[program.at];
    const span = written?.span ?? (imageNode ? context.nodeSpan(imageNode) : undefined);
    if (!span) return [];
    const phrase = image === undefined ? undefined : imageProgramPhrase(program, image);
    return [config(span, parseEtcdArgv(words, false), words, phrase)];
  }
  const rest = argv.slice(program.index);
  const first = rest[0];
  if (!first || first.opaque) return [];
  if (isEtcdProgram(first.value)) {
    if (isEtcdSubcommand(rest[1]?.value)) return [];
    const words = rest.slice(1).map(toWord);
    return [config(first.span, parseEtcdArgv(words, false), words)];
  }
  const scriptIndex = shellScriptIndex(rest.map((arg) => arg.value));
  const script = scriptIndex === undefined ? undefined : rest[scriptIndex];
  if (!script) return [];
  return findEtcdInvocations(script.value).map((invocation) => {
    const words: ArgWord[] = invocation.args.map((word) => ({
      value: word.value,
      opaque: word.opaque || script.opaqueIn(word.start, word.end),
      span: script.spanOf(word.start, word.end),
      // A word written without quotes or escapes maps character for character into the script.
      ...(script.value.slice(word.start, word.end) === word.value
        ? { locate: (from: number, to: number) => script.spanOf(word.start + from, word.start + to) }
        : {}),
    }));
    const span = script.spanOf(invocation.program.start, invocation.program.end);
    return config(span, parseEtcdArgv(words, true), words);
  });
}

/** A service volume (`./conf:/opt/bitnami/etcd/conf`, or `target:` in the long form) at Bitnami's config path. */
function composeConfigMounted(context: YamlContext, service: Node | undefined): boolean {
  const { nav } = context;
  return nav.items(nav.get(service, 'volumes')).some((volume) => {
    const short = nav.text(volume);
    if (short !== undefined) {
      const parts = short.split(':');
      return parts.length >= 2 && isConfigPath(parts[1] as string);
    }
    const target = nav.text(nav.get(volume, 'target'));
    return target !== undefined && isConfigPath(target);
  });
}

/** compose-go's "Invalid template" error: Compose stops before creating any container. */
function invalidTemplate(span: Span): StartupProblem {
  return {
    message: `Compose will not start the service: a \`$\` that is not \`$$\`, \`$NAME\` or \`\${NAME}\` is an invalid interpolation (write \`$$\` for a literal \`$\`)`,
    span,
  };
}

/**
 * `command`/`entrypoint` as argv: a list is taken item by item, a string is split into words by
 * go-shellwords as compose-go does (types/command.go). Undefined when the key is absent or null.
 */
function argvOf(context: YamlContext, pair: Pair | undefined): ComposeArg[] | 'invalid' | undefined {
  const { nav } = context;
  const node = pair ? nav.resolve(pair.value) : undefined;
  if (!node || (isScalar(node) && node.value === null)) return undefined;
  const seq = nav.seq(node);
  if (seq) {
    const out: ComposeArg[] = [];
    for (const item of nav.items(seq)) {
      const text = nav.text(item);
      if (text === undefined) continue;
      out.push(tracedArg(context, item, interpolate(text), context.nodeSpan(item)));
    }
    return out;
  }
  const text = nav.text(node);
  if (text === undefined) return undefined;
  const words = shellWords(interpolate(text));
  if (!words) return 'invalid';
  return words.map((word) => tracedArg(context, node, word, context.valueSpan(node, word.start, word.end)));
}

function tracedArg(context: YamlContext, node: Node, traced: Traced, span: Span): ComposeArg {
  return {
    value: traced.text,
    opaque: traced.opaque.some(Boolean),
    badDollar: traced.badDollar.some(Boolean),
    span,
    spanOf: (start, end) => {
      const from = traced.from[start];
      const to = traced.to[Math.max(start, end - 1)];
      return from === undefined || to === undefined ? span : context.valueSpan(node, from, to);
    },
    opaqueIn: (start, end) => traced.opaque.slice(start, end).some(Boolean),
  };
}

/**
 * A string after Compose interpolation, each character traced to the characters [from, to) of the
 * scalar's value it comes from.
 */
interface Traced {
  text: string;
  from: number[];
  to: number[];
  /** The character is part of an unresolved `${VAR}` or `$VAR` (its value comes from the host). */
  opaque: boolean[];
  /** The character is a `$` that compose-go rejects ("Invalid template"). */
  badDollar: boolean[];
}

/** A word of a Compose command string, with the extent of its raw text (quotes included). */
interface TracedWord extends Traced {
  start: number;
  end: number;
}

function emptyTraced(): Traced {
  return { text: '', from: [], to: [], opaque: [], badDollar: [] };
}

function pushChar(out: Traced, c: string, from: number, to: number, opaque: boolean, bad = false): void {
  out.text += c;
  out.from.push(from);
  out.to.push(to);
  out.opaque.push(opaque);
  out.badDollar.push(bad);
}

/**
 * Compose interpolation (compose-go template/template.go): `$$` is a literal `$`; `$NAME` and
 * `${NAME...}` (with `:-`, `-`, `:?`, `?` forms, nested) take values from the host environment or
 * `.env`, so they stay as written and are marked opaque; any other `$` (`$(...)`, `$1`, a trailing
 * `$`) is an "Invalid template" error that stops Compose: it is kept literally and marked.
 */
function interpolate(value: string): Traced {
  const out = emptyTraced();
  let closing: Int32Array | undefined;
  let i = 0;
  while (i < value.length) {
    const c = value[i] as string;
    if (c !== '$') {
      pushChar(out, c, i, i + 1, false);
      i++;
      continue;
    }
    const next = value[i + 1] ?? '';
    if (next === '$') {
      pushChar(out, '$', i, i + 2, false);
      i += 2;
      continue;
    }
    let end = -1;
    if (next === '{') {
      if (/^[_a-z]/i.test(value[i + 2] ?? '')) {
        closing ??= bracedEnds(value);
        end = closing[i] ?? -1;
      }
    } else if (/^[_a-z]/i.test(next)) {
      end = i + 2;
      while (end < value.length && /^[_a-z0-9]/i.test(value[end] as string)) end++;
    }
    if (end < 0) {
      pushChar(out, '$', i, i + 1, false, true);
      i++;
      continue;
    }
    for (let k = i; k < end; k++) pushChar(out, value[k] as string, k, k + 1, true);
    i = end;
  }
  return out;
}

/**
 * For each `${` of the value, the offset after the `}` closing it, counting nested `${`; -1 when
 * unclosed. One pass with a stack: scanning forward from each `${` in turn was quadratic, and a
 * command of 100,000 unclosed `${A:-` took minutes.
 */
function bracedEnds(value: string): Int32Array {
  const ends = new Int32Array(value.length).fill(-1);
  const open: number[] = [];
  for (let k = 0; k < value.length; k++) {
    if (value[k] === '$' && value[k + 1] === '{') {
      open.push(k);
      k++;
    } else if (value[k] === '}') {
      const start = open.pop();
      if (start !== undefined) ends[start] = k + 1;
    }
  }
  return ends;
}

/**
 * mattn/go-shellwords `Parse` with its defaults (no variable or backtick expansion), as compose-go
 * splits a string `command`/`entrypoint`: blanks separate words; single and double quotes group
 * and are removed; a backslash outside single quotes takes the next character literally (also
 * inside double quotes); an unquoted `;`, `&`, `|`, `<` or `>` ends the command and the rest is
 * dropped; a `(` not after `$` and unclosed quotes are errors (undefined). As in go-shellwords,
 * quotes and escaped characters alone do not make a word, so `""` passes no argument.
 */
function shellWords(src: Traced): TracedWord[] | undefined {
  const words: TracedWord[] = [];
  let buf = emptyTraced();
  let start: number | undefined;
  let end = 0;
  let escaped = false;
  let doubleQuoted = false;
  let singleQuoted = false;
  let backQuote = false;
  let dollarQuote = false;
  let got = false;
  const add = (i: number) => {
    const c = src.text[i] as string;
    pushChar(buf, c, src.from[i] as number, src.to[i] as number, src.opaque[i] as boolean, src.badDollar[i]);
  };
  const touch = (i: number) => {
    start ??= src.from[i] as number;
    end = src.to[i] as number;
  };
  const emit = () => {
    words.push({ ...buf, start: start ?? 0, end });
    buf = emptyTraced();
    start = undefined;
    got = false;
  };
  for (let i = 0; i < src.text.length; i++) {
    const c = src.text[i] as string;
    if (escaped) {
      touch(i);
      add(i);
      escaped = false;
      continue;
    }
    if (c === '\\') {
      touch(i);
      if (singleQuoted) add(i);
      else escaped = true;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      if (singleQuoted || doubleQuoted || backQuote || dollarQuote) {
        touch(i);
        add(i);
      } else if (got) {
        emit();
      } else if (buf.text === '') {
        start = undefined;
      }
      continue;
    }
    const unquoted = !singleQuoted && !doubleQuoted;
    if (c === '`' && unquoted && !dollarQuote) {
      backQuote = !backQuote;
    } else if (c === ')' && unquoted && !backQuote) {
      dollarQuote = !dollarQuote;
    } else if (c === '(' && unquoted && !backQuote) {
      if (dollarQuote || !buf.text.endsWith('$')) return undefined;
      dollarQuote = true;
    } else if (c === '"' && !singleQuoted && !dollarQuote) {
      touch(i);
      doubleQuoted = !doubleQuoted;
      continue;
    } else if (c === "'" && !doubleQuoted && !dollarQuote) {
      touch(i);
      singleQuoted = !singleQuoted;
      continue;
    } else if (';&|<>'.includes(c) && unquoted && !backQuote) {
      // `2>file`: a word of digits before `>` is a file descriptor, not an argument.
      if (c === '>' && /^[0-9]/.test(buf.text)) got = false;
      break;
    }
    touch(i);
    got = true;
    add(i);
  }
  if (got) emit();
  if (escaped || singleQuoted || doubleQuoted || backQuote || dollarQuote) return undefined;
  return words;
}

/**
 * `environment` as a map (`ETCD_AUTO_TLS: "true"`; Compose turns an unquoted `true` into the string
 * `true`) or a list (`- ETCD_AUTO_TLS=true`, the value is everything after the first `=`, quotes
 * kept). A variable without a value (`ETCD_AUTO_TLS:` or `- ETCD_AUTO_TLS`) is taken from the host
 * and unknown here, as is a value holding `${VAR}`; both are left out and noted. etcd reads only
 * upper-case `ETCD_*` names.
 */
function serviceEnv(
  context: YamlContext,
  service: Node | undefined,
): { settings: Setting[]; open: string[]; variables: ImageVariable[] } {
  const { nav } = context;
  const environment = nav.get(service, 'environment');
  const settings: Setting[] = [];
  const open: string[] = [];
  const variables: ImageVariable[] = [];
  const add = (
    key: string,
    raw: string | undefined,
    span: Span,
    place: (from: number, to: number) => Span,
  ) => {
    const known = raw === undefined ? undefined : interpolate(raw);
    const literal =
      known && !known.opaque.some(Boolean) && !known.badDollar.some(Boolean) ? known.text : undefined;
    variables.push({ name: key, value: literal, span });
    if (raw === undefined) {
      if (/^ETCD_/.test(key)) open.push(`${key} is taken from the host environment`);
      return;
    }
    const traced = interpolate(raw);
    if (traced.opaque.some(Boolean) || traced.badDollar.some(Boolean)) {
      if (/^ETCD_/.test(key)) open.push(`${key} holds \`${raw}\`, whose value is not known here`);
      return;
    }
    // A `$$` shortens the value: then the characters no longer line up with the file.
    const where = traced.text === raw ? { locateValue: place } : {};
    const setting = envVariable(key, traced.text, span, { kind: 'compose' }, where);
    if (setting) settings.push(setting);
  };
  if (nav.map(environment)) {
    for (const pair of nav.pairs(environment)) {
      const key = nav.keyText(pair);
      const value = nav.resolve(pair.value);
      if (key === undefined) continue;
      const raw = !value || (isScalar(value) && value.value === null) ? undefined : nav.text(value);
      add(key, raw, context.pairSpan(pair), (from, to) => context.valueSpan(value as Node, from, to));
    }
  } else {
    for (const item of nav.items(environment)) {
      const entry = nav.text(item);
      if (entry === undefined) continue;
      const eq = entry.indexOf('=');
      const place = (from: number, to: number) => context.valueSpan(item, eq + 1 + from, eq + 1 + to);
      if (eq < 0) add(entry, undefined, context.nodeSpan(item), place);
      else add(entry.slice(0, eq), entry.slice(eq + 1), context.nodeSpan(item), place);
    }
  }
  return { settings, open, variables };
}
