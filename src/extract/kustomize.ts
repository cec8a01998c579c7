import path from 'node:path';
import type { Node } from 'yaml';
import { type ArgWord, parseEtcdArgv } from '../etcd/go-flags.js';
import { isEtcdProgram, isEtcdSubcommand } from '../etcd/program.js';
import { isKustomizationName } from '../load/file-kinds.js';
import { parseYaml } from '../load/load.js';
import { parseEmbeddedDocuments } from '../load/yaml-parse.js';
import type { EtcdConfig, FileRef, Launcher, Setting, Span, StartupProblem } from '../model.js';
import { containerEtcdEnv } from './container-env.js';
import type { ExtractEnv, TextExtractor, YamlExtractor } from './extractor.js';
import { kubernetesObjects, type PodSpecObject, podSpecObjects } from './kubernetes-objects.js';
import { CONTAINER_LISTS as LISTS } from './pod-spec.js';
import { opaqueWords } from './setting.js';
import { YamlContext } from './yaml-context.js';

const CONTAINER_LISTS: ReadonlySet<string> = new Set(LISTS);

/**
 * kustomize JSON 6902 patches (`patches:` with a `target`, legacy `patchesJson6902:`) that add or
 * replace an etcd container's `command`/`args` (or whole containers) in a workload among the
 * scanned documents. The patched argv is read as etcd reads it, with the target's own flags in
 * place for last-wins, and a config is reported only when the patch contributes flags; settings
 * from the patch point at the patch (its file, or the inline `patch:` string of the kustomization).
 * Strategic-merge patches are manifests of their own and are read by the pod-spec extractor.
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

/** An argv element: its value, where it is written, and whether a patch put it there. */
interface ArgItem {
  value: string;
  span: Span;
  /** Set when the element comes from a patch (its file, possibly the kustomization itself). */
  file?: FileRef;
  fromPatch: boolean;
  opaque: boolean;
}

interface ContainerState {
  name: string;
  /** The container node its environment is read from, with its document. */
  context: YamlContext;
  node: Node;
  command: ArgItem[] | undefined;
  args: ArgItem[] | undefined;
  /** A patch changed its command or args (or added it). */
  patched: boolean;
}

/** A container list (`containers`, `initContainers`...) as the patches leave it. */
interface ContainerList {
  /** Whether the pod spec has the list: operations below a missing list fail (RFC 6902). */
  exists: boolean;
  items: ContainerState[];
}

