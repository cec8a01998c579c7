// Files a shell script writes with here-documents (`cat > /etc/etcd/etcd.conf.yml <<EOF`,
// `cat <<'EOF' | sudo tee /etc/systemd/system/etcd.service`, `tee /etc/etcd/etcd.env <<EOF`) and
// documents it feeds to a program (`kubeadm init --config - <<EOF`, `kubectl apply -f - <<EOF`,
// `ssh host <<EOF`). Each body is read as the file it becomes, by the extractor of that form, with
// its positions in the script: the target's name decides the form (`*.yml`: YAML, `*.service`: a
// unit, `*.env`/`etcd.conf`: an env file, `*.sh`: a script), else the program that later reads it
// (`kubeadm --config PATH`, `etcd --config-file PATH`, a unit's `EnvironmentFile=PATH`), else a body
// of `ETCD_*=` lines is an env file.

import { flagOfEnv } from '../etcd/settings.js';
import { isShellScriptName, isYamlName } from '../load/file-kinds.js';
import type { TextFile, YamlFile } from '../load/load.js';
import { mayConfigureEtcd } from '../load/prefilter.js';
import { parseDocumentsBounded } from '../load/yaml-parse.js';
import type { Completeness, EtcdConfig, Launcher } from '../model.js';
import { composeExtractor } from './compose.js';
import { configMapEmbeddedExtractor } from './configmap-embedded.js';
import { k0sExtractor, k3sExtractor, rkeExtractor, talosExtractor } from './distributions.js';
import { envFileFragment, isEnvFileName, readEnvAssignments } from './env-file.js';
import { etcdConfigFileExtractor } from './etcd-config-file.js';
import { type ExtractEnv, textSpan, type YamlExtractor } from './extractor.js';
import { k3sHelmChartExtractor } from './gitops-k3s.js';
import { kubeadmExtractor } from './kubeadm.js';
import { podSpecExtractor } from './pod-spec.js';
import { appendAll, realFileOf } from './shell-text.js';
import { systemdExtractor } from './systemd.js';
import { YamlContext } from './yaml-context.js';

/** The forms a written file can have. */
export type BodyForm = 'yaml' | 'systemd' | 'env' | 'shell';

/** Forms of YAML a script writes: manifests, kubeadm and etcd configs, Compose files, distributions. */
const YAML_BODY_EXTRACTORS: readonly YamlExtractor[] = [
  podSpecExtractor,
  kubeadmExtractor,
  etcdConfigFileExtractor,
  configMapEmbeddedExtractor,
  composeExtractor,
  k0sExtractor,
  rkeExtractor,
  k3sExtractor,
  talosExtractor,
  // k3s applies HelmCharts written to /var/lib/rancher/k3s/server/manifests (install scripts do).
  k3sHelmChartExtractor,
];

/** A file a script writes, or a document it feeds a program. */
export interface Written {
  /** The target path as written (placeholders for parts not known), or the program it is fed to. */
  path: string;
  /** The path is known exactly (a unit's `EnvironmentFile=` can name it). */
  exact: boolean;
  /** The body as the file's text, positioned in the scanned file. */
  view: TextFile;
  /** Expansions in the body whose values are not known here. */
  unknown: readonly string[];
  /** How messages name it: `/etc/etcd/etcd.env (written by install.sh)`. */
  where: string;
  /** The form a consuming program gives it (`kubeadm --config -`), before any by name. */
  form?: BodyForm;
}

/** The form of a file by its target name (`/etc/etcd/etcd.conf.yml`, `etcd.service`, `etcd.env`). */
export function formByName(path: string): BodyForm | undefined {
  if (isYamlName(path)) return 'yaml';
  if (path.endsWith('.service') || /\.service\.d\/[^/]+\.conf$/.test(path)) return 'systemd';
  if (isEnvFileName(path)) return 'env';
  if (isShellScriptName(path)) return 'shell';
  return undefined;
}

/** What reading the written files needs from the script reader. */
export interface WrittenFilesContext {
  env: ExtractEnv;
  /** Forms that programs of the script give paths (`kubeadm --config /tmp/k.conf`). */
  consumers: ReadonlyMap<string, BodyForm>;
  /** Reads a written script (its own state: it runs later, as its own process). */
  readScript(view: TextFile, where: string): EtcdConfig[];
}

/**
 * The etcd configurations in the files a script writes. Units are read with the env files the
 * same script writes at the paths their `EnvironmentFile=` names; such an env file is then not
 * reported on its own (the unit reports its variables), as for files in the repository.
 */
