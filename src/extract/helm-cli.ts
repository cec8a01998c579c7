// `helm install|upgrade|template ... CHART --set ... -f ...` in a shell script, as Helm's command
// line reads it (helm/helm @ e9b85e4d, pkg/cmd/install.go, upgrade.go, template.go, flags.go,
// pkg/cli/environment.go; cobra/pflag: flags anywhere among the arguments, `--name=value` or
// `--name value`, `--` ends them): the chart (`bitnami/etcd` through a repository the script adds
// with `helm repo add`, `oci://.../bitnamicharts/etcd`, `--repo URL etcd`, or a chart directory
// of the repository) and its values in Helm's order (helm-set.ts): `-f`/`--values` files
// (comma-separated too: a string slice), then `--set-json`, `--set`, `--set-string`, `--set-file`,
// `--set-literal`. `--reuse-values` and `--reset-then-reuse-values` add the last release's values,
// which no file shows (as does an upgrade given no values); `--dry-run` installs nothing.

import type { FileRef, RelatedLocation, Span } from '../model.js';
import type { ExtractEnv } from './extractor.js';
import {
  type HelmRelease,
  isBitnamiEtcdReference,
  isBitnamiRepository,
  isChartDirectory,
  isRemoteUrl,
  NO_VALUES,
  type ReleaseChart,
  repositoryPath,
  valuesFileLayer,
} from './helm-release.js';
import { applySet, type SetKind } from './helm-set.js';
import { mergeValues } from './template-conditions.js';
import type { TValue } from './template-eval.js';

/** A word of the command line: its value, whether a variable makes it unknown, where it is. */
export interface HelmArg {
  value: string;
  opaque: boolean;
  span: Span;
  /** The span of characters [from, to) of the value. */
  locate(from: number, to: number): Span | undefined;
}

/** Long options that take a value (the others are switches). */
const VALUE_FLAGS = new Set([
  'values',
  'set',
  'set-string',
  'set-file',
  'set-json',
  'set-literal',
  'namespace',
  'kubeconfig',
  'kube-context',
  'kube-token',
  'kube-as-user',
  'kube-as-group',
  'kube-apiserver',
  'kube-ca-file',
  'kube-tls-server-name',
  'registry-config',
  'repository-config',
  'repository-cache',
  'content-cache',
  'burst-limit',
  'qps',
  'color',
  'colour',
  'timeout',
  'name-template',
  'description',
  'labels',
  'version',
  'keyring',
  'repo',
  'username',
  'password',
  'cert-file',
  'key-file',
  'ca-file',
  'output',
  'post-renderer',
  'post-renderer-args',
  'history-max',
  'show-only',
  'output-dir',
  'kube-version',
  'api-versions',
]);
/** Short options that take a value: -f (values), -n (namespace), -o (output), -l (labels), -s (show-only), -a (api-versions). */
const VALUE_SHORTS = new Set(['f', 'n', 'o', 'l', 's', 'a']);
const SET_KINDS: readonly SetKind[] = ['set-json', 'set', 'set-string', 'set-file', 'set-literal'];

interface Option {
  name: string;
  value?: HelmArg;
}

/** Where the script is, and what it declared before this command. */
export interface HelmScript {
  env: ExtractEnv;
  file: FileRef;
  /** The script's directory in the repository (relative paths are tried there, then at the root). */
  dir: string;
  /** For messages: the script's path. */
  where: string;
  /** `helm repo add NAME URL` seen earlier in the script. */
  repositories: ReadonlyMap<string, string>;
}

/** The release a `helm install|upgrade|template` command makes, when its chart is one of ours. */
export function helmCommandRelease(args: readonly HelmArg[], script: HelmScript): HelmRelease | undefined {
  const { positionals, options } = splitArguments(args);
  const subcommand = positionals[0]?.value;
  if (subcommand !== 'install' && subcommand !== 'upgrade' && subcommand !== 'template') return undefined;
  const has = (name: string) => options.some((option) => option.name === name);
  const lastValue = (name: string) => options.filter((option) => option.name === name).pop()?.value;
  const dryRun = options.find((option) => option.name === 'dry-run');
  if (dryRun && subcommand !== 'template' && dryRun.value?.value !== 'none') return undefined;
  const rest = positionals.slice(1);
  const generated = has('generate-name') || has('g');
  const chartArg = subcommand === 'upgrade' || (rest.length >= 2 && !generated) ? rest[1] : rest[0];
  if (!chartArg || chartArg.opaque) return undefined;
  const version = lastValue('version');
  const chart = commandChart(
    chartArg.value,
    lastValue('repo')?.value,
    version?.opaque ? undefined : version?.value,
    script,
  );
  if (!chart) return undefined;
  const releaseName =
    subcommand === 'upgrade' || (rest.length >= 2 && !generated) ? rest[0]?.value : undefined;
  const name = `\`helm ${subcommand}${releaseName ? ` ${releaseName}` : ''}\` in ${script.where}`;
  const reasons: string[] = [];
  // pkg/action/upgrade.go reuseValues: the last release's values, unless --reset-values; an upgrade
  // given no values at all keeps them too.
  const givesValues = options.some((o) => ['values', ...SET_KINDS].includes(o.name));
  if (
    subcommand === 'upgrade' &&
    !has('reset-values') &&
    (has('reuse-values') || has('reset-then-reuse-values') || !givesValues)
  )
    reasons.push("the upgrade keeps the last release's values, which no file shows");
  if (has('post-renderer')) reasons.push('`--post-renderer` changes what the chart renders');
  const related: RelatedLocation[] = [];
  let values: TValue = NO_VALUES;
  for (const option of options) {
    if ((option.name !== 'values' && option.name !== 'f') || !option.value) continue;
    for (const path of option.value.opaque ? [undefined] : option.value.value.split(','))
      values = mergeValues(values, valuesFile(path, script, option.value, name, related));
  }
  for (const kind of SET_KINDS)
    for (const option of options) {
      if (option.name !== kind || !option.value) continue;
      const word = option.value;
      values = applySet(
        values,
        { text: word.value, file: script.file, locate: word.locate, fallback: word.span },
        kind,
        word.opaque
          ? (value) => (value.includes('$') || value.includes('`') ? 'a shell variable' : undefined)
          : undefined,
      );
    }
  return { name, file: script.file, chart, anchor: chartArg.span, values, reasons, related };
}