/** A patched pod spec: the target object and its container lists as the patches leave them. */
interface PodState {
  context: YamlContext;
  object: PodSpecObject;
  lists: Map<string, ContainerList>;
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
  // kustomize runs the `patches` transformer before `patchesJson6902` (api/internal/target).
  for (const [field, regex] of [
    ['patches', true],
    ['patchesJson6902', false],
  ] as const) {
    for (const entry of nav.items(nav.get(root, field))) {
      const targetNode = nav.map(nav.get(entry, 'target'));
      if (!targetNode) continue;
      const selector: Selector = { context, node: targetNode, regex, ...(namespace ? { namespace } : {}) };
      const targets = allTargets(env).filter((target) => selects(selector, target));
      if (targets.length === 0) continue;
      for (const patch of patchDocuments(context, entry, env)) {
        for (const op of patch.nav.items(patch.root)) applyOp(patch, op, targets, states);
      }
    }
  }
  const configs: EtcdConfig[] = [];
  for (const state of states.values()) {
    for (const list of state.lists.values()) {
      for (const container of list.items) {
        const config = container.patched ? patchedConfig(context, state, container, env) : undefined;
        if (config) configs.push(config);
      }
    }
  }
  return configs;
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

/** The JSON 6902 patch documents of an entry: `path:` among the scanned files, or inline `patch:`. */
function patchDocuments(context: YamlContext, entry: Node, env: ExtractEnv): YamlContext[] {
  const { nav } = context;
  const file = nav.text(nav.get(entry, 'path'));
  const out: YamlContext[] = [];
  if (file) {
    if (path.posix.isAbsolute(file) || file.includes('://')) return [];
    const wanted = path.posix.normalize(path.posix.join(path.posix.dirname(context.fileRef.relPath), file));
    out.push(...env.index.documentsIn(wanted));
  } else {
    const node = nav.get(entry, 'patch');
    const text = nav.text(node);
    const map = node && text ? context.scalarMap(node) : undefined;
    if (!node || !text || !map) return [];
    const where = `inline patch in ${context.fileRef.relPath}`;
    const fallback = context.nodeSpan(node);
    for (const doc of parseEmbeddedDocuments(text))
      out.push(new YamlContext(context.file, doc, { text, map, where, fallback }));
  }
  // A JSON 6902 patch is a list of operations; a map is a strategic-merge patch.
  return out.filter((doc) => doc.nav.seq(doc.root) !== undefined);
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

function containerList(state: PodState, name: string): ContainerList {
  const existing = state.lists.get(name);
  if (existing) return existing;
  const { nav } = state.context;
  const seq = nav.seq(nav.get(state.object.podSpec, name));
  const items = nav.items(seq).map((node) => containerState(state.context, node, false));
  const list: ContainerList = { exists: seq !== undefined, items };
  state.lists.set(name, list);
  return list;
}

function containerState(context: YamlContext, node: Node, fromPatch: boolean): ContainerState {
  const { nav } = context;
  return {
    name: nav.text(nav.get(node, 'name')) ?? '(unnamed)',
    context,
    node,
    command: argItems(context, nav.get(node, 'command'), fromPatch),
    args: argItems(context, nav.get(node, 'args'), fromPatch),
    patched: fromPatch,
  };
}

function argItems(context: YamlContext, node: Node | undefined, fromPatch: boolean): ArgItem[] | undefined {
  const seq = context.nav.seq(node);
  if (!seq) return undefined;
  return context.nav
    .items(seq)
    .map((item) => argItem(context, item, fromPatch))
    .filter((item): item is ArgItem => item !== undefined);
}

function argItem(context: YamlContext, node: Node, fromPatch: boolean): ArgItem | undefined {
  const value = context.nav.text(node);
  if (value === undefined) return undefined;
  return {
    value,
    span: context.nodeSpan(node),
    ...(fromPatch ? { file: context.fileRef } : {}),
    fromPatch,
    // `$(VAR)` is expanded by the kubelet from the container's env: unknown here.
    opaque: value.includes('$('),
  };
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
    container.patched = true;
    return;
  }
  const items = container[field];
  if (rest.length !== 3 || !items) return;
  const position = rest[2] === '-' ? items.length : arrayIndex(rest[2]);
  if (position === undefined) return;
  if (op === 'remove') {
    if (position < items.length) items.splice(position, 1);
    container.patched = true;
    return;
  }
  const item = value ? argItem(patch, value, true) : undefined;
  if (!item) return;
  if (op === 'add' && position <= items.length) items.splice(position, 0, item);
  else if (op === 'replace' && position < items.length) items[position] = item;
  else return;
  container.patched = true;
}

// ---------------------------------------------------------------------------------------------
// The patched process

function patchedConfig(
  kustomization: YamlContext,
  state: PodState,
  container: ContainerState,
  env: ExtractEnv,
): EtcdConfig | undefined {
  const argv = [...(container.command ?? []), ...(container.args ?? [])];
  const program = argv[0];
  if (!program || !isEtcdProgram(program.value) || isEtcdSubcommand(argv[1]?.value)) return undefined;
  const items = argv.slice(1);
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
  if (!parsed.flags.some((setting) => items[setting.span.startLine - 1]?.fromPatch)) return undefined;
  const { object } = state;
  const caveat = `a kustomize patch in ${kustomization.fileRef.relPath} adds it to the ${object.kind} defined in ${state.context.fileRef.relPath}`;
  const flags = parsed.flags.map((setting) => locate(setting, items, caveat));
  const startupProblems: StartupProblem[] = parsed.startupProblems.map((problem) => {
    const item = items[problem.span.startLine - 1];
    return { ...problem, span: item?.span ?? problem.span };
  });
  const launcher: Launcher = {
    kind: 'container',
    objectKind: object.kind,
    objectName: object.name,
    ...(object.namespace ? { namespace: object.namespace } : {}),
    container: container.name,
  };
  const own = container.context.fileRef;
  const containerEnv = containerEtcdEnv(container.context, object, container.node, env);
  const envSettings = containerEnv.settings.map((setting) =>
    setting.file || own === state.context.fileRef ? setting : { ...setting, file: own },
  );
  const reasons = [
    ...(container.command === undefined ? ["the program is the image's entrypoint, given these args"] : []),
    ...opaqueWords(words),
    ...containerEnv.open,
  ];
  return {
    file: state.context.fileRef,
    launcher,
    // The program word may be the patch's; the process's own anchor must be in the target's file.
    span: program.fromPatch ? state.context.firstKeySpan() : program.span,
    kind: 'process',
    completeness: reasons.length === 0 ? { complete: true } : { complete: false, reasons },
    flags,
    env: envSettings,
    implied: [],
    startupProblems,
    related: [
      {
        file: kustomization.fileRef,
        message: `the kustomization that patches ${object.kind} ${object.name}`,
      },
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
