import type { FileRef } from '../model.js';

/**
 * What a file's raw text says about whether it must be parsed:
 * - `settings`: it can hold an auto-TLS setting. Every finding sits on text that spells auto-TLS:
 *   `--auto-tls`, `auto-tls:`, `ETCD_AUTO_TLS`, `useAutoTLS`, also with shell quoting inside the word
 *   (`--auto-"tls"`, `--auto\-tls`) or with JSON/YAML escapes (`\u002d`), which are let through.
 * - `context`: it can decide how another file's setting applies: a process running etcd that reads
 *   ConfigMaps or env files, or whose argv a kustomization patches (the text names etcd), a file of
 *   `ETCD_*` variables that a unit reads (a flag and its variable together stop etcd), or a
 *   kustomization itself.
 * - `lookup`: a ConfigMap, which an etcd container may read through `configMapKeyRef` under any key
 *   name, so its text need not spell auto-TLS. It is not parsed: its path is kept, and the scan reads
 *   it in a second pass when a workload names a ConfigMap no parsed file defines (see scan.ts).
 * - `none`: nothing in it can change a verdict; it is only counted.
 */
export type Relevance = 'settings' | 'context' | 'lookup' | 'none';

const SETTING_TOKEN = /auto[-_"'\\]{0,4}tls(?![a-z0-9_])|\\u00[0-9a-f]{2}|\\x[0-9a-f]{2}/i;
const ETCD = /etcd/i;
const PROCESS_KEYS = /envFrom|configMapKeyRef|EnvironmentFile|command|args|entrypoint|ExecStart|ETCD_[A-Z]/;
const KUSTOMIZATION = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
const CONFIG_MAP = /ConfigMap/;

export function relevance(text: string, file: FileRef): Relevance {
  if (SETTING_TOKEN.test(text)) return 'settings';
  if (KUSTOMIZATION.test(file.relPath)) return 'context';
  if (ETCD.test(text) && PROCESS_KEYS.test(text)) return 'context';
  if (mentionsConfigMap(text)) return 'lookup';
  return 'none';
}

/** Whether the text can define a ConfigMap: the test for `lookup`, also used by the scan's second pass. */
export function mentionsConfigMap(text: string): boolean {
  return CONFIG_MAP.test(text);
}

/** Whether the file is read at all before a workload asks for it: settings or context. */
export function mayConfigureEtcd(text: string, file: FileRef): boolean {
  const decided = relevance(text, file);
  return decided === 'settings' || decided === 'context';
}