/** Positional arguments and options, as pflag separates them. */
function splitArguments(args: readonly HelmArg[]): { positionals: HelmArg[]; options: Option[] } {
  const positionals: HelmArg[] = [];
  const options: Option[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as HelmArg;
    const text = arg.value;
    if (text === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (text.startsWith('--') && text.length > 2) {
      const eq = text.indexOf('=');
      const name = text.slice(2, eq < 0 ? undefined : eq);
      if (eq >= 0) options.push({ name, value: suffix(arg, eq + 1) });
      else if (
        VALUE_FLAGS.has(name) ||
        (name === 'server-side' && ['true', 'false', 'auto'].includes(args[i + 1]?.value ?? ''))
      ) {
        const value = args[i + 1];
        options.push({ name, ...(value ? { value } : {}) });
        i++;
      } else options.push({ name });
      continue;
    }
    if (text.startsWith('-') && text.length > 1) {
      // -f FILE, -fFILE, -f=FILE; switches may be grouped (-gi, -gf FILE).
      // pflag: switches until the first letter that takes a value, which gets the rest of the
      // word or the next word (`-gf values.yaml`).
      for (let k = 1; k < text.length; k++) {
        const c = text[k] as string;
        if (!VALUE_SHORTS.has(c)) {
          options.push({ name: c });
          continue;
        }
        const name = c === 'f' ? 'values' : c;
        if (k + 1 < text.length)
          options.push({ name, value: suffix(arg, text[k + 1] === '=' ? k + 2 : k + 1) });
        else {
          const value = args[i + 1];
          options.push({ name, ...(value ? { value } : {}) });
          i++;
        }
        break;
      }
      continue;
    }
    positionals.push(arg);
  }
  return { positionals, options };
}

/** The part of a word after `--set=`. */
function suffix(arg: HelmArg, from: number): HelmArg {
  return {
    value: arg.value.slice(from),
    opaque: arg.opaque,
    span: arg.locate(from, arg.value.length) ?? arg.span,
    locate: (a, b) => arg.locate(from + a, from + b),
  };
}

function commandChart(
  chart: string,
  repo: string | undefined,
  version: string | undefined,
  script: HelmScript,
): ReleaseChart | undefined {
  const bitnami: ReleaseChart = { kind: 'bitnami-etcd', ...(version ? { version } : {}) };
  if (repo !== undefined) return chart === 'etcd' && isBitnamiRepository(repo) ? bitnami : undefined;
  if (chart.includes('://')) return isBitnamiEtcdReference(chart) ? bitnami : undefined;
  // Helm reads a path that exists as a chart directory before a repository name.
  for (const base of [script.dir, '']) {
    const dir = repositoryPath(base, chart);
    if (dir !== undefined && isChartDirectory(script.env, dir)) return { kind: 'directory', dir };
  }
  const segments = chart.split('/');
  if (segments.length !== 2 || chart.startsWith('.') || chart.startsWith('/')) return undefined;
  const [alias, name] = segments as [string, string];
  const url = script.repositories.get(alias);
  const bitnamiRepository = url === undefined ? alias === 'bitnami' : isBitnamiRepository(url);
  return name === 'etcd' && bitnamiRepository ? bitnami : undefined;
}

/** A `-f` values file: the script's directory first, then the repository root; else not known. */
function valuesFile(
  path: string | undefined,
  script: HelmScript,
  word: HelmArg,
  release: string,
  related: RelatedLocation[],
): TValue {
  if (path === undefined) return { kind: 'unknown', why: 'a values file named by a shell variable' };
  if (path === '-' || isRemoteUrl(path)) return { kind: 'unknown', why: `\`${path}\`, read at run time` };
  for (const base of [script.dir, '']) {
    const relPath = repositoryPath(base, path);
    if (relPath === undefined || script.env.index.documentsIn(relPath).length === 0) continue;
    related.push({ file: script.file, span: word.span, message: `${release} applies this values file` });
    return valuesFileLayer(script.env, relPath);
  }
  return { kind: 'unknown', why: `\`${path}\`, which is not in the scan` };
}
