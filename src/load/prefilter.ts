import type { FileRef } from '../model.js';
import {
  hasFormName,
  hasShellShebang,
  isHelmfilePath,
  isKustomizationName,
  isTemplateValuesPath,
} from './file-kinds.js';

/**
 * What a file's raw text says about whether it must be parsed:
 * - `settings`: it can configure etcd: it names etcd (a program, an `ETCD_*` variable, an `etcd:`
 *   key of kubeadm, k0s, RKE, Talos, k3s `etcd-arg`, a chart, an operator's API group...), or one
 *   of etcd's TLS settings a patch or a chart value can carry on its own (`--auto-tls`,
 *   `useAutoTLS`, `secureTransport`, `listen-client-urls`, `client-cert-auth`...), or it is a
 *   kustomization (it patches other files).
 * - `lookup`: a ConfigMap, which an etcd container may read through `configMapKeyRef` under any key
 *   name, so its text need not name etcd; or a values or variable file, which may decide a
 *   template's condition. It is not parsed: its path is kept, and the scan reads it in a second
 *   pass when a workload names a ConfigMap no parsed file defines, or a template asks for the
 *   values of its chart or role (see extract/).
 * - `none`: nothing in it can change a verdict; it is only counted.
 *
 * Conservative by construction: the tokens are matched ignoring case and allowing, between their
 * letters, anything the parsers we emulate can remove from inside a word (NOISE), so `e''tcd`,
 * `--a"uto-tls"` and a YAML `"--auto-\⏎  tls"` are all kept; a text with an escape that spells a letter, digit, `-` or `_` (`\u0065`, `\x65`, systemd's `\145`)
 * is kept whatever it spells. test/load/prefilter.test.ts proves that no dropped fixture, corpus
 * file or quoted variant of one gives a finding.
 */
export type Relevance = 'settings' | 'lookup' | 'none';

/**
 * The tokens that make a file worth parsing, matched without case and with NOISE allowed between
 * their letters: anything the parsers we emulate can remove from inside a word (quotes and
 * backslashes of shells, units and YAML, blanks and line breaks of folded or escaped YAML lines,
 * `$'...'`, and `-` between the parts of a name; not `_`: `AUTO_TLS_NOTE` is no setting, and
 * `ETCD_*` names carry `etcd` anyway). NOISE is `[\s'"`\\$-]*`; the tokens are etcd, autotls,
 * securetransport, transportsecurity, listenclient, listenpeer, advertiseclient, advertisepeer,
 * clientcertauth, and the kube-apiserver's programs kubeapiserver and hyperkube (etcd-shared-ca pairs
 * an etcd pod with the one kube-apiserver beside it, which need not name etcd; a second one
 * dropped would make the pairing look certain) (test/load/prefilter.test.ts checks each). Not certificate file names
 * (`certFile` is in half the charts of a chart repository): a kustomize patch that sets only those
 * for an etcd container is loaded because its kustomization names it.
 * One alternation: a single linear pass over the text.
 */
