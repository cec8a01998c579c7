// Builds EtcdConfigs directly, for tests of resolve and the rules that must not depend on a form.

import { impliedSettings, kubeadmDefaults } from '../../src/etcd/launchers.js';
import type { EtcdClientConfig, EtcdConfig, GoBool, Launcher, Setting, Span } from '../../src/model.js';

let line = 0;

/** A fresh one-line span (each setting on its own line, so tests can tell them apart). */
export function at(lineNumber = ++line): Span {
  return { startLine: lineNumber, startColumn: 1, endLine: lineNumber, endColumn: 2 };
}

/** `--name=value` (or a bare `--name`) on the command line. */
export function flag(name: string, rawValue?: string): Setting {
  const text = rawValue === undefined ? `--${name}` : `--${name}=${rawValue}`;
  return {
    name,
    key: `--${name}`,
    text,
    rawValue,
    origin: { kind: 'flag', inShellScript: false },
    span: at(),
  };
}

/** `ETCD_NAME=value` in a container's env. */
export function env(name: string, rawValue: string): Setting {
  const key = `ETCD_${name.toUpperCase().replace(/-/g, '_')}`;
  return {
    name,
    key,
    text: `${key}=${rawValue}`,
    rawValue,
    origin: { kind: 'env', from: { kind: 'container' } },
    span: at(),
  };
}

/** A key of an etcd config file, e.g. `client-transport-security.auto-tls`, with the YAML 1.1 bool it decodes to. */
export function configKey(key: string, name: string, rawValue: string, bool?: GoBool): Setting {
  const setting: Setting = {
    name,
    key,
    text: `${key}: ${rawValue}`,
    rawValue,
    origin: { kind: 'config-file', key },
    span: at(),
  };
  if (bool) setting.bool = bool;
  return setting;
}

const FILE = { absPath: '/virtual/etcd.yaml', relPath: 'etcd.yaml' };
const POD: Launcher = { kind: 'container', objectKind: 'Pod', objectName: 'etcd', container: 'etcd' };

/** A complete etcd process started from a container command line. */
export function process(parts: Partial<EtcdConfig> = {}): EtcdConfig {
  return {
    file: FILE,
    launcher: POD,
    span: at(1),
    kind: 'process',
    completeness: { complete: true },
    flags: [],
    env: [],
    implied: [],
    startupProblems: [],
    ...parts,
  };
}

/** An etcd config file on its own. */
export function configFile(settings: Setting[]): EtcdConfig {
  return process({ launcher: { kind: 'config-file', where: 'etcd.yaml' }, configFile: settings });
}

/** kubeadm's local etcd with the given extraArgs (rendered flags) and extraEnvs. */
export function kubeadm(flags: Setting[] = [], envs: Setting[] = []): EtcdConfig {
  const span = at(1);
  return process({
    launcher: { kind: 'kubeadm', apiVersion: 'kubeadm.k8s.io/v1beta3', objectKind: 'ClusterConfiguration' },
    span,
    flags: flags.map((setting) => ({
      ...setting,
      key: setting.name,
      origin: { kind: 'extra-arg', tool: 'kubeadm', field: 'etcd.local.extraArgs', shape: 'map' },
    })),
    env: envs.map((setting) => ({
      ...setting,
      origin: { kind: 'env', from: { kind: 'tool-field', tool: 'kubeadm', field: 'etcd.local.extraEnvs' } },
    })),
    implied: impliedSettings('kubeadm', kubeadmDefaults('/etc/kubernetes/pki'), 'flag', span),
    clusterClientCa: impliedSettings(
      'kube-apiserver (kubeadm)',
      { 'client-ca-file': '/etc/kubernetes/pki/ca.crt' },
      'flag',
      span,
    )[0],
  });
}

/** A value whose URLs the extractor can place: characters from column `column` of `line` on. */
export function located(setting: Setting, line: number, column: number): Setting {
  return {
    ...setting,
    span: { startLine: line, startColumn: 1, endLine: line, endColumn: column },
    locateValue: (from, to) => ({
      startLine: line,
      startColumn: column + from,
      endLine: line,
      endColumn: column + to,
    }),
  };
}

/** A kube-apiserver container with these `--etcd-*` flags, complete unless reasons are given. */
export function apiserver(flags: Setting[], reasons: string[] = []): EtcdClientConfig {
  return {
    file: FILE,
    launcher: {
      kind: 'container',
      objectKind: 'Pod',
      objectName: 'kube-apiserver',
      container: 'kube-apiserver',
    },
    span: at(1),
    completeness: reasons.length === 0 ? { complete: true } : { complete: false, reasons },
    flags,
    implied: [],
    startupProblems: [],
  };
}
