// One side of etcd (client or peer) as it would run: its listeners and what each one serves, its
// certificates, auto-TLS, trusted CA and client-certificate auth, and why etcd would refuse to start
// because of that side. Read from the effective settings only (resolve.ts decides precedence).
// Sources: server/embed/etcd.go configurePeerListeners/configureClientListeners and
// client/pkg/transport (listener.go, listener_tls.go) at etcd main and release-3.4 to 3.6, as cited
// in shared/research/semantics-tls-posture.md §2.2-§2.4.

import type { Setting, Span, StartupProblem } from '../model.js';
import type { EffectiveSetting, Layer } from './resolve.js';
import { SIDE_FLAGS, settingSpec, type TlsSide } from './settings.js';
import { isPlaintext, isTls, type ListedUrl, parseUrlList } from './urls.js';

/** The settings whose URLs etcd listens on, per side (never `listen-metrics-urls`: /metrics and /health only). */
export const LISTEN_SETTINGS: Record<TlsSide, readonly string[]> = {
  client: ['listen-client-urls', 'listen-client-http-urls'],
  peer: ['listen-peer-urls'],
};

/** The client-certificate settings of a side. */
export const AUTH_SETTINGS: Record<TlsSide, { clientCertAuth: string; trustedCa: string }> = {
  client: { clientCertAuth: 'client-cert-auth', trustedCa: 'trusted-ca-file' },
  peer: { clientCertAuth: 'peer-client-cert-auth', trustedCa: 'peer-trusted-ca-file' },
};

/** One URL etcd listens on, with the setting that gives it (none for etcd's own default). */
export interface Listener {
  name: string;
  layer: Layer;
  setting?: Setting;
  url: ListedUrl;
  /** The URL is etcd's default, kept because the setting is empty: it is not in the setting's text. */
  defaulted?: boolean;
}

export type Known = 'set' | 'absent' | 'unknown';

export interface SidePosture {
  side: TlsSide;
  /** Every listener whose value is known (a setting with an unknown value adds none). */
  listeners: Listener[];
  /** A listener setting of this side has a value not known from the files. */
  listenersUnknown: boolean;
  plaintext: Listener[];
  tls: Listener[];
  /** Both certificate files non-empty (`set`), not both (`absent`), or not known. */
  certificates: Known;
  /** Auto-TLS generates the certificate: on, both files empty (etcd TLSInfo.Empty()). */
  autoTls: 'on' | 'off' | 'unknown';
  trustedCa: Known;
  /** Problems of this side that stop etcd (listener URLs, https without certificates, T17). */
  problems: StartupProblem[];
}

interface SideInput {
  get(name: string): EffectiveSetting;
  readsConfigFile: boolean;
  /** The launcher's span: where a problem about a default is anchored. */
  span: Span;
}

export function sidePosture(input: SideInput, side: TlsSide): SidePosture {
  const listeners: Listener[] = [];
  const problems: StartupProblem[] = [];
  let listenersUnknown = false;
  for (const name of LISTEN_SETTINGS[side]) {
    const value = input.get(name);
    if (value.layer === 'unknown') {
      listenersUnknown = true;
      continue;
    }
    let raw = writtenValue(value) ?? '';
    const defaulted = raw === '' && value.layer !== 'etcd-default';
    if (raw === '') {
      // An empty value keeps etcd's default: on the command line "" is the URL flags' allowed
      // exception (flags.NewUniqueURLsWithExceptions(default, "")), whose Set leaves the default
      // list in place (EMPIRICAL, 3.4.23: `--listen-client-urls=` serves on 127.0.0.1:2379); a config
      // file decodes URL keys only when non-empty. `listen-client-http-urls` defaults to none.
      raw = value.spec?.default ?? '';
      if (raw === '') continue;
    }
    for (const url of parseUrlList(raw, { opaque: value.setting?.valueUnknown === true, listen: true })) {
      const listener: Listener = {
        name,
        layer: value.layer,
        url,
        ...(value.setting ? { setting: value.setting } : {}),
        ...(defaulted ? { defaulted } : {}),
      };
      listeners.push(listener);
      if (url.problem && value.setting && certain(value.setting))
        problems.push(urlProblem(value.setting, url, `etcd will not start: ${url.problem}`));
    }
  }
  const plaintext = listeners.filter((l) => !l.url.problem && isPlaintext(l.url.scheme));
  const tls = listeners.filter((l) => !l.url.problem && isTls(l.url.scheme));
  const { certFile, keyFile, autoTls: autoTlsName } = SIDE_FLAGS[side];
  const cert = input.get(certFile);
  const key = input.get(keyFile);
  const certificates = bothKnown(cert, key)
    ? nonEmpty(cert) && nonEmpty(key)
      ? 'set'
      : 'absent'
    : 'unknown';
  const auto = input.get(autoTlsName);
  const bothEmpty = bothKnown(cert, key) && !nonEmpty(cert) && !nonEmpty(key);
  const autoTls =
    auto.layer === 'unknown' || auto.setting?.valueUnknown
      ? 'unknown'
      : auto.bool?.kind === 'true' && bothEmpty
        ? 'on'
        : auto.bool?.kind === 'true' && !bothKnown(cert, key)
          ? 'unknown'
          : 'off';
  const ca = input.get(AUTH_SETTINGS[side].trustedCa);
  const trustedCa: Known = ca.layer === 'unknown' ? 'unknown' : nonEmpty(ca) ? 'set' : 'absent';
  const firstTls = tls[0];
  if (firstTls && certificates === 'absent' && autoTls === 'off' && certain(firstTls.setting))
    problems.push(missingCertificates(side, firstTls, [cert, key], input.span));
  const advertise = advertiseProblem(input, side, listeners);
  if (advertise) problems.push(advertise);
  return { side, listeners, listenersUnknown, plaintext, tls, certificates, autoTls, trustedCa, problems };
}