export function writtenConfigs(written: readonly Written[], context: WrittenFilesContext): EtcdConfig[] {
  const byPath = new Map<string, Written>();
  for (const file of written) if (file.exact) byPath.set(file.path, file);
  const consumed = new Set<Written>();
  const configs: EtcdConfig[] = [];
  const envFiles: Written[] = [];
  for (const file of written) {
    // A program that reads the path knows best (`etcd --config-file /tmp/etcd.conf` is YAML, though
    // `etcd.conf` by name is the RPM env file), then the name, then the body.
    const form = file.form ?? context.consumers.get(file.path) ?? formByName(file.path) ?? sniffed(file);
    if (form === 'env') envFiles.push(file);
    else if (form === 'yaml') appendAll(configs, yamlConfigs(file, context.env));
    else if (form === 'systemd') appendAll(configs, unitConfigs(file, context.env, byPath, consumed));
    else if (form === 'shell') appendAll(configs, context.readScript(file.view, file.where));
  }
  for (const file of envFiles) {
    if (consumed.has(file)) continue;
    configs.push(...envFileFragment(file.view).map((config) => located(config, file)));
  }
  return configs;
}

/** A body without a form by name or reader: an env file when it sets `ETCD_*` variables. */
function sniffed(file: Written): BodyForm | undefined {
  return readEnvAssignments(file.view.text).some((assignment) => flagOfEnv(assignment.key) !== undefined)
    ? 'env'
    : undefined;
}

function unitConfigs(
  file: Written,
  env: ExtractEnv,
  byPath: ReadonlyMap<string, Written>,
  consumed: Set<Written>,
): EtcdConfig[] {
  const real = realFileOf(file.view).file;
  const local: ExtractEnv = {
    index: env.index,
    notify: (diagnostic) => env.notify(diagnostic),
    // The script itself is no fragment to drop: its env files are dropped here (consumed).
    consume: (consumedFile) => {
      if (consumedFile.absPath !== real.absPath) env.consume(consumedFile);
    },
    localFile: (path) => {
      const found = byPath.get(path);
      if (!found) return undefined;
      consumed.add(found);
      return found.view;
    },
  };
  return systemdExtractor.extract(file.view, local).map((config) => located(config, file));
}

function yamlConfigs(file: Written, env: ExtractEnv): EtcdConfig[] {
  const real = realFileOf(file.view);
  const at = file.view.embedded?.at;
  if (!at) return [];
  const yamlFile: YamlFile = {
    kind: 'yaml',
    file: real.file,
    text: real.text,
    documents: [],
    lineCounter: real.lineCounter,
    ...(real.template ? { template: real.template } : {}),
  };
  const map = (offset: number) => {
    const value = at[offset];
    return value === undefined || value < 0 ? undefined : value;
  };
  const fallback = textSpan(file.view, 0, 1);
  const configs: EtcdConfig[] = [];
  let documents: ReturnType<typeof parseDocumentsBounded>['documents'];
  try {
    documents = parseDocumentsBounded(file.view.text).documents;
  } catch {
    return [];
  }
  for (const doc of documents) {
    const error = doc.errors[0];
    if (error) {
      const [start, end] = doc.range;
      // Only a document that can configure etcd is worth a warning (see load/documents.ts).
      if (mayConfigureEtcd(file.view.text.slice(start, end))) {
        env.notify({
          level: 'warning',
          id: 'parse-error',
          message: `not analysed: the YAML that ${file.where} writes does not parse (${error.message.split('\n', 1)[0]})`,
          file: real.file,
          span: textSpan(file.view, error.pos[0], error.pos[0] + 1),
        });
      }
      continue;
    }
    const context = new YamlContext(yamlFile, doc, {
      text: file.view.text,
      map,
      where: file.where,
      fallback,
    });
    for (const extractor of YAML_BODY_EXTRACTORS)
      configs.push(...extractor.extract(context, env).map((config) => located(config, file)));
  }
  return configs;
}

/**
 * A configuration read from a written file, named after the file (`systemd unit
 * /etc/systemd/system/etcd.service (written by install.sh)`), and open where the body held
 * expansions not known here.
 */
function located(config: EtcdConfig, file: Written): EtcdConfig {
  const reasons = file.unknown.map(
    (raw) => `${file.where} is written with \`${raw}\`, whose value is not known here`,
  );
  const completeness: Completeness =
    reasons.length === 0
      ? config.completeness
      : {
          complete: false,
          reasons: [
            ...(config.completeness.complete ? [] : config.completeness.reasons),
            ...reasons.slice(0, 3),
          ],
        };
  return { ...config, launcher: relabelled(config.launcher, file.where), completeness };
}

function relabelled(launcher: Launcher, where: string): Launcher {
  switch (launcher.kind) {
    case 'systemd':
      return { ...launcher, unit: where };
    case 'env-file':
      return { ...launcher, path: where };
    case 'shell-script':
      return { ...launcher, path: where };
    default:
      return launcher;
  }
}