const SETTING_TOKEN =
  /e[\s'"`\\$-]*t[\s'"`\\$-]*c[\s'"`\\$-]*d|a[\s'"`\\$-]*u[\s'"`\\$-]*t[\s'"`\\$-]*o[\s'"`\\$-]*t[\s'"`\\$-]*l[\s'"`\\$-]*s|s[\s'"`\\$-]*e[\s'"`\\$-]*c[\s'"`\\$-]*u[\s'"`\\$-]*r[\s'"`\\$-]*e[\s'"`\\$-]*t[\s'"`\\$-]*r[\s'"`\\$-]*a[\s'"`\\$-]*n[\s'"`\\$-]*s[\s'"`\\$-]*p[\s'"`\\$-]*o[\s'"`\\$-]*r[\s'"`\\$-]*t|t[\s'"`\\$-]*r[\s'"`\\$-]*a[\s'"`\\$-]*n[\s'"`\\$-]*s[\s'"`\\$-]*p[\s'"`\\$-]*o[\s'"`\\$-]*r[\s'"`\\$-]*t[\s'"`\\$-]*s[\s'"`\\$-]*e[\s'"`\\$-]*c[\s'"`\\$-]*u[\s'"`\\$-]*r[\s'"`\\$-]*i[\s'"`\\$-]*t[\s'"`\\$-]*y|l[\s'"`\\$-]*i[\s'"`\\$-]*s[\s'"`\\$-]*t[\s'"`\\$-]*e[\s'"`\\$-]*n[\s'"`\\$-]*c[\s'"`\\$-]*l[\s'"`\\$-]*i[\s'"`\\$-]*e[\s'"`\\$-]*n[\s'"`\\$-]*t|l[\s'"`\\$-]*i[\s'"`\\$-]*s[\s'"`\\$-]*t[\s'"`\\$-]*e[\s'"`\\$-]*n[\s'"`\\$-]*p[\s'"`\\$-]*e[\s'"`\\$-]*e[\s'"`\\$-]*r|a[\s'"`\\$-]*d[\s'"`\\$-]*v[\s'"`\\$-]*e[\s'"`\\$-]*r[\s'"`\\$-]*t[\s'"`\\$-]*i[\s'"`\\$-]*s[\s'"`\\$-]*e[\s'"`\\$-]*c[\s'"`\\$-]*l[\s'"`\\$-]*i[\s'"`\\$-]*e[\s'"`\\$-]*n[\s'"`\\$-]*t|a[\s'"`\\$-]*d[\s'"`\\$-]*v[\s'"`\\$-]*e[\s'"`\\$-]*r[\s'"`\\$-]*t[\s'"`\\$-]*i[\s'"`\\$-]*s[\s'"`\\$-]*e[\s'"`\\$-]*p[\s'"`\\$-]*e[\s'"`\\$-]*e[\s'"`\\$-]*r|c[\s'"`\\$-]*l[\s'"`\\$-]*i[\s'"`\\$-]*e[\s'"`\\$-]*n[\s'"`\\$-]*t[\s'"`\\$-]*c[\s'"`\\$-]*e[\s'"`\\$-]*r[\s'"`\\$-]*t[\s'"`\\$-]*a[\s'"`\\$-]*u[\s'"`\\$-]*t[\s'"`\\$-]*h|k[\s'"`\\$-]*u[\s'"`\\$-]*b[\s'"`\\$-]*e[\s'"`\\$-]*a[\s'"`\\$-]*p[\s'"`\\$-]*i[\s'"`\\$-]*s[\s'"`\\$-]*e[\s'"`\\$-]*r[\s'"`\\$-]*v[\s'"`\\$-]*e[\s'"`\\$-]*r|h[\s'"`\\$-]*y[\s'"`\\$-]*p[\s'"`\\$-]*e[\s'"`\\$-]*r[\s'"`\\$-]*k[\s'"`\\$-]*u[\s'"`\\$-]*b[\s'"`\\$-]*e/i;

/** An `ETCD_` variable name, upper-case as etcd reads it and not inside another name, however quoted. */
const ETCD_VARIABLE_TOKEN = /(?<![A-Za-z0-9_])E[\s'"`\\$-]*T[\s'"`\\$-]*C[\s'"`\\$-]*D[\s'"`\\$-]*_/;

/**
 * SETTING_TOKEN without `etcd` itself, with `ETCD_` instead (not inside another name:
 * `MINIO_ETCD_ENDPOINTS` is MinIO's, `etcd_client_cert.pem` a file name), and with the config file's own
 * `client-`/`peer-transport-security` rather than any `transport-security` (nginx's
 * `Strict-Transport-Security` header is no etcd setting): a text that names one of etcd's
 * variables or TLS and listener settings (however quoted). A document that does not parse is worth a warning only then: a chart that
 * only names etcd (an etcd endpoint, an operator's labels) cannot hide an etcd setting.
 */
const SETTING_ONLY_TOKEN =
  /a[\s'"`\\$-]*u[\s'"`\\$-]*t[\s'"`\\$-]*o[\s'"`\\$-]*t[\s'"`\\$-]*l[\s'"`\\$-]*s|s[\s'"`\\$-]*e[\s'"`\\$-]*c[\s'"`\\$-]*u[\s'"`\\$-]*r[\s'"`\\$-]*e[\s'"`\\$-]*t[\s'"`\\$-]*r[\s'"`\\$-]*a[\s'"`\\$-]*n[\s'"`\\$-]*s[\s'"`\\$-]*p[\s'"`\\$-]*o[\s'"`\\$-]*r[\s'"`\\$-]*t|c[\s'"`\\$-]*l[\s'"`\\$-]*i[\s'"`\\$-]*e[\s'"`\\$-]*n[\s'"`\\$-]*t[\s'"`\\$-]*t[\s'"`\\$-]*r[\s'"`\\$-]*a[\s'"`\\$-]*n[\s'"`\\$-]*s[\s'"`\\$-]*p[\s'"`\\$-]*o[\s'"`\\$-]*r[\s'"`\\$-]*t[\s'"`\\$-]*s[\s'"`\\$-]*e[\s'"`\\$-]*c[\s'"`\\$-]*u[\s'"`\\$-]*r[\s'"`\\$-]*i[\s'"`\\$-]*t[\s'"`\\$-]*y|p[\s'"`\\$-]*e[\s'"`\\$-]*e[\s'"`\\$-]*r[\s'"`\\$-]*t[\s'"`\\$-]*r[\s'"`\\$-]*a[\s'"`\\$-]*n[\s'"`\\$-]*s[\s'"`\\$-]*p[\s'"`\\$-]*o[\s'"`\\$-]*r[\s'"`\\$-]*t[\s'"`\\$-]*s[\s'"`\\$-]*e[\s'"`\\$-]*c[\s'"`\\$-]*u[\s'"`\\$-]*r[\s'"`\\$-]*i[\s'"`\\$-]*t[\s'"`\\$-]*y|l[\s'"`\\$-]*i[\s'"`\\$-]*s[\s'"`\\$-]*t[\s'"`\\$-]*e[\s'"`\\$-]*n[\s'"`\\$-]*c[\s'"`\\$-]*l[\s'"`\\$-]*i[\s'"`\\$-]*e[\s'"`\\$-]*n[\s'"`\\$-]*t|l[\s'"`\\$-]*i[\s'"`\\$-]*s[\s'"`\\$-]*t[\s'"`\\$-]*e[\s'"`\\$-]*n[\s'"`\\$-]*p[\s'"`\\$-]*e[\s'"`\\$-]*e[\s'"`\\$-]*r|a[\s'"`\\$-]*d[\s'"`\\$-]*v[\s'"`\\$-]*e[\s'"`\\$-]*r[\s'"`\\$-]*t[\s'"`\\$-]*i[\s'"`\\$-]*s[\s'"`\\$-]*e[\s'"`\\$-]*c[\s'"`\\$-]*l[\s'"`\\$-]*i[\s'"`\\$-]*e[\s'"`\\$-]*n[\s'"`\\$-]*t|a[\s'"`\\$-]*d[\s'"`\\$-]*v[\s'"`\\$-]*e[\s'"`\\$-]*r[\s'"`\\$-]*t[\s'"`\\$-]*i[\s'"`\\$-]*s[\s'"`\\$-]*e[\s'"`\\$-]*p[\s'"`\\$-]*e[\s'"`\\$-]*e[\s'"`\\$-]*r|c[\s'"`\\$-]*l[\s'"`\\$-]*i[\s'"`\\$-]*e[\s'"`\\$-]*n[\s'"`\\$-]*t[\s'"`\\$-]*c[\s'"`\\$-]*e[\s'"`\\$-]*r[\s'"`\\$-]*t[\s'"`\\$-]*a[\s'"`\\$-]*u[\s'"`\\$-]*t[\s'"`\\$-]*h|t[\s'"`\\$-]*r[\s'"`\\$-]*u[\s'"`\\$-]*s[\s'"`\\$-]*t[\s'"`\\$-]*e[\s'"`\\$-]*d[\s'"`\\$-]*c[\s'"`\\$-]*a[\s'"`\\$-]*f[\s'"`\\$-]*i[\s'"`\\$-]*l[\s'"`\\$-]*e/i;

/** `configmap`, the same way. */
const CONFIG_MAP_TOKEN =
  /c[\s'"`\\$-]*o[\s'"`\\$-]*n[\s'"`\\$-]*f[\s'"`\\$-]*i[\s'"`\\$-]*g[\s'"`\\$-]*m[\s'"`\\$-]*a[\s'"`\\$-]*p/i;

/** An escape that a YAML/JSON, Go or systemd parser turns into a character of a token. */
const NAME_ESCAPE =
  /\\(?:u00(?:[46][1-9a-f]|[57][0-9a]|3[0-9]|2d|5f)|x(?:[46][1-9a-f]|[57][0-9a]|3[0-9]|2d|5f)|U0000(?:00[46][1-9a-f]|00[57][0-9a]|003[0-9]|002d|005f)|(?:1[0-7][0-7]|06[0-7]|07[01]|055|137))/i;

export function relevance(text: string, file: FileRef): Relevance {
  if (isKustomizationName(file.relPath)) return 'settings';
  if (needsShebang(file) && !hasShellShebang(text)) return 'none';
  if (mayConfigureEtcd(text)) return 'settings';
  // A values file (Helm) or variable file (Ansible), a GitOps release or a helmfile may decide a
  // template's condition without naming etcd, and a release may name a Flux source that does not
  // name it either: remembered, and read when a template or a release asks for it.
  return CONFIG_MAP_TOKEN.test(text) ||
    isTemplateValuesPath(file.relPath) ||
    isHelmfilePath(file.relPath) ||
    mentionsRelease(text)
    ? 'lookup'
    : 'none';
}

/**
 * The kinds of GitOps releases (Argo CD Application and ApplicationSet, Flux HelmRelease, k3s
 * HelmChart), of the Flux sources a HelmRelease names (HelmRepository, OCIRepository, HelmChart,
 * GitRepository) and of a HelmChart's HelmChartConfig, as a `kind:` line of YAML or JSON writes them.
 */
const RELEASE_KIND =
  /\bkind["']?\s*:\s*["']?(?:HelmRelease|HelmRepository|OCIRepository|HelmChartConfig|HelmChart|GitRepository|ApplicationSet|Application)\b/;

/** Whether the text may declare a GitOps release or a Flux source. */
export function mentionsRelease(text: string): boolean {
  return RELEASE_KIND.test(text);
}

/**
 * A file whose name says no form (an extension-less file in `bin/`, `hack/`...) can only be a shell
 * script with a `#!` line: no extractor reads such a file otherwise (extract/shell-script.ts reads
 * scripts by `*.sh` name or by that line), so any other is dropped.
 */
export function needsShebang(file: FileRef): boolean {
  return !hasFormName(file.relPath);
}

/** Whether the text names etcd or one of its TLS settings, however it is quoted or escaped. */
export function mayConfigureEtcd(text: string): boolean {
  return SETTING_TOKEN.test(text) || NAME_ESCAPE.test(text);
}

/** Whether the text names one of etcd's settings (not only etcd), however it is quoted or escaped. */
export function namesEtcdSetting(text: string): boolean {
  return ETCD_VARIABLE_TOKEN.test(text) || SETTING_ONLY_TOKEN.test(text) || NAME_ESCAPE.test(text);
}

/** Whether the text can define a ConfigMap: the test for `lookup`, also used by the scan's second pass. */
export function mentionsConfigMap(text: string): boolean {
  return CONFIG_MAP_TOKEN.test(text) || NAME_ESCAPE.test(text);
}
