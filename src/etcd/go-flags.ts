import type { GoBool, Setting, SettingOrigin, Span, StartupProblem } from '../model.js';

/** One element of etcd's argv with where it is written. */
export interface ArgWord {
  value: string;
  span: Span;
  /** The value holds an unexpanded variable or template placeholder. */
  opaque: boolean;
}

export interface ParsedArgv {
  flags: Setting[];
  startupProblems: StartupProblem[];
}

/**
 * etcd's boolean flags (etcd 3.4 to 3.6 and main). Go's flag package lets a boolean flag stand
 * alone, while any other flag written without `=` takes the next argument as its value, so this
 * list decides where the next flag starts.
 */
const BOOLEAN_FLAGS = new Set([
  'auto-tls',
  'peer-auto-tls',
  'client-cert-auth',
  'peer-client-cert-auth',
  'strict-reconfig-check',
  'enable-v2',
  'enable-pprof',
  'enable-grpc-gateway',
  'enable-log-rotation',
  'force-new-cluster',
  'pre-vote',
  'socket-reuse-port',
  'socket-reuse-address',
  'unsafe-no-fsync',
  'version',
  'discovery-insecure-transport',
  'discovery-insecure-skip-tls-verify',
  'experimental-peer-skip-client-san-verification',
  'experimental-initial-corrupt-check',
  'experimental-enable-lease-checkpoint',
  'experimental-enable-lease-checkpoint-persist',
  'experimental-enable-distributed-tracing',
  'experimental-memory-mlock',
  'experimental-txn-mode-write-with-shared-buffer',
  'experimental-stop-grpc-service-on-defrag',
  'experimental-compact-hash-check-enabled',
  'initial-corrupt-check',
  'enable-distributed-tracing',
  'memory-mlock',
  'txn-mode-write-with-shared-buffer',
  'stop-grpc-service-on-defrag',
  'compact-hash-check-enabled',
  'peer-skip-client-san-verification',
]);

/** Go's strconv.ParseBool: exactly these spellings, nothing else (no `yes`, no quotes, no spaces). */
export function parseGoBool(raw: string): GoBool {
  switch (raw) {
    case '1':
    case 't':
    case 'T':
    case 'TRUE':
    case 'true':
    case 'True':
      return { kind: 'true' };
    case '0':
    case 'f':
    case 'F':
    case 'FALSE':
    case 'false':
    case 'False':
      return { kind: 'false' };
    default:
      return { kind: 'invalid', meansTrue: looksTrue(raw) };
  }
}

const TRUE_WORDS = new Set(['true', 't', '1', 'yes', 'y', 'on', 'enable', 'enabled']);

/** For a value etcd rejects, whether the writer evidently meant "true" (`yes`, `"true"`, `on`). */
function looksTrue(raw: string): boolean {
  const unquoted = raw
    .trim()
    .replace(/^(["'])(.*)\1$/s, '$2')
    .trim();
  return TRUE_WORDS.has(unquoted.toLowerCase());
}

/**
 * Reads etcd's arguments (argv[1:]) as Go's `flag` package does: one or two dashes, `name=value`
 * or a bare boolean, the next argument as the value of a non-boolean flag, and parsing stops at the
 * first argument that is not a flag or after `--`. etcd then refuses to start because of the
 * leftover argument ("%q is not a valid flag"), which is recorded as a start-up problem.
 */
export function parseEtcdArgv(words: readonly ArgWord[], inShellScript: boolean): ParsedArgv {
  const origin: SettingOrigin = { kind: 'flag', inShellScript };
  const flags: Setting[] = [];
  const startupProblems: StartupProblem[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as ArgWord;
    const s = word.value;
    if (s === '--') {
      const rest = words[i + 1];
      if (rest) startupProblems.push(notAFlag(rest));
      break;
    }
    if (s.length < 2 || s[0] !== '-') {
      // An unexpanded `$ARGS` or `{{ extra_args }}` may expand to flags: keep reading after it.
      if (word.opaque) continue;
      startupProblems.push(notAFlag(word));
      break;
    }
    const dashes = s[1] === '-' ? 2 : 1;
    const body = s.slice(dashes);
    if (body.length === 0 || body[0] === '-' || body[0] === '=') {
      startupProblems.push({ message: `etcd will not start: bad flag syntax "${s}"`, span: word.span });
      break;
    }
    const eq = body.indexOf('=', 1);
    const name = eq < 0 ? body : body.slice(0, eq);
    let rawValue = eq < 0 ? undefined : body.slice(eq + 1);
    let span = word.span;
    let text = s;
    const next = words[i + 1];
    if (rawValue === undefined && !BOOLEAN_FLAGS.has(name) && next && !next.value.startsWith('-')) {
      rawValue = next.value;
      i++;
      if (next.span.startLine === span.startLine) span = { ...span, endColumn: next.span.endColumn };
      text = `${s} ${next.value}`;
    }
    flags.push({ name, text, rawValue, origin, span });
    if (BOOLEAN_FLAGS.has(name) && rawValue !== undefined && parseGoBool(rawValue).kind === 'invalid') {
      startupProblems.push({
        message: `etcd will not start: invalid boolean value "${rawValue}" for -${name} (Go accepts only 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False)`,
        span: word.span,
        flag: name,
      });
    }
  }
  return { flags, startupProblems };
}

function notAFlag(word: ArgWord): StartupProblem {
  return {
    message: `etcd will not start: "${word.value}" is not a valid flag (Go stops reading flags at the first plain argument)`,
    span: word.span,
  };
}

export function isBooleanFlag(name: string): boolean {
  return BOOLEAN_FLAGS.has(name);
}
