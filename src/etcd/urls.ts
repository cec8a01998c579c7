// URL lists as etcd reads them (listen and advertise URLs), and as the kube-apiserver's etcd client
// dials them. etcd: pkg/flags UniqueURLs.Set splits the value at `,`; client/pkg/types NewURLs
// trims each entry, parses it with Go's net/url (which lower-cases the scheme), accepts only
// `http`, `https`, `unix`, `unixs`, and for http/https wants `host:port` and no path ("URL address
// does not have the form host:port", "URL must not contain a path"). A listen URL must then bind an
// IP or the literal `localhost` (server/embed/config.go checkBindURLs: "expected IP in URL for
// binding"). The scheme alone decides TLS: `http`/`unix` serve plaintext whatever certificate files
// are given (server/embed/etcd.go; EMPIRICAL T4 in shared/research/semantics-tls-posture.md §2.3).

export type UrlScheme = 'http' | 'https' | 'unix' | 'unixs';

/**
 * Who can reach a listener: `local` (a loopback address, `localhost`, a unix socket) or `network`
 * (any other address, every interface, or a host written as a placeholder, which may be any).
 */
export type Reach = 'local' | 'network';

/** One entry of a comma-separated URL list. */
export interface ListedUrl {
  /** The entry as etcd sees it (trimmed). */
  text: string;
  /** Offsets of `text` in the value it comes from. */
  start: number;
  end: number;
  /** The scheme, lower-cased; undefined when it is not known (a placeholder) or not a scheme etcd accepts. */
  scheme: UrlScheme | undefined;
  /** For a listener with a known scheme; undefined when the host cannot be classified. */
  reach: Reach | undefined;
  /** Why etcd rejects this entry (only for entries written literally): etcd will not start. */
  problem?: string;
}

/** Characters that never occur in a URL etcd accepts, and mark a variable or a blanked template. */
const PLACEHOLDER_CHARS = ' \t\r\n{}$<>%`';

function hasPlaceholder(text: string): boolean {
  for (const c of text) if (PLACEHOLDER_CHARS.includes(c)) return true;
  return false;
}

/**
 * The entries of a URL list. `opaque`: the value holds an unexpanded variable or a template
 * placeholder, so only literal parts are known and no entry is judged invalid. `listen`: the URLs
 * are listeners, whose hosts etcd binds (and classifies here).
 */
export function parseUrlList(
  raw: string,
  options: { opaque?: boolean; listen: boolean },
): readonly ListedUrl[] {
  // The same values recur across the processes of a tree (copies of one manifest): parsed once.
  const key = `${options.listen ? 'l' : 'd'}${options.opaque ? 'o' : '-'}${raw}`;
  const cached = PARSED.get(key);
  if (cached) return cached;
  if (PARSED.size >= MAX_CACHED) PARSED.clear();
  const parsed = parseList(raw, options);
  PARSED.set(key, parsed);
  return parsed;
}

const PARSED = new Map<string, readonly ListedUrl[]>();
const MAX_CACHED = 4096;

function parseList(raw: string, options: { opaque?: boolean; listen: boolean }): ListedUrl[] {
  // A blank in the value is allowed around entries (TrimSpace) but is also what a blanked template
  // action leaves: a value with one is read leniently, never as a start-up problem.
  const lenient = options.opaque === true || hasPlaceholder(raw);
  const out: ListedUrl[] = [];
  let from = 0;
  for (;;) {
    const comma = raw.indexOf(',', from);
    const to = comma < 0 ? raw.length : comma;
    let start = from;
    let end = to;
    while (start < end && isBlank(raw[start] as string)) start++;
    while (end > start && isBlank(raw[end - 1] as string)) end--;
    const text = raw.slice(start, end);
    const entry = lenient || hasPlaceholder(text) ? lenientEntry(text) : literalEntry(text, options.listen);
    out.push({ text, start, end, ...entry });
    if (comma < 0) break;
    from = comma + 1;
  }
  return out;
}

type Classified = Pick<ListedUrl, 'scheme' | 'reach' | 'problem'>;

function isBlank(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n';
}

/** The scheme written before `://`, lower-cased as Go's url.Parse does; undefined if none is written. */
function schemeOf(text: string): { scheme: string; rest: string } | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0) return undefined;
  const scheme = text.slice(0, colon);
  if (!isAlpha(scheme[0] as string)) return undefined;
  for (const c of scheme)
    if (!isAlpha(c) && !isDigit(c) && c !== '+' && c !== '-' && c !== '.') return undefined;
  return { scheme: scheme.toLowerCase(), rest: text.slice(colon + 1) };
}

