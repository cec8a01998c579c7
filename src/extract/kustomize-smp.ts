// kustomize strategic-merge patches of a workload's containers, as kyaml's merge2 applies them
// (kubernetes-sigs/kustomize @ 12f9e639: api/filters/patchstrategicmerge, kyaml/yaml/merge2,
// kyaml/yaml/walk/associative_sequence.go; docs/forms/kustomize.md):
// - `containers` (and init/ephemeral containers) and `env` merge by `name`: an element of the patch
//   merges into the element of the same name, or is added; the patch's elements come first, then the
//   base's others (ListIncreaseDirection: prepend);
// - `command`, `args`, `envFrom` are replaced as whole lists (no merge key in the schema); scalars
//   (`image`, `value`) are replaced; an explicit `null` removes the field;
// - `$patch: delete` on an element removes it, `$patch: replace` replaces it whole; a list element
//   `{$patch: replace}` makes the patch's elements the whole list, `{$patch: delete}` removes it.

import type { Node, Pair } from 'yaml';
import { isScalar } from 'yaml';
import type { EnvEntry, Located } from './container-env.js';
import {
  argItems,
  type ContainerList,
  type ContainerState,
  containerList,
  containerState,
  markPatched,
  type PodState,
} from './kustomize-state.js';
import { CONTAINER_LISTS } from './pod-spec.js';
import type { YamlContext } from './yaml-context.js';

/** Merges the container lists of a patch's pod spec into a target's. */
export function mergePodSpec(patch: YamlContext, patchPodSpec: Node, state: PodState): void {
  for (const name of CONTAINER_LISTS) {
    const pair = patch.nav.pair(patchPodSpec, name);
    if (pair) mergeContainerList(patch, pair, containerList(state, name));
  }
}

function isNull(node: Node | undefined | null): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

/** `$patch` of a map: `delete`, `replace`, `merge` or undefined. */
function directive(patch: YamlContext, node: Node): string | undefined {
  return patch.nav.text(patch.nav.get(node, '$patch'));
}

/** A list's own directive: an element that is a map holding only `$patch`. */
function listDirective(patch: YamlContext, elements: readonly Node[]): string | undefined {
  for (const element of elements) {
    const pairs = patch.nav.pairs(element);
    if (pairs.length === 1 && patch.nav.keyText(pairs[0] as Pair) === '$patch')
      return directive(patch, element);
  }
  return undefined;
}

function elementsOf(patch: YamlContext, node: Node): Node[] {
  return patch.nav.items(patch.nav.seq(node)).filter((element) => {
    const pairs = patch.nav.pairs(element);
    return !(pairs.length === 1 && patch.nav.keyText(pairs[0] as Pair) === '$patch');
  });
}

/**
 * Merges elements keyed by name: the patch's keys in its order, then the base's other elements.
 * `merge` combines a base element with the patch's; `fresh` makes one from a patch element.
 */
function mergeByName<T>(
  patch: YamlContext,
  elements: readonly Node[],
  base: readonly T[],
  nameOf: (item: T) => string,
  fresh: (node: Node) => T | undefined,
  merge: (item: T, node: Node) => T,
): T[] {
  const byName = new Map(base.map((item) => [nameOf(item), item]));
  const out: T[] = [];
  const taken = new Set<string>();
  const deleted = new Set<string>();
  for (const element of elements) {
    const name = patch.nav.text(patch.nav.get(element, 'name'));
    const how = directive(patch, element);
    if (name === undefined) {
      const item = fresh(element);
      if (item !== undefined && how !== 'delete') out.push(item);
      continue;
    }
    if (how === 'delete') {
      deleted.add(name);
      continue;
    }
    const existing = byName.get(name);
    const item = existing !== undefined && how !== 'replace' ? merge(existing, element) : fresh(element);
    if (item === undefined || taken.has(name)) continue;
    taken.add(name);
    out.push(item);
  }
  for (const item of base) {
    const name = nameOf(item);
    if (!taken.has(name) && !deleted.has(name)) out.push(item);
  }
  return out;
}

function mergeContainerList(patch: YamlContext, pair: Pair, list: ContainerList): void {
  const value = patch.nav.resolve(pair.value as Node | null);
  if (isNull(value)) {
    list.exists = false;
    list.items = [];
    return;
  }
  const seq = patch.nav.seq(value);
  if (!seq || !value) return;
  const how = listDirective(patch, patch.nav.items(seq));
  const elements = elementsOf(patch, value);
  const fresh = (node: Node) => containerState(patch, node, true);
  if (how === 'delete') {
    list.exists = false;
    list.items = [];
    return;
  }
  if (how === 'replace' || !list.exists) {
    list.exists = true;
    list.items = elements.map(fresh);
    return;
  }
  list.items = mergeByName(
    patch,
    elements,
    list.items,
    (item) => item.name,
    fresh,
    (item, node) => mergeContainer(patch, item, node),
  );
}

function mergeContainer(patch: YamlContext, base: ContainerState, node: Node): ContainerState {
  const { nav } = patch;
  const out: ContainerState = { ...base };
  for (const pair of nav.pairs(node)) {
    const key = nav.keyText(pair);
    const value = nav.resolve(pair.value as Node | null);
    switch (key) {
      case 'command':
      case 'args':
        out[key] = isNull(value) ? undefined : argItems(patch, value, true);
        markPatched(out, patch.fileRef);
        break;
      case 'image':
        out.image = isNull(value) || !value ? undefined : { context: patch, node: value };
        markPatched(out, patch.fileRef);
        break;
      case 'envFrom':
        out.envFrom =
          isNull(value) || !value
            ? []
            : nav.items(nav.seq(value)).map((item) => ({ context: patch, node: item }));
        markPatched(out, patch.fileRef);
        break;
      case 'env':
        out.env = isNull(value) || !value ? [] : mergeEnv(patch, value, base.env);
        markPatched(out, patch.fileRef);
        break;
    }
  }
  return out;
}

function mergeEnv(patch: YamlContext, value: Node, base: readonly EnvEntry[]): EnvEntry[] {
  const how = listDirective(patch, patch.nav.items(patch.nav.seq(value)));
  if (how === 'delete') return [];
  const elements = elementsOf(patch, value);
  const fresh = (node: Node) => envEntry(patch, node, undefined);
  if (how === 'replace') return elements.flatMap((node) => fresh(node) ?? []);
  return mergeByName(
    patch,
    elements,
    base,
    (entry) => entry.name,
    fresh,
    (entry, node) => envEntry(patch, node, entry) ?? entry,
  );
}

/** An env element of a patch, merged over a base entry of the same name when there is one. */
function envEntry(patch: YamlContext, node: Node, base: EnvEntry | undefined): EnvEntry | undefined {
  const { nav } = patch;
  const pair = nav.pair(node, 'name');
  const name = nav.text(pair?.value);
  if (!pair || !name) return undefined;
  const field = (key: 'value' | 'valueFrom'): Located | undefined => {
    const own = nav.pair(node, key);
    if (!own) return base?.[key];
    const resolved = nav.resolve(own.value as Node | null);
    return isNull(resolved) || !resolved ? undefined : { context: patch, node: resolved };
  };
  const value = field('value');
  const valueFrom = field('valueFrom');
  return {
    name,
    at: { context: patch, pair },
    ...(value ? { value } : {}),
    ...(valueFrom ? { valueFrom } : {}),
  };
}
