// What the scripts of Bitnami's etcd image do with a container's environment before etcd starts
// (bitnami/containers, bitnami/etcd/3.6/debian-12/rootfs/opt/bitnami/scripts; docs/forms/container-images.md):
// - etcd-env.sh: for each of its variables X, a non-empty `X_FILE` replaces X with the content of
//   that file;
// - libetcd.sh etcd_setup_from_environment_variables (run by setup.sh): every non-empty
//   `ETCD_CFG_*` variable is written into /opt/bitnami/etcd/conf/etcd.yaml (client TLS names and
//   `ETCD_CFG_CLIENT_*` under client-transport-security, `ETCD_CFG_PEER_*` under
//   peer-transport-security, the rest at the top level; `true`/`false` and numbers as YAML scalars,
//   anything else as a string);
// - run.sh: `etcd --config-file /opt/bitnami/etcd/conf/etcd.yaml` when that file exists (written as
//   above, or mounted), and then etcd ignores every ETCD_* variable.

import type { Node } from 'yaml';
import { flagOfConfigKey, isBooleanFlag } from '../etcd/settings.js';
import type { FileRef, GoBool, Setting, Span } from '../model.js';
import type { YamlContext } from './yaml-context.js';

const CONF_DIR = '/opt/bitnami/etcd/conf';
export const BITNAMI_CONF_FILE = `${CONF_DIR}/etcd.yaml`;
const TOOL = 'the bitnami/etcd image';

/** etcd-env.sh's variables that a `*_FILE` variable can replace. */
const FILE_VARIABLES = new Set([
  'ETCD_NAME',
  'ETCD_LOG_LEVEL',
  'ETCD_LISTEN_CLIENT_URLS',
  'ETCD_ADVERTISE_CLIENT_URLS',
  'ETCD_INITIAL_CLUSTER',
  'ETCD_INITIAL_CLUSTER_STATE',
  'ETCD_LISTEN_PEER_URLS',
  'ETCD_INITIAL_ADVERTISE_PEER_URLS',
  'ETCD_INITIAL_CLUSTER_TOKEN',
  'ETCD_AUTO_TLS',
  'ETCD_CERT_FILE',
  'ETCD_KEY_FILE',
  'ETCD_TRUSTED_CA_FILE',
  'ETCD_CLIENT_CERT_AUTH',
  'ETCD_PEER_AUTO_TLS',
]);

/** `client_tls_values` of etcd_setup_from_environment_variables. */
const CLIENT_TLS_VALUES =
  'ETCD_CFG_CERT_FILE ETCD_CFG_KEY_FILE ETCD_CFG_CLIENT_CERT_AUTH ETCD_CFG_TRUSTED_CA_FILE ETCD_CFG_AUTO_TLS ETCD_CFG_CA_FILE';

/** A variable the container defines: its literal value when known, and where it is written. */
export interface ImageVariable {
  name: string;
  value: string | undefined;
  span: Span;
  file?: FileRef;
}

export interface BitnamiEnvironment {
  /** The `ETCD_*` settings that still reach etcd as variables. */
  env: Setting[];
  /** Set when etcd reads the config file (it then ignores the variables). */
  configFile?: Setting[];
  implied: Setting[];
  open: string[];
}

/**
 * The container's `ETCD_*` settings after the image's scripts: `*_FILE` replacements drop a
 * variable (its value is a file's content), and a config file (from `ETCD_CFG_*` variables or a
 * volume mounted at /opt/bitnami/etcd/conf) makes run.sh pass `--config-file`. `runsScripts` is
 * false when etcd is exec'd directly (no run.sh): only the `*_FILE` rule applies then.
 */
export function bitnamiEnvironment(
  env: readonly Setting[],
  variables: readonly ImageVariable[],
  configMounted: boolean,
  runsScripts: boolean,
  at: Span,
): BitnamiEnvironment {
  const open: string[] = [];
  const replaced = new Set(
    variables
      .filter((v) => v.name.endsWith('_FILE') && v.value !== '' && FILE_VARIABLES.has(v.name.slice(0, -5)))
      .map((v) => v.name.slice(0, -5)),
  );
  for (const name of replaced) open.push(`\`${name}_FILE\` replaces \`${name}\` with the content of a file`);
  const kept = env.filter((setting) => !replaced.has(setting.key));
  const cfg = variables.filter((v) => v.name.startsWith('ETCD_CFG_') && v.value !== '');
  if (!runsScripts || (cfg.length === 0 && !configMounted)) return { env: kept, implied: [], open };
  const implied: Setting = {
    name: 'config-file',
    key: '--config-file',
    text: `--config-file ${BITNAMI_CONF_FILE}`,
    rawValue: BITNAMI_CONF_FILE,
    origin: { kind: 'launcher-default', tool: TOOL, as: 'flag' },
    span: at,
  };
  if (configMounted) {
    open.push(`a file mounted at ${CONF_DIR} becomes etcd's config file`);
    return { env: kept, implied: [implied], open };
  }
  const configFile: Setting[] = [];
  for (const variable of cfg) {
    if (variable.value === undefined) {
      open.push(`\`${variable.name}\` writes a value that is not in the files into etcd's config file`);
      continue;
    }
    const setting = cfgSetting(variable);
    if (setting) configFile.push(setting);
  }
  return { env: kept, configFile, implied: [implied], open };
}

