import path from 'node:path';
import type { Node } from 'yaml';
import { type ArgWord, parseEtcdArgv } from '../etcd/go-flags.js';
import { containerProgram, imageProgramPhrase } from '../etcd/images.js';
import { isEtcdProgram, isEtcdSubcommand } from '../etcd/program.js';
import { isKustomizationName } from '../load/file-kinds.js';
import { parseYaml } from '../load/load.js';
import { parseEmbeddedDocuments } from '../load/yaml-parse.js';
import type { EtcdConfig, Launcher, Setting, Span, StartupProblem } from '../model.js';
import { bitnamiEnvironment } from './bitnami-image.js';
import { etcdEnvOf } from './container-env.js';
import type { ExtractEnv, TextExtractor, YamlExtractor } from './extractor.js';
import { kubernetesObjects, podSpecObjects, podSpecPath } from './kubernetes-objects.js';
import { mergePodSpec } from './kustomize-smp.js';
import {
  type ArgItem,
  argItem,
  argItems,
  type ContainerList,
  type ContainerState,
  containerList,
  containerState,
  markPatched,
  type PodState,
} from './kustomize-state.js';
import { CONTAINER_LISTS as LISTS } from './pod-spec.js';
import { opaqueWords } from './setting.js';
import { YamlContext } from './yaml-context.js';

const CONTAINER_LISTS: ReadonlySet<string> = new Set(LISTS);

const OVERLAY_OPEN = 'a kustomize build may change the workload beyond the patches read here';

/**
 * kustomize patches of workloads among the scanned documents, in kustomize's order:
 * `patchesStrategicMerge`, `patches` (a strategic-merge patch, or a JSON 6902 patch with a
 * `target`), legacy `patchesJson6902`. JSON 6902 operations that add or replace containers, their
 * `command` or `args` are applied here; strategic-merge patches in kustomize-smp.ts (containers and
 * env by name, command and args replaced whole, `$patch` directives). Each container a patch
 * touched is read as the process it then runs (its program may come from the image), with the
 * target's own settings in place for last-wins; settings from a patch point at the patch (its
 * file, or the inline `patch:` string of the kustomization), and the kustomization and the patch
 * files are related locations.
 */
export const kustomizeExtractor: YamlExtractor = {
  id: 'kustomize',
  extract(context, env) {
    return isKustomization(context) ? kustomizationConfigs(context, env) : [];
  },
};

/** A file named `Kustomization` has no YAML extension, so it is loaded as text: parse it here. */
export const kustomizationFileExtractor: TextExtractor = {
  id: 'kustomization-file',
  extract(file, env) {
    if (path.posix.basename(file.file.relPath) !== 'Kustomization') return [];
    const outcome = parseYaml(file.file, file.text);
    for (const diagnostic of outcome.diagnostics) env.notify(diagnostic);
    const loaded = outcome.loaded;
    if (loaded?.kind !== 'yaml') return [];
    return loaded.documents.flatMap((doc) => kustomizeExtractor.extract(new YamlContext(loaded, doc), env));
  },
};

function isKustomization(context: YamlContext): boolean {
  const { nav } = context;
  const root = nav.map(context.root);
  if (!root || context.embedded) return false;
  const kind = nav.text(nav.get(root, 'kind'));
  const apiVersion = nav.text(nav.get(root, 'apiVersion'));
  if (kind === undefined) return apiVersion === undefined && isKustomizationName(context.fileRef.relPath);
  // Flux's `kustomize.toolkit.fluxcd.io` Kustomization is another object with another layout.
  const kustomizeApi = apiVersion === undefined || apiVersion.startsWith('kustomize.config.k8s.io/');
  return (kind === 'Kustomization' || kind === 'Component') && kustomizeApi;
}

