import type { Node } from 'yaml';
import { type ArgWord, parseEtcdArgv } from '../etcd/go-flags.js';
import { type BitnamiScripts, containerProgram, imageProgramPhrase } from '../etcd/images.js';
import { isEtcdProgram, isEtcdSubcommand } from '../etcd/program.js';
import type { EtcdConfig, Launcher, Span } from '../model.js';
import { bitnamiEnvironment, containerVariables, podConfigMounted } from './bitnami-image.js';
import { containerEtcdEnv } from './container-env.js';
import type { YamlExtractor } from './extractor.js';
import { type PodSpecObject, podSpecObjects } from './kubernetes-objects.js';
import { patchedBy } from './kustomize-targets.js';
import { opaqueWords } from './setting.js';
import { findEtcdInvocations, shellScriptIndex } from './shell.js';
import type { YamlContext } from './yaml-context.js';

export const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

/** A `command`/`args` element with its node, after the kubelet's `$(VAR)` expansion. */
interface ArgvItem {
  value: string;
  node: Node;
  opaque: boolean;
}

/** One etcd server a container runs, before its environment is added. */
interface ContainerProcess {
  span: Span;
  flags: EtcdConfig['flags'];
  startupProblems: EtcdConfig['startupProblems'];
  /** Why the command line may hold more than the file shows. */
  open: string[];
  /** Set when the image runs etcd (the manifest does not name it): how, for messages. */
  imageProgram?: string;
  /** Bitnami's scripts run first and read the environment (bitnami-image.ts). */
  bitnami?: BitnamiScripts;
}

/**
 * Containers of every pod-spec-bearing object whose program is the etcd server, either directly
 * (`command[0]`, or `args[0]` when there is no command) or inside `sh -c SCRIPT`.
 */
export const podSpecExtractor: YamlExtractor = {
  id: 'pod-spec',
  extract(context, extractEnv) {
    const configs: EtcdConfig[] = [];
    // A container node reached again through an alias (`- *etcd` a thousand times, or pod specs
    // shared by objects of one namespace) would give findings at the same spans, which evaluation
    // deduplicates in favour of the first: analyse it once per namespace. Without this an
    // alias-amplified file of 100 KB ran out of memory.
    const analysed = new Set<string>();
    const ids = new Map<Node, number>();
    for (const object of podSpecObjects(context)) {
      for (const list of CONTAINER_LISTS) {
        for (const container of context.nav.items(context.nav.get(object.podSpec, list))) {
          if (!ids.has(container)) ids.set(container, ids.size);
          const key = `${ids.get(container)}\u0000${object.namespace ?? ''}`;
          if (analysed.has(key)) continue;
          analysed.add(key);
          const processes = containerProcesses(context, container);
          if (processes.length === 0) continue;
          // Only a container that runs etcd has its ETCD_* variables read (and ConfigMaps resolved).
          const env = containerEtcdEnv(context, object, container, extractEnv);
          const launcher = containerLauncher(context, object, container);
          const patched = patchedBy(extractEnv.index, object.kind, object.name, context.fileRef.relPath);
          const open = [
            ...env.open,
            ...(context.file.template ? ['the manifest is a template'] : []),
            ...(patched ? [patched] : []),
          ];
          for (const process of processes) {
            const image = process.bitnami
              ? bitnamiEnvironment(
                  env.settings,
                  containerVariables(context, container),
                  podConfigMounted(context, object.podSpec, container),
                  process.bitnami.run,
                  process.span,
                )
              : undefined;
            const reasons = [...process.open, ...open, ...(image?.open ?? [])];
            configs.push({
              file: context.fileRef,
              launcher: process.imageProgram ? { ...launcher, imageProgram: process.imageProgram } : launcher,
              span: process.span,
              kind: 'process',
              completeness: reasons.length === 0 ? { complete: true } : { complete: false, reasons },
              flags: process.flags,
              env: image?.env ?? env.settings,
              ...(image?.configFile ? { configFile: image.configFile } : {}),
              implied: image?.implied ?? [],
              startupProblems: process.startupProblems,
            });
          }
        }
      }
    }
    return configs;
  },
};

function containerLauncher(
  context: YamlContext,
  object: PodSpecObject,
  container: Node,
): Extract<Launcher, { kind: 'container' }> {
  const { nav } = context;
  return {
    kind: 'container',
    objectKind: object.kind,
    objectName: object.name,
    ...(object.namespace ? { namespace: object.namespace } : {}),
    container: nav.text(nav.get(container, 'name')) ?? '(unnamed)',
  };
}