/** The config-file key etcd_setup_from_environment_variables writes a variable to. */
export function cfgConfigKey(name: string): string {
  const kebab = (s: string) => s.replaceAll('_', '-').toLowerCase();
  // `[[ ${client_tls_values[*]} =~ ${var} ]]`: the name occurs in the joined list.
  if (CLIENT_TLS_VALUES.includes(name)) return `client-transport-security.${kebab(name.slice(9))}`;
  const client = name.indexOf('ETCD_CFG_CLIENT_');
  if (client >= 0) return `client-transport-security.${kebab(name.slice(client + 16))}`;
  const peer = name.indexOf('ETCD_CFG_PEER_');
  if (peer >= 0) return `peer-transport-security.${kebab(name.slice(peer + 14))}`;
  return kebab(name.slice(9));
}

function cfgSetting(variable: ImageVariable): Setting | undefined {
  const key = cfgConfigKey(variable.name);
  const name = flagOfConfigKey(key.split('.'));
  const value = variable.value ?? '';
  if (!name) return undefined;
  const setting: Setting = {
    name,
    key,
    text: `${variable.name}=${value}`,
    rawValue: value,
    origin: { kind: 'config-file', key, writtenBy: { variable: variable.name, tool: TOOL } },
    span: variable.span,
    ...(variable.file ? { file: variable.file } : {}),
  };
  if (!isBooleanFlag(name)) return setting;
  // `true`/`false` are written as YAML booleans; anything else (a number, `yes`) is not a boolean
  // for etcd's config decoder, which refuses it.
  const bool: GoBool =
    value === 'true'
      ? { kind: 'true' }
      : value === 'false'
        ? { kind: 'false' }
        : { kind: 'invalid', meansTrue: MEANS_TRUE.has(value) };
  return { ...setting, bool };
}

const MEANS_TRUE = new Set(['1', 't', 'T', 'yes', 'y', 'on', 'TRUE', 'True']);

/** The variables a container's `env` defines (values from elsewhere are unknown). */
export function containerVariables(context: YamlContext, container: Node): ImageVariable[] {
  const { nav } = context;
  const out: ImageVariable[] = [];
  for (const entry of nav.items(nav.get(container, 'env'))) {
    const pair = nav.pair(entry, 'name');
    const name = nav.text(pair?.value);
    if (!pair || !name) continue;
    const literal = nav.get(entry, 'valueFrom') ? undefined : (nav.text(nav.get(entry, 'value')) ?? '');
    out.push({ name, value: literal, span: context.pairSpan(pair) });
  }
  return out;
}

/**
 * Whether a volume that brings files (anything but an `emptyDir`) is mounted where the image looks
 * for etcd's config file.
 */
export function podConfigMounted(context: YamlContext, podSpec: Node, container: Node): boolean {
  const { nav } = context;
  const volumes = new Map<string, Node>();
  for (const volume of nav.items(nav.get(podSpec, 'volumes'))) {
    const name = nav.text(nav.get(volume, 'name'));
    if (name) volumes.set(name, volume);
  }
  return nav.items(nav.get(container, 'volumeMounts')).some((mount) => {
    const target = nav.text(nav.get(mount, 'mountPath'));
    const volume = volumes.get(nav.text(nav.get(mount, 'name')) ?? '');
    return (
      target !== undefined && isConfigPath(target) && volume !== undefined && !nav.get(volume, 'emptyDir')
    );
  });
}

/** /opt/bitnami/etcd/conf (with or without a trailing slash) or the config file itself. */
export function isConfigPath(target: string): boolean {
  let path = target.trim();
  while (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path === CONF_DIR || path === BITNAMI_CONF_FILE;
}