interface Target {
  context: YamlContext;
  root: Node;
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

interface Selector {
  context: YamlContext;
  node: Node;
  /** `patches` selectors are anchored regular expressions; `patchesJson6902` ones are exact. */
  regex: boolean;
  /**
   * The kustomization's own `namespace:`: kustomize matches a target's current namespace as well as
   * its original one, and json6902 patches run after the namespace transformer.
   */
  namespace?: string;
}

function kustomizationConfigs(context: YamlContext, env: ExtractEnv): EtcdConfig[] {
  const { nav } = context;
  const root = context.root;
  const namespace = nav.text(nav.get(root, 'namespace')) || undefined;
  const states = new Map<Node, PodState>();
  const selectorOf = (entry: Node, regex: boolean): Selector | undefined => {
    const targetNode = nav.map(nav.get(entry, 'target'));
    return targetNode ? { context, node: targetNode, regex, ...(namespace ? { namespace } : {}) } : undefined;
  };
  const patchFiles = new Set<string>();
  // kustomize runs patchesStrategicMerge, then `patches` (each entry a strategic-merge or a JSON
  // 6902 patch), then patchesJson6902 (api/internal/target/kusttarget_configplugin.go).
  for (const item of nav.items(nav.get(root, 'patchesStrategicMerge'))) {
    for (const patch of legacyStrategicMerge(context, item, env)) {
      applyStrategicMerge(patch, undefined, namespace, env, states);
      patchFiles.add(patch.fileRef.relPath);
    }
  }
  for (const [field, regex] of [
    ['patches', true],
    ['patchesJson6902', false],
  ] as const) {
    for (const entry of nav.items(nav.get(root, field))) {
      const selector = selectorOf(entry, regex);
      const targets = selector ? allTargets(env).filter((target) => selects(selector, target)) : undefined;
      for (const patch of patchDocuments(context, entry, env)) {
        if (patch.nav.seq(patch.root)) {
          // A JSON 6902 patch needs a target.
          if (!targets) continue;
          for (const op of patch.nav.items(patch.root)) applyOp(patch, op, targets, states);
        } else if (field === 'patches' && patch.nav.map(patch.root)) {
          applyStrategicMerge(patch, targets, namespace, env, states);
        } else continue;
        patchFiles.add(patch.fileRef.relPath);
      }
    }
  }
  const configs: EtcdConfig[] = [];
  for (const state of states.values()) {
    for (const list of state.lists.values()) {
      for (const container of list.items) {
        const config = container.patched
          ? patchedConfig(context, state, container, env, patchFiles)
          : undefined;
        if (config) configs.push(config);
      }
    }
  }
  return configs;
}

/**
 * A strategic-merge patch applied to its targets: those a `target:` selects, or else the one object
 * whose group, version, kind, name and namespace are the patch's own (resid Equals; a namespace the
 * target's file leaves out may be set by a kustomization, so it matches any).
 */
function applyStrategicMerge(
  patch: YamlContext,
  selected: readonly Target[] | undefined,
  namespace: string | undefined,
  env: ExtractEnv,
  states: Map<Node, PodState>,
): void {
  const { nav } = patch;
  const root = nav.map(patch.root);
  if (!root) return;
  const how = nav.text(nav.get(root, '$patch'));
  if (how === 'delete') return;
  const targets =
    selected ?? allTargets(env).filter((target) => isPatchTarget(patch, root, target, namespace));
  for (const target of targets) {
    const path = podSpecPath(target.kind);
    const podSpec = nav.map(nav.path(root, path));
    const state = podSpec ? podState(target, path, states) : undefined;
    if (podSpec && state) mergePodSpec(patch, podSpec, state);
  }
}

function isPatchTarget(
  patch: YamlContext,
  root: Node,
  target: Target,
  namespace: string | undefined,
): boolean {
  const { nav } = patch;
  const metadata = nav.get(root, 'metadata');
  if (nav.text(nav.get(root, 'apiVersion')) !== target.apiVersion) return false;
  if (nav.text(nav.get(root, 'kind')) !== target.kind) return false;
  if (nav.text(nav.get(metadata, 'name')) !== target.name) return false;
  const wanted = nav.text(nav.get(metadata, 'namespace')) || 'default';
  const has = target.namespace || 'default';
  return target.namespace === undefined || wanted === has || wanted === namespace;
}

/**
 * An entry of `patchesStrategicMerge`: a path among the scanned files, or (kustomize tries this
 * first) the patch itself written inline as a string.
 */
function legacyStrategicMerge(context: YamlContext, item: Node, env: ExtractEnv): YamlContext[] {
  const text = context.nav.text(item);
  if (!text) return [];
  const start = text.trimStart();
  const inline = text.includes('\n') || start.startsWith('apiVersion:') || start.startsWith('kind:');
  const docs = inline ? inlineDocuments(context, item) : filePatch(context, text, env);
  return docs.filter((doc) => doc.nav.map(doc.root) !== undefined);
}

/** Every Kubernetes object in the scanned set, computed once per scan. */
const TARGETS = new WeakMap<object, Target[]>();

function allTargets(env: ExtractEnv): Target[] {
  const cached = TARGETS.get(env.index);
  if (cached) return cached;
  const targets: Target[] = [];
  for (const context of env.index.yamlDocuments) {
    const { nav } = context;
    for (const root of kubernetesObjects(context)) {
      const kind = nav.text(nav.get(root, 'kind'));
      const metadata = nav.get(root, 'metadata');
      const name = nav.text(nav.get(metadata, 'name'));
      if (!kind || !name) continue;
      const namespace = nav.text(nav.get(metadata, 'namespace')) || undefined;
      const apiVersion = nav.text(nav.get(root, 'apiVersion')) ?? '';
      targets.push({ context, root, apiVersion, kind, name, ...(namespace ? { namespace } : {}) });
    }
  }
  TARGETS.set(env.index, targets);
  return targets;
}

/** The patch documents of an entry: `path:` among the scanned files, or inline `patch:`. */
function patchDocuments(context: YamlContext, entry: Node, env: ExtractEnv): YamlContext[] {
  const { nav } = context;
  const file = nav.text(nav.get(entry, 'path'));
  if (file) return filePatch(context, file, env);
  const node = nav.get(entry, 'patch');
  return node ? inlineDocuments(context, node) : [];
}

function filePatch(context: YamlContext, file: string, env: ExtractEnv): YamlContext[] {
  if (path.posix.isAbsolute(file) || file.includes('://')) return [];
  const wanted = path.posix.normalize(path.posix.join(path.posix.dirname(context.fileRef.relPath), file));
  return [...env.index.documentsIn(wanted)];
}

/** The documents of a patch written as a string in the kustomization, placed on its lines. */
function inlineDocuments(context: YamlContext, node: Node): YamlContext[] {
  const text = context.nav.text(node);
  const map = text ? context.scalarMap(node) : undefined;
  if (!text || !map) return [];
  const where = `inline patch in ${context.fileRef.relPath}`;
  const fallback = context.nodeSpan(node);
  return parseEmbeddedDocuments(text).map(
    (doc) => new YamlContext(context.file, doc, { text, map, where, fallback }),
  );
}

// ---------------------------------------------------------------------------------------------
// Target selection

function selects(selector: Selector, target: Target): boolean {
  const { nav } = selector.context;
  const field = (key: string) => nav.text(nav.get(selector.node, key)) || undefined;
  const match = (pattern: string | undefined, value: string) =>
    pattern === undefined || (selector.regex ? anchoredMatch(pattern, value) : pattern === value);
  const slash = target.apiVersion.indexOf('/');
  const group = slash < 0 ? '' : target.apiVersion.slice(0, slash);
  const version = target.apiVersion.slice(slash + 1);
  if (!match(field('kind'), target.kind) || !match(field('name'), target.name)) return false;
  if (!match(field('group'), group) || !match(field('version'), version)) return false;
  const namespace = field('namespace');
  // A missing namespace is `default` to kustomize (resid EffectiveNamespace).
  const namespaces = [target.namespace || 'default', ...(selector.namespace ? [selector.namespace] : [])];
  if (namespace !== undefined && !namespaces.some((ns) => match(namespace, ns))) return false;
  const labels = field('labelSelector');
  const annotations = field('annotationSelector');
  const metadata = target.context.nav.get(target.root, 'metadata');
  if (labels !== undefined && !selectorMatches(labels, stringMap(target.context, metadata, 'labels')))
    return false;
  if (
    annotations !== undefined &&
    !selectorMatches(annotations, stringMap(target.context, metadata, 'annotations'))
  )
    return false;
  return true;
}

function stringMap(context: YamlContext, metadata: Node | undefined, key: string): Map<string, string> {
  const { nav } = context;
  const out = new Map<string, string>();
  for (const pair of nav.pairs(nav.get(metadata, key))) {
    const name = nav.keyText(pair);
    const value = nav.text(pair.value);
    if (name !== undefined && value !== undefined) out.set(name, value);
  }
  return out;
}

/**
 * Equality-based label selectors (`a=b`, `a==b`, `a!=b`, `a`, `!a`, comma-separated); set-based
 * ones (`in`, `notin`) are not read and select nothing.
 */
function selectorMatches(selector: string, labels: Map<string, string>): boolean {
  if (/[()]/.test(selector)) return false;
  for (const raw of selector.split(',')) {
    const term = raw.trim();
    if (term === '') continue;
    const notEqual = term.indexOf('!=');
    if (notEqual > 0) {
      if (labels.get(term.slice(0, notEqual).trim()) === term.slice(notEqual + 2).trim()) return false;
      continue;
    }
    const equal = term.indexOf('=');
    if (equal > 0) {
      const value = term.slice(equal + (term[equal + 1] === '=' ? 2 : 1)).trim();
      if (labels.get(term.slice(0, equal).trim()) !== value) return false;
      continue;
    }
    if (term.startsWith('!')) {
      if (labels.has(term.slice(1).trim())) return false;
    } else if (!labels.has(term) || /\s/.test(term)) {
      return false;
    }
  }
  return true;
}

/** One element of a selector pattern: a literal character or any character, possibly repeated. */
interface Atom {
  char: string | undefined;
  star: boolean;
}

/**
 * kustomize's anchored regular expressions for target names, restricted to what names use:
 * literal characters, `.`, `\.`, `*` after an element, and `^`/`$` at the ends. Matched in
 * O(pattern x value) without backtracking; any other regular-expression syntax selects nothing.
 */
export function anchoredMatch(pattern: string, value: string): boolean {
  const atoms = parsePattern(pattern);
  if (!atoms) return false;
  // reach[j]: the atoms read so far can match value[0, j).
  let reach = new Array<boolean>(value.length + 1).fill(false);
  reach[0] = true;
  for (const atom of atoms) {
    const next = new Array<boolean>(value.length + 1).fill(false);
    for (let j = 0; j <= value.length; j++) {
      if (atom.star && (reach[j] || (j > 0 && next[j - 1] && fits(atom, value[j - 1] as string))))
        next[j] = true;
      if (!atom.star && j > 0 && reach[j - 1] && fits(atom, value[j - 1] as string)) next[j] = true;
    }
    reach = next;
  }
  return reach[value.length] === true;
}

function fits(atom: Atom, char: string): boolean {
  return atom.char === undefined || atom.char === char;
}

function parsePattern(pattern: string): Atom[] | undefined {
  let body = pattern;
  if (body.startsWith('^')) body = body.slice(1);
  if (body.endsWith('$') && !body.endsWith('\\$')) body = body.slice(0, -1);
  const atoms: Atom[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c === '*') {
      const last = atoms[atoms.length - 1];
      if (!last || last.star) return undefined;
      last.star = true;
    } else if (c === '.') {
      atoms.push({ char: undefined, star: false });
    } else if (c === '\\') {
      const escaped = body[i + 1];
      if (escaped === undefined || /[A-Za-z0-9]/.test(escaped)) return undefined;
      atoms.push({ char: escaped, star: false });
      i++;
    } else if ('+?()[]{}|^$'.includes(c)) {
      return undefined;
    } else {
      atoms.push({ char: c, star: false });
    }
  }
  return atoms;
}

