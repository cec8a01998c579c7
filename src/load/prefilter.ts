import type { FileRef } from '../model.js';
import { isKustomizationName } from './file-kinds.js';

/**
 * What a file's raw text says about whether it must be parsed:
 * - `settings`: it can configure etcd: it names etcd (a program, an `ETCD_*` variable, an `etcd:`
 *   key of kubeadm, k0s, RKE, Talos, k3s `etcd-arg`, a chart, an operator's API group...), or one
 *   of etcd's TLS settings a patch or a chart value can carry on its own (`--auto-tls`,
 *   `useAutoTLS`, `secureTransport`, `listen-client-urls`, `client-cert-auth`...), or it is a
 *   kustomization (it patches other files).
 * - `lookup`: a ConfigMap, which an etcd container may read through `configMapKeyRef` under any key
 *   name, so its text need not name etcd. It is not parsed: its path is kept, and the scan reads
 *   it in a second pass when a workload names a ConfigMap no parsed file defines (see extract/).
 * - `none`: nothing in it can change a verdict; it is only counted.
 *
 * Conservative by construction: the tokens are looked for after removing everything the parsers we
 * emulate can remove from inside a word (quotes and backslashes of shells, units and YAML, blanks
 * and line breaks of folded or escaped YAML lines, `$'...'`, `-` between parts of a name)
 * and ignoring case, so `e''tcd`, `--a"uto-tls"` and a YAML `"--auto-\⏎  tls"` are all kept; a
 * text with an escape that spells a letter, digit, `-` or `_` (`\u0065`, `\x65`, systemd's `\145`)
 * is kept whatever it spells. test/load/prefilter.test.ts proves that no dropped fixture, corpus
 * file or quoted variant of one gives a finding.
 */
export type Relevance = 'settings' | 'lookup' | 'none';

/** Removed before matching: quoting, escaping, blanks, line breaks, and `-` (not `_`: `AUTO_TLS_NOTE` is no setting). */
const NOISE = /[\s'"`\\$-]+/g;

/** Tokens in the normalised (lower-case, NOISE-free) text that make a file worth parsing. */
const TOKENS = [
  'etcd',
  'autotls',
  'securetransport',
  'transportsecurity',
  'listenclient',
  'listenpeer',
  'advertiseclient',
  'advertisepeer',
  'clientcertauth',
  'trustedcafile',
  'certfile',
  'keyfile',
];

/** An escape that a YAML/JSON, Go or systemd parser turns into a character of a token. */
const NAME_ESCAPE =
  /\\(?:u00(?:[46][1-9a-f]|[57][0-9a]|3[0-9]|2d|5f)|x(?:[46][1-9a-f]|[57][0-9a]|3[0-9]|2d|5f)|U0000(?:00[46][1-9a-f]|00[57][0-9a]|003[0-9]|002d|005f)|(?:1[0-7][0-7]|06[0-7]|07[01]|055|137))/i;

export function relevance(text: string, file: FileRef): Relevance {
  if (isKustomizationName(file.relPath) || NAME_ESCAPE.test(text)) return 'settings';
  const normalised = normalise(text);
  if (TOKENS.some((token) => normalised.includes(token))) return 'settings';
  return normalised.includes('configmap') ? 'lookup' : 'none';
}

/** Whether the text can define a ConfigMap: the test for `lookup`, also used by the scan's second pass. */
export function mentionsConfigMap(text: string): boolean {
  return NAME_ESCAPE.test(text) || normalise(text).includes('configmap');
}

function normalise(text: string): string {
  return text.replace(NOISE, '').toLowerCase();
}
