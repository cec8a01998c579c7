// The kube-apiserver as etcd's client: which endpoints it dials and with which TLS files. Its flags
// are spf13/pflag flags (k8s.io/apiserver pkg/server/options/etcd.go): `--etcd-servers` and
// `--etcd-servers-overrides` are StringSlice flags, whose Set reads the value as one CSV record and
// appends to the list after the first time (pflag string_slice.go @ 04093e59), so repeated flags
// accumulate; `--etcd-certfile`, `--etcd-keyfile`, `--etcd-cafile` are strings, the last one wins.
// The etcd client then decides TLS per endpoint: `http` drops TLS even when files are given,
// `https`/`unixs` require it, `unix` uses it only if configured (etcd client/v3 internal/endpoint;
// shared/research/semantics-tls-posture.md §2.6).

import type { EtcdClientConfig, Setting, SettingOrigin, StartupProblem } from '../model.js';
import type { ArgWord } from './go-flags.js';
import { type ListedUrl, parseUrlList } from './urls.js';

export const CLIENT_FILES = ['etcd-certfile', 'etcd-keyfile', 'etcd-cafile'] as const;
export type ClientFileName = (typeof CLIENT_FILES)[number];

/** One etcd endpoint the kube-apiserver dials, with the setting that lists it. */
export interface EtcdEndpoint {
  setting: Setting;
  url: ListedUrl;
}

/** A TLS file flag: a non-empty path, written empty, absent (complete configuration), or not known. */
export interface ClientFile {
  state: 'set' | 'empty' | 'absent' | 'unknown';
  setting?: Setting;
}

export interface EffectiveClient {
  config: EtcdClientConfig;
  /** Every endpoint of `--etcd-servers` (all occurrences) and of `--etcd-servers-overrides`. */
  endpoints: EtcdEndpoint[];
  file(name: ClientFileName): ClientFile;
  startupProblems: StartupProblem[];
}

export function resolveClient(config: EtcdClientConfig): EffectiveClient {
  const flags = [...config.implied, ...config.flags];
  const complete = config.completeness.complete;
  const endpoints: EtcdEndpoint[] = [];
  for (const setting of flags) {
    if (setting.name === 'etcd-servers') endpoints.push(...serverUrls(setting));
    else if (setting.name === 'etcd-servers-overrides') endpoints.push(...overrideUrls(setting));
  }
  const file = (name: ClientFileName): ClientFile => {
    let winner: Setting | undefined;
    for (const setting of flags) if (setting.name === name) winner = setting;
    if (!winner) return { state: complete ? 'absent' : 'unknown' };
    if (winner.valueUnknown) return { state: 'unknown', setting: winner };
    return { state: (winner.rawValue ?? '') === '' ? 'empty' : 'set', setting: winner };
  };
  const problems = [...config.startupProblems];
  const cert = file('etcd-certfile');
  const key = file('etcd-keyfile');
  const one = [cert, key].filter((f) => f.state === 'set');
  const other = [cert, key].find((f) => f.state === 'empty' || f.state === 'absent');
  // transport.TLSInfo: a certificate without its key (or the reverse) fails when the client's TLS
  // config is built ("KeyFile and CertFile must both be present"), and the kube-apiserver exits.
  if (one.length === 1 && other) {
    const given = one[0]?.setting;
    problems.push({
      message:
        'the kube-apiserver will not start: --etcd-certfile and --etcd-keyfile must both be given (KeyFile and CertFile must both be present)',
      span: given?.span ?? config.span,
      ...(given?.file ? { file: given.file } : {}),
    });
  }
  return { config, endpoints, file, startupProblems: problems };
}

/** The URLs of one `--etcd-servers` value (a CSV record of URLs). */
function serverUrls(setting: Setting): EtcdEndpoint[] {
  return parseUrlList(setting.rawValue ?? '', { opaque: setting.valueUnknown === true, listen: false })
    .filter((url) => url.text !== '')
    .map((url) => ({ setting, url }));
}

/**
 * `group/resource#servers` entries, comma-separated, with the servers separated by `;`
 * (k8s.io/apiserver options EtcdOptions: "servers are URLs, semicolon separated").
 */
function overrideUrls(setting: Setting): EtcdEndpoint[] {
  const raw = setting.rawValue ?? '';
  const out: EtcdEndpoint[] = [];
  let entryStart = 0;
  for (const entry of raw.split(',')) {
    const hash = entry.indexOf('#');
    if (hash >= 0) {
      let at = entryStart + hash + 1;
      for (const server of entry.slice(hash + 1).split(';')) {
        for (const url of parseUrlList(server, { opaque: setting.valueUnknown === true, listen: false })) {
          if (url.text !== '')
            out.push({ setting, url: { ...url, start: url.start + at, end: url.end + at } });
        }
        at += server.length + 1;
      }
    }
    entryStart += entry.length + 1;
  }
  return out;
}

/** The kube-apiserver flags about etcd that its rules read. */
const CLIENT_FLAGS = new Set(['etcd-servers', 'etcd-servers-overrides', ...CLIENT_FILES, 'client-ca-file']);

/**
 * The kube-apiserver's etcd flags from its argv (argv[1:]), as pflag reads long flags: `--name=value`
 * or `--name value` (the next argument, for these string flags), parsing stops at `--`. Other flags
 * are skipped; a value-taking flag written `--other value` may hide nothing of ours, since values of
 * our flags are taken only right after them.
 */
export function parseApiServerArgv(words: readonly ArgWord[], inShellScript: boolean): Setting[] {
  const origin: SettingOrigin = { kind: 'flag', inShellScript };
  const out: Setting[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as ArgWord;
    if (word.value === '--') break;
    if (!word.value.startsWith('--')) continue;
    const eq = word.value.indexOf('=');
    const name = word.value.slice(2, eq < 0 ? undefined : eq);
    if (!CLIENT_FLAGS.has(name)) continue;
    const next = eq < 0 ? words[i + 1] : undefined;
    if (eq < 0 && !next) continue;
    const valueWord = next ?? word;
    const offset = next ? 0 : eq + 1;
    const rawValue = next ? next.value : word.value.slice(eq + 1);
    if (next) i++;
    const locate = valueWord.locate;
    const setting: Setting = {
      name,
      key: `--${name}`,
      text: next ? `${word.value} ${next.value}` : word.value,
      rawValue,
      origin,
      span:
        next && next.span.startLine === word.span.startLine
          ? { ...word.span, endColumn: next.span.endColumn }
          : word.span,
    };
    if (valueWord.opaque) setting.valueUnknown = true;
    if (locate) setting.locateValue = (from, to) => locate(offset + from, offset + to);
    out.push(setting);
  }
  return out;
}

/** `kube-apiserver`, `/usr/local/bin/kube-apiserver`; hyperkube runs it as `hyperkube kube-apiserver` (or `apiserver`). */
export function apiServerArgs<T extends { value: string }>(
  argv: readonly T[],
): { program: T; args: T[] } | undefined {
  const [program, first] = argv;
  if (!program) return undefined;
  const base = program.value.slice(program.value.lastIndexOf('/') + 1);
  if (base === 'kube-apiserver') return { program, args: argv.slice(1) };
  if (base === 'hyperkube' && first && (first.value === 'kube-apiserver' || first.value === 'apiserver'))
    return { program, args: argv.slice(2) };
  return undefined;
}
