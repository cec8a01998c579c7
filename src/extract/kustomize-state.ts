// A workload's containers as kustomize's patches leave them: both patch kinds (JSON 6902 in
// kustomize.ts, strategic merge in kustomize-smp.ts) edit this state, and kustomize.ts turns each
// patched container into the process it runs.

import type { Node } from 'yaml';
import type { FileRef, Span } from '../model.js';
import { type EnvEntry, envSourcesOf, type Located } from './container-env.js';
import type { PodSpecObject } from './kubernetes-objects.js';
import type { YamlContext } from './yaml-context.js';

/** An argv element: its value, where it is written, and whether a patch put it there. */
export interface ArgItem {
  value: string;
  span: Span;
  /** Set when the element comes from a patch (its file, possibly the kustomization itself). */
  file?: FileRef;
  fromPatch: boolean;
  opaque: boolean;
}

export interface ContainerState {
  name: string;
  /** The document and node the container was first written in (the base, or a patch that adds it). */
  context: YamlContext;
  node: Node;
  command: ArgItem[] | undefined;
  args: ArgItem[] | undefined;
  image: Located | undefined;
  env: EnvEntry[];
  envFrom: Located[];
  /** A patch changed its program, arguments, image or environment (or added it). */
  patched: boolean;
  /** The files of the patches that did (an inline patch's is the kustomization). */
  patchedBy: FileRef[];
}

/** Records that a patch in `file` changed the container. */
export function markPatched(container: ContainerState, file: FileRef): void {
  container.patched = true;
  if (!container.patchedBy.some((known) => known.absPath === file.absPath))
    container.patchedBy = [...container.patchedBy, file];
}

/** A container list (`containers`, `initContainers`...) as the patches leave it. */
export interface ContainerList {
  /** Whether the pod spec has the list: operations below a missing list fail (RFC 6902). */
  exists: boolean;
  items: ContainerState[];
}

/** A patched pod spec: the target object and its container lists as the patches leave them. */
export interface PodState {
  context: YamlContext;
  object: PodSpecObject;
  lists: Map<string, ContainerList>;
}

export function containerState(context: YamlContext, node: Node, fromPatch: boolean): ContainerState {
  const { nav } = context;
  const image = nav.get(node, 'image');
  const sources = envSourcesOf(context, node);
  return {
    name: nav.text(nav.get(node, 'name')) ?? '(unnamed)',
    context,
    node,
    command: argItems(context, nav.get(node, 'command'), fromPatch),
    args: argItems(context, nav.get(node, 'args'), fromPatch),
    image: image ? { context, node: image } : undefined,
    env: sources.env,
    envFrom: sources.envFrom,
    patched: fromPatch,
    patchedBy: fromPatch ? [context.fileRef] : [],
  };
}

export function argItems(
  context: YamlContext,
  node: Node | undefined,
  fromPatch: boolean,
): ArgItem[] | undefined {
  const seq = context.nav.seq(node);
  if (!seq) return undefined;
  return context.nav
    .items(seq)
    .map((item) => argItem(context, item, fromPatch))
    .filter((item): item is ArgItem => item !== undefined);
}

export function argItem(context: YamlContext, node: Node, fromPatch: boolean): ArgItem | undefined {
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

export function containerList(state: PodState, name: string): ContainerList {
  const existing = state.lists.get(name);
  if (existing) return existing;
  const { nav } = state.context;
  const seq = nav.seq(nav.get(state.object.podSpec, name));
  const items = nav.items(seq).map((node) => containerState(state.context, node, false));
  const list: ContainerList = { exists: seq !== undefined, items };
  state.lists.set(name, list);
  return list;
}