function containerProcesses(context: YamlContext, container: Node): ContainerProcess[] {
  const { nav } = context;
  const env = containerEnv(context, container);
  const items = (key: string) =>
    nav
      .items(nav.get(container, key))
      .map((node) => expandItem(nav.text(node), node, env))
      // In a Helm template an argument written as `{{ ... }}` is unknown: it may expand to flags.
      .map((item) => (item && context.isTemplated(item.node) ? { ...item, opaque: true } : item))
      .filter((item): item is ArgvItem => item !== undefined);
  const command = items('command');
  const args = items('args');
  const argv = [...command, ...args];
  const image = containerImage(context, container);
  const program = containerProgram(image?.value, {
    runtime: 'kubernetes',
    entrypoint: command.map((item) => item.value),
    cmd: args.map((item) => item.value),
  });
  const toWord = (item: ArgvItem): ArgWord => ({
    value: item.value,
    opaque: item.opaque,
    span: context.nodeSpan(item.node),
    ...locator(context, item, 0),
  });
  if (program.kind === 'none') return [];
  if (program.kind === 'etcd') {
    const words = argv.slice(program.flagsFrom).map(toWord);
    const written = program.at === undefined ? undefined : argv[program.at];
    const anchor = written?.node ?? image?.node;
    if (!anchor) return [];
    const phrase = image ? imageProgramPhrase(program, image.value) : undefined;
    return [
      {
        span: context.nodeSpan(anchor),
        ...parseEtcdArgv(words, false),
        open: [...program.open, ...opaqueWords(words)],
        ...(phrase ? { imageProgram: phrase } : {}),
        ...(program.bitnami ? { bitnami: program.bitnami } : {}),
      },
    ];
  }
  const rest = argv.slice(program.index);
  const first = rest[0];
  if (!first) return [];
  if (isEtcdProgram(first.value)) {
    if (isEtcdSubcommand(rest[1]?.value)) return [];
    const words = rest.slice(1).map(toWord);
    return [
      {
        span: context.nodeSpan(first.node),
        ...parseEtcdArgv(words, false),
        open: [...program.open, ...opaqueWords(words)],
        ...(program.bitnami ? { bitnami: program.bitnami } : {}),
      },
    ];
  }
  const scriptIndex = shellScriptIndex(rest.map((item) => item.value));
  const script = scriptIndex === undefined ? undefined : rest[scriptIndex];
  if (!script) return [];
  return findEtcdInvocations(script.value).map((invocation) => {
    const words: ArgWord[] = invocation.args.map((word) => ({
      value: word.value,
      opaque: word.opaque || script.opaque,
      span: context.valueSpan(script.node, word.start, word.end),
      // A word written without quotes or escapes maps character for character into the script.
      ...(script.value.slice(word.start, word.end) === word.value
        ? locator(context, script, word.start)
        : {}),
    }));
    return {
      span: context.valueSpan(script.node, invocation.program.start, invocation.program.end),
      ...parseEtcdArgv(words, true),
      open: [...program.open, ...opaqueWords(words)],
      ...(program.bitnami ? { bitnami: program.bitnami } : {}),
    };
  });
}

/**
 * Where characters of an item's value are written (one URL of a list), when the value is the
 * node's own text (no `$(VAR)` expanded into it); `offset` is where the part starts in the value.
 */
function locator(context: YamlContext, item: ArgvItem, offset: number): Pick<ArgWord, 'locate'> {
  if (item.value !== context.nav.text(item.node)) return {};
  return { locate: (from, to) => context.valueSpan(item.node, offset + from, offset + to) };
}

/** The container's literal image (a templated one is unknown). */
function containerImage(context: YamlContext, container: Node): { value: string; node: Node } | undefined {
  const node = context.nav.get(container, 'image');
  const value = context.nav.text(node);
  if (!node || value === undefined || context.isTemplated(node)) return undefined;
  return { value, node };
}

/** Container environment as the kubelet sees it for `$(VAR)` expansion in command and args. */
interface ContainerEnv {
  literal: Map<string, string>;
  /** Variables set from ConfigMaps, Secrets or fields: their values are not known here. */
  unknown: Set<string>;
  hasEnvFrom: boolean;
}

function containerEnv(context: YamlContext, container: Node): ContainerEnv {
  const { nav } = context;
  const env: ContainerEnv = { literal: new Map(), unknown: new Set(), hasEnvFrom: false };
  for (const entry of nav.items(nav.get(container, 'env'))) {
    const name = nav.text(nav.get(entry, 'name'));
    if (!name) continue;
    const value = nav.text(nav.get(entry, 'value'));
    if (value !== undefined && !nav.get(entry, 'valueFrom')) {
      env.literal.set(name, value);
      env.unknown.delete(name);
    } else {
      env.unknown.add(name);
      env.literal.delete(name);
    }
  }
  env.hasEnvFrom = nav.items(nav.get(container, 'envFrom')).length > 0;
  return env;
}

/**
 * The kubelet replaces `$(NAME)` in command and args with the container's variable NAME when it is
 * defined, leaves it as written when it is not, and turns `$$` into `$`.
 */
function expandItem(value: string | undefined, node: Node, env: ContainerEnv): ArgvItem | undefined {
  if (value === undefined) return undefined;
  if (!value.includes('$')) return { value, node, opaque: false };
  let opaque = false;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '$' && value[i + 1] === '$') {
      out += '$';
      i++;
      continue;
    }
    if (c === '$' && value[i + 1] === '(') {
      const close = value.indexOf(')', i + 2);
      const name = close < 0 ? '' : value.slice(i + 2, close);
      if (/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name)) {
        const known = env.literal.get(name);
        if (known !== undefined) {
          out += known;
          i = close;
          continue;
        }
        if (env.unknown.has(name) || env.hasEnvFrom) opaque = true;
      }
    }
    out += c;
  }
  return { value: out, node, opaque };
}