function bothKnown(a: EffectiveSetting, b: EffectiveSetting): boolean {
  return a.layer !== 'unknown' && b.layer !== 'unknown';
}

/**
 * The value as written: resolve gives none for a value holding a variable or template expression
 * (`--cert-file=$(DIR)/server.crt`, `http://$(POD_IP):2379`), whose literal parts still tell a
 * scheme or that a file is named.
 */
function writtenValue(value: EffectiveSetting): string | undefined {
  return value.setting?.valueUnknown ? value.setting.rawValue : value.raw;
}

function nonEmpty(value: EffectiveSetting): boolean {
  const raw = writtenValue(value);
  return raw !== undefined && raw !== '';
}

/**
 * Whether a setting is rendered for sure: written unconditionally, or under a template condition
 * the repository's values decide. One rendered only under an undecided condition may be the other
 * branch's alternative, so etcd is not said to refuse to start because of it.
 */
function certain(setting: Setting | undefined): boolean {
  return !setting?.conditional || setting.conditional.rendered === true;
}

/** Where a URL of a setting is written: the URL itself when the extractor can place it. */
export function urlSpan(setting: Setting, url: ListedUrl): Span {
  return setting.locateValue?.(url.start, url.end) ?? setting.span;
}

/** Where a listener is written: its URL, or the (empty) setting that keeps etcd's default. */
export function listenerSpan(listener: Listener & { setting: Setting }): Span {
  return listener.defaulted ? listener.setting.span : urlSpan(listener.setting, listener.url);
}

function urlProblem(setting: Setting, url: ListedUrl, message: string): StartupProblem {
  return {
    message,
    span: urlSpan(setting, url),
    flag: setting.name,
    ...(setting.file ? { file: setting.file } : {}),
  };
}

/**
 * An https (or unixs) listener without both certificate files and without auto-TLS: etcd exits
 * ("TLS key/cert (--cert-file, --key-file) must be provided for client url %s with HTTPS scheme";
 * peer: "cannot listen on TLS for %s: KeyFile and CertFile are not presented"; EMPIRICAL T1, T2).
 * Anchored on a certificate setting the user wrote, else on the listener.
 */
function missingCertificates(
  side: TlsSide,
  listener: Listener,
  files: EffectiveSetting[],
  launcherSpan: Span,
): StartupProblem {
  const message =
    side === 'client'
      ? `etcd will not start: TLS key/cert (--cert-file, --key-file) must be provided for client url ${listener.url.text} with HTTPS scheme`
      : `etcd will not start: cannot listen on TLS for ${listener.url.text}: KeyFile and CertFile are not presented (--peer-cert-file, --peer-key-file)`;
  const written = files.find(
    (file) => file.setting && file.layer !== 'launcher-default' && file.layer !== 'etcd-default',
  )?.setting;
  const anchor = written ?? (listener.layer === 'launcher-default' ? undefined : listener.setting);
  if (!anchor) return { message, span: launcherSpan, side };
  const span = anchor === listener.setting ? urlSpan(anchor, listener.url) : anchor.span;
  return { message, span, side, ...(anchor.file ? { file: anchor.file } : {}) };
}

/**
 * On the command line (flags or variables, not a config file) a client listen URL without an
 * advertise URL stops etcd: etcdmain drops the default advertise URL when `listen-client-urls` is
 * set ("When listening on specific address(es), this etcd process must advertise accessible url(s)
 * to each connected client"; EMPIRICAL T17 flag, T18 variable; a config file keeps the default, C5).
 */
function advertiseProblem(
  input: SideInput,
  side: TlsSide,
  listeners: readonly Listener[],
): StartupProblem | undefined {
  if (side !== 'client' || input.readsConfigFile) return undefined;
  const listen = input.get('listen-client-urls');
  if (listen.layer !== 'flag' && listen.layer !== 'env') return undefined;
  if (!listen.setting || !certain(listen.setting)) return undefined;
  if (input.get('advertise-client-urls').layer !== 'etcd-default') return undefined;
  const first = listeners.find((l) => l.name === 'listen-client-urls');
  const spelled = listen.layer === 'env' ? listen.setting.key : '--listen-client-urls';
  return {
    message: `etcd will not start: ${spelled} is set without an advertise URL (--advertise-client-urls or ETCD_ADVERTISE_CLIENT_URLS): "When listening on specific address(es), this etcd process must advertise accessible url(s) to each connected client"`,
    span: first ? listenerSpan({ ...first, setting: listen.setting }) : listen.setting.span,
    flag: 'listen-client-urls',
    ...(listen.setting.file ? { file: listen.setting.file } : {}),
  };
}

/** The side a start-up problem is about, or undefined when it stops the whole process. */
export function problemSide(problem: StartupProblem): TlsSide | undefined {
  if (problem.side) return problem.side;
  return problem.flag ? settingSpec(problem.flag)?.side : undefined;
}