function isAlpha(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function knownScheme(scheme: string): UrlScheme | undefined {
  return scheme === 'http' || scheme === 'https' || scheme === 'unix' || scheme === 'unixs'
    ? scheme
    : undefined;
}

/**
 * An entry holding a placeholder: the scheme counts only when written literally before `://`
 * (`http://{{ .ip }}:2379` is plaintext for certain), and a host that is not itself a literal
 * address is taken as reachable from the network.
 */
function lenientEntry(text: string): Classified {
  const parsed = schemeOf(text);
  const scheme = parsed && !hasPlaceholder(parsed.scheme) ? knownScheme(parsed.scheme) : undefined;
  if (!scheme || !parsed?.rest.startsWith('//')) return { scheme: undefined, reach: undefined };
  if (scheme === 'unix' || scheme === 'unixs') return { scheme, reach: 'local' };
  const host = hostOf(authorityOf(parsed.rest.slice(2)));
  const literal = host !== undefined && !hasPlaceholder(host) && hostKind(host) === 'loopback';
  return { scheme, reach: literal ? 'local' : 'network' };
}

/** An entry written literally: parsed as etcd does, with the reason etcd rejects it if it does. */
function literalEntry(text: string, listen: boolean): Classified {
  const parsed = schemeOf(text);
  const scheme = parsed ? knownScheme(parsed.scheme) : undefined;
  // The etcd client reads an endpoint without a known scheme by whether it has TLS files (CredsOptional).
  if ((!parsed || !scheme) && !listen) return { scheme: undefined, reach: undefined };
  if (!parsed || !scheme) {
    return {
      scheme: undefined,
      reach: undefined,
      problem: `"${text}" is not a URL etcd accepts (URL scheme must be http, https, unix, or unixs)`,
    };
  }
  if (scheme === 'unix' || scheme === 'unixs') return { scheme, reach: 'local' };
  // Go's url.Parse: `scheme://authority/path?query#fragment`; without `//` there is no host.
  const rest = parsed.rest.startsWith('//') ? parsed.rest.slice(2) : undefined;
  const authority = rest === undefined ? '' : authorityOf(rest);
  if (!listen) {
    // An endpoint the etcd client dials: the scheme decides TLS (client/v3 internal/endpoint), the
    // host only how far the traffic goes; a host name is taken as another machine.
    const host = hostOf(authority) ?? authority.slice(authority.lastIndexOf('@') + 1);
    return { scheme, reach: hostKind(host) === 'loopback' ? 'local' : 'network' };
  }
  const path = rest === undefined ? parsed.rest : rest.slice(authority.length).split('?')[0]?.split('#')[0];
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  const host = hostOf(authority);
  if (host === undefined || !hasPort(hostPort)) {
    return {
      scheme,
      reach: undefined,
      problem: `URL address does not have the form "host:port": ${text}`,
    };
  }
  if (path !== undefined && path !== '') {
    return { scheme, reach: undefined, problem: `URL must not contain a path: ${text}` };
  }
  const kind = hostKind(host);
  if (kind === 'hostname') {
    return {
      scheme,
      reach: undefined,
      problem: `a listen URL must bind an IP address or \`localhost\`, not the host name in ${text} ("expected IP in URL for binding")`,
    };
  }
  return { scheme, reach: kind === 'loopback' ? 'local' : 'network' };
}

/** The authority of `host:port/path...`: up to the first `/`, `?` or `#`. */
function authorityOf(rest: string): string {
  let end = rest.length;
  for (const stop of ['/', '?', '#']) {
    const at = rest.indexOf(stop);
    if (at >= 0 && at < end) end = at;
  }
  return rest.slice(0, end);
}

/** net.SplitHostPort's host: `[v6]:port` or `host:port` (one colon); undefined when it fails. */
function hostOf(authority: string): string | undefined {
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    if (close < 0 || hostPort[close + 1] !== ':') return undefined;
    return hostPort.slice(1, close);
  }
  const colon = hostPort.lastIndexOf(':');
  if (colon < 0 || hostPort.indexOf(':') !== colon) return undefined;
  return hostPort.slice(0, colon);
}

function hasPort(hostPort: string): boolean {
  return hostPort.startsWith('[') ? hostPort.includes(']:') : hostPort.includes(':');
}

/**
 * What a bind host is: `localhost` (the one name etcd accepts), a loopback address (127.0.0.0/8,
 * ::1, an IPv4-mapped loopback), another address (0.0.0.0 and :: mean every interface), or a name.
 * Addresses are parsed as Go's net.ParseIP (Go 1.17 and later: no leading zeros, no zones).
 */
export function hostKind(host: string): 'loopback' | 'address' | 'hostname' {
  if (host === 'localhost') return 'loopback';
  const v4 = parseIPv4(host);
  if (v4) return v4[0] === 127 ? 'loopback' : 'address';
  const v6 = parseIPv6(host);
  if (!v6) return 'hostname';
  const mapped = v6.slice(0, 5).every((g) => g === 0) && v6[5] === 0xffff;
  if (mapped) return (v6[6] as number) >> 8 === 127 ? 'loopback' : 'address';
  return v6.slice(0, 7).every((g) => g === 0) && v6[7] === 1 ? 'loopback' : 'address';
}

function parseIPv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const out: number[] = [];
  for (const part of parts) {
    if (part.length === 0 || part.length > 3 || (part.length > 1 && part[0] === '0')) return undefined;
    for (const c of part) if (!isDigit(c)) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    out.push(n);
  }
  return out;
}

function isHex(c: string): boolean {
  return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/** Eight 16-bit groups, or undefined (Go's parseIPv6: one `::`, an optional IPv4 tail). */
function parseIPv6(text: string): number[] | undefined {
  if (!text.includes(':')) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string): number[] | undefined => {
    if (half === '') return [];
    const out: number[] = [];
    const parts = half.split(':');
    for (const [i, part] of parts.entries()) {
      if (i === parts.length - 1 && part.includes('.')) {
        const v4 = parseIPv4(part);
        if (!v4) return undefined;
        out.push(((v4[0] as number) << 8) | (v4[1] as number), ((v4[2] as number) << 8) | (v4[3] as number));
        continue;
      }
      if (part.length === 0 || part.length > 4) return undefined;
      for (const c of part) if (!isHex(c)) return undefined;
      out.push(Number.parseInt(part, 16));
    }
    return out;
  };
  const head = groups(halves[0] as string);
  const tail = halves.length === 2 ? groups(halves[1] as string) : [];
  if (!head || !tail) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return undefined;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

/** The plaintext schemes: etcd serves them without TLS, and its client dials them without TLS. */
export function isPlaintext(scheme: UrlScheme | undefined): boolean {
  return scheme === 'http' || scheme === 'unix';
}

export function isTls(scheme: UrlScheme | undefined): boolean {
  return scheme === 'https' || scheme === 'unixs';
}