// ---------------------------------------------------------------------------------------------
// JSON 6902 operations

/** RFC 6901: `~1` is `/`, `~0` is `~`. */
function pointerTokens(pointer: string): string[] | undefined {
  if (!pointer.startsWith('/')) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function arrayIndex(token: string | undefined): number | undefined {
  return token !== undefined && /^(0|[1-9][0-9]{0,8})$/.test(token) ? Number(token) : undefined;
}

function applyOp(
  patch: YamlContext,
  opNode: Node,
  targets: readonly Target[],
  states: Map<Node, PodState>,
): void {
  const { nav } = patch;
  const op = nav.text(nav.get(opNode, 'op'));
  const tokens = pointerTokens(nav.text(nav.get(opNode, 'path')) ?? '');
  if ((op !== 'add' && op !== 'replace' && op !== 'remove') || !tokens) return;
  const at = tokens.findIndex((token) => CONTAINER_LISTS.has(token));
  if (at < 0) return;
  const value = nav.resolve(nav.get(opNode, 'value'));
  for (const target of targets) {
    const state = podState(target, tokens.slice(0, at), states);
    if (!state) continue;
    const list = containerList(state, tokens[at] as string);
    applyToList(patch, op, tokens.slice(at + 1), value, list);
  }
}

/** The pod spec the path prefix leads to in the target, when it is the target's pod spec. */
function podState(
  target: Target,
  prefix: readonly string[],
  states: Map<Node, PodState>,
): PodState | undefined {
  const { nav } = target.context;
  const podSpec = nav.map(nav.path(target.root, prefix));
  if (!podSpec) return undefined;
  const existing = states.get(podSpec);
  if (existing) return existing;
  const object = podSpecObjects(target.context).find((candidate) => candidate.podSpec === podSpec);
  if (!object) return undefined;
  const state: PodState = { context: target.context, object, lists: new Map() };
  states.set(podSpec, state);
  return state;
}

type Op = 'add' | 'replace' | 'remove';

/**
 * One operation below a container list: `rest` is the path after `containers`. A failing operation
 * (index out of range, missing list) makes kustomize fail; it is skipped here.
 */
function applyToList(
  patch: YamlContext,
  op: Op,
  rest: readonly string[],
  value: Node | undefined,
  containers: ContainerList,
): void {
  const { nav } = patch;
  if (rest.length === 0) {
    // The whole list: `add` on an existing member replaces it (RFC 6902 4.1); `replace` and
    // `remove` need it to exist.
    const seq = nav.seq(value);
    if (op !== 'add' && !containers.exists) return;
    if (op === 'remove') {
      containers.exists = false;
      containers.items = [];
    } else if (seq) {
      containers.exists = true;
      containers.items = nav.items(seq).map((node) => containerState(patch, node, true));
    }
    return;
  }
  if (!containers.exists) return;
  const list = containers.items;
  const index = rest[0] === '-' ? list.length : arrayIndex(rest[0]);
  if (index === undefined) return;
  if (rest.length === 1) {
    if (op === 'remove') {
      if (index < list.length) list.splice(index, 1);
      return;
    }
    const map = nav.map(value);
    if (!map) return;
    if (op === 'add' && index <= list.length) list.splice(index, 0, containerState(patch, map, true));
    if (op === 'replace' && index < list.length) list[index] = containerState(patch, map, true);
    return;
  }
  const container = list[index];
  const field = rest[1];
  if (!container || (field !== 'command' && field !== 'args' && field !== 'name')) return;
  if (field === 'name') {
    const name = nav.text(value);
    if (rest.length === 2 && op !== 'remove' && name !== undefined) container.name = name;
    return;
  }
  if (rest.length === 2) {
    if (op !== 'add' && container[field] === undefined) return;
    const items = op === 'remove' ? undefined : argItems(patch, value, true);
    if (op !== 'remove' && items === undefined) return;
    container[field] = items;
    markPatched(container, patch.fileRef);
    return;
  }
  const items = container[field];
  if (rest.length !== 3 || !items) return;
  const position = rest[2] === '-' ? items.length : arrayIndex(rest[2]);
  if (position === undefined) return;
  if (op === 'remove') {
    if (position < items.length) items.splice(position, 1);
    markPatched(container, patch.fileRef);
    return;
  }
  const item = value ? argItem(patch, value, true) : undefined;
  if (!item) return;
  if (op === 'add' && position <= items.length) items.splice(position, 0, item);
  else if (op === 'replace' && position < items.length) items[position] = item;
  else return;
  markPatched(container, patch.fileRef);
}

// ---------------------------------------------------------------------------------------------
// The patched process

function patchedConfig(
  kustomization: YamlContext,
  state: PodState,
  container: ContainerState,
  env: ExtractEnv,
  patchFiles: ReadonlySet<string>,
): EtcdConfig | undefined {
  const argv = [...(container.command ?? []), ...(container.args ?? [])];
  const image = container.image ? container.image.context.nav.text(container.image.node) : undefined;
  const program = containerProgram(image, {
    runtime: 'kubernetes',
    entrypoint: (container.command ?? []).map((item) => item.value),
    cmd: (container.args ?? []).map((item) => item.value),
  });
  let items: ArgItem[];
  let anchor: Span | undefined;
  if (program.kind === 'none') return undefined;
  if (program.kind === 'etcd') {
    items = argv.slice(program.flagsFrom);
    const written = program.at === undefined ? undefined : argv[program.at];
    anchor = written
      ? written.span
      : container.image && container.image.context.fileRef.absPath === state.context.fileRef.absPath
        ? container.image.context.nodeSpan(container.image.node)
        : undefined;
  } else {
    const first = argv[program.index];
    // A shell script given by a patch is not read here.
    if (!first || !isEtcdProgram(first.value) || isEtcdSubcommand(argv[program.index + 1]?.value))
      return undefined;
    items = argv.slice(program.index + 1);
    anchor = first.fromPatch ? undefined : first.span;
  }
  // Parse with one placeholder line per word, then put each setting back where its words are
  // written: the words come from two files (the target and the patch).
  const placeholder = (i: number): Span => ({
    startLine: i + 1,
    startColumn: 1,
    endLine: i + 1,
    endColumn: 2,
  });
  const words: ArgWord[] = items.map((item, i) => ({
    value: item.value,
    opaque: item.opaque,
    span: placeholder(i),
  }));
  const parsed = parseEtcdArgv(words, false);
  const { object } = state;
  const caveat = `a kustomize patch in ${kustomization.fileRef.relPath} adds it to the ${object.kind} defined in ${state.context.fileRef.relPath}`;
  const flags = parsed.flags.map((setting) => locate(setting, items, caveat));
  const startupProblems: StartupProblem[] = parsed.startupProblems.map((problem) => {
    const item = items[problem.span.startLine - 1];
    return { ...problem, span: item?.span ?? problem.span };
  });
  const phrase = image === undefined ? undefined : imageProgramPhrase(program, image);
  const launcher: Launcher = {
    kind: 'container',
    objectKind: object.kind,
    objectName: object.name,
    ...(object.namespace ? { namespace: object.namespace } : {}),
    container: container.name,
    ...(phrase ? { imageProgram: phrase } : {}),
  };
  const own = state.context.fileRef;
  const containerEnv = etcdEnvOf(object, { env: container.env, envFrom: container.envFrom }, env, own);
  const fromPatch = (setting: Setting) =>
    setting.file !== undefined && setting.origin.kind === 'env' && patchFiles.has(setting.file.relPath);
  const envSettings = containerEnv.settings.map((setting) =>
    fromPatch(setting) ? { ...setting, caveat } : setting,
  );
  const span = anchor ?? state.context.firstKeySpan();
  const scripts = program.bitnami
    ? bitnamiEnvironment(
        envSettings,
        container.env.map((entry) => ({
          name: entry.name,
          value:
            entry.valueFrom || !entry.value
              ? entry.value
                ? undefined
                : ''
              : entry.value.context.nav.text(entry.value.node),
          span: entry.at.context.pairSpan(entry.at.pair),
        })),
        false,
        program.bitnami.run,
        span,
      )
    : undefined;
  const reasons = [
    ...program.open,
    ...opaqueWords(words),
    ...containerEnv.open,
    ...(scripts?.open ?? []),
    // What the build does besides the patches read here (JSON 6902 operations on env, replacements,
    // components, generators, overlays of this overlay) is not known: settings count, absences do not
    // (shared/research/semantics-tls-posture.md §5.2, as for the base it patches).
    OVERLAY_OPEN,
  ];
  return {
    file: own,
    launcher,
    // The program word may be the patch's; the process's own anchor must be in the target's file.
    span,
    kind: 'process',
    completeness: reasons.length === 0 ? { complete: true } : { complete: false, reasons },
    flags,
    env: scripts?.env ?? envSettings,
    ...(scripts?.configFile ? { configFile: scripts.configFile } : {}),
    implied: scripts?.implied ?? [],
    startupProblems,
    related: [
      {
        file: kustomization.fileRef,
        message: `the kustomization that patches ${object.kind} ${object.name}`,
      },
      ...container.patchedBy
        .filter((file) => file.absPath !== kustomization.fileRef.absPath)
        .map((file) => ({ file, message: `a patch of ${object.kind} ${object.name}` })),
    ],
  };
}

/** A setting parsed from placeholder spans, moved to its words' real place (a patch's with a caveat). */
function locate(setting: Setting, items: readonly ArgItem[], caveat: string): Setting {
  const index = setting.span.startLine - 1;
  const item = items[index] as ArgItem;
  let span = item.span;
  // The value came from the next word (`--name value`): etcd's parser joins them on one line.
  const next = setting.text === item.value ? undefined : items[index + 1];
  if (next && next.file === item.file && next.span.startLine === span.startLine)
    span = { ...span, endColumn: next.span.endColumn };
  return {
    ...setting,
    span,
    ...(item.fromPatch ? { caveat } : {}),
    ...(item.file ? { file: item.file } : {}),
  };
}
