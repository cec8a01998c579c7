import type { Node } from 'yaml';
import type { YamlContext } from './yaml-context.js';

/** A Kubernetes object found in a document, with the pod spec it carries. */
export interface PodSpecObject {
  kind: string;
  name: string;
  namespace?: string;
  podSpec: Node;
}

/** Where each workload kind keeps its pod spec (Kubernetes API reference). */
const POD_SPEC_PATHS: Record<string, readonly string[]> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** Workload-like custom resources (Argo Rollout, OpenKruise CloneSet...) use the Deployment shape. */
const GENERIC_POD_SPEC_PATH = ['spec', 'template', 'spec'];

/** Where an object of this kind keeps its pod spec. */
export function podSpecPath(kind: string): readonly string[] {
  return POD_SPEC_PATHS[kind] ?? GENERIC_POD_SPEC_PATH;
}

const MAX_LIST_DEPTH = 8;

/**
 * Every object in a document: the document itself and the items of `kind: List` (and `*List`).
 * An object reached again through an alias is yielded once (it would give the same findings), and
 * a List is walked again only when reached at a shallower depth: without `seen`, 8 levels of Lists
 * whose items alias the previous List 10 times yielded 10^8 objects and hung the scan.
 */
export function* kubernetesObjects(
  context: YamlContext,
  node = context.root,
  depth = 0,
  seen = new Map<Node, number>(),
): Generator<Node> {
  const { nav } = context;
  if (!node || !nav.map(node) || depth > MAX_LIST_DEPTH) return;
  const before = seen.get(node);
  if (before !== undefined && before <= depth) return;
  seen.set(node, depth);
  const kind = nav.text(nav.get(node, 'kind')) ?? '';
  const items = nav.seq(nav.get(node, 'items'));
  if (kind.endsWith('List') && items) {
    for (const item of nav.items(items)) yield* kubernetesObjects(context, item, depth + 1, seen);
    return;
  }
  if (before === undefined) yield node;
}

export function podSpecObjects(context: YamlContext): PodSpecObject[] {
  const { nav } = context;
  const out: PodSpecObject[] = [];
  for (const object of kubernetesObjects(context)) {
    const kind = nav.text(nav.get(object, 'kind'));
    if (!kind || !nav.text(nav.get(object, 'apiVersion'))) continue;
    const path = podSpecPath(kind);
    const podSpec = nav.map(nav.path(object, path));
    if (!podSpec) continue;
    const metadata = nav.get(object, 'metadata');
    const namespace = nav.text(nav.get(metadata, 'namespace'));
    out.push({
      kind,
      name: objectName(context, metadata),
      ...(namespace ? { namespace } : {}),
      podSpec,
    });
  }
  return out;
}

/** metadata.name (or generateName); a templated name is shown as written (`{{ include ... }}`). */
function objectName(context: YamlContext, metadata: Node | undefined): string {
  const { nav } = context;
  const node = nav.get(metadata, 'name') ?? nav.get(metadata, 'generateName');
  if (!node) return '(unnamed)';
  return context.shownText(node) ?? (context.isTemplated(node) ? '(templated)' : '(unnamed)');
}
