// Custom resources an operator turns into etcd's command line. The operator's choices come from its
// source (src/etcd/launchers.ts, docs/forms/operators.md): what the resource leaves out can be what
// enables auto-TLS, so a flag the operator chose because of the resource is reported at the resource.

import type { Node } from 'yaml';
import { AENIX_SYSTEM_FLAGS, aenixOperatorArgs } from '../etcd/launchers.js';
import type { EtcdConfig, Setting, Span, StartupProblem } from '../model.js';
import type { YamlExtractor } from './extractor.js';
import { kubernetesObjects } from './kubernetes-objects.js';
import { renderedArg } from './setting.js';
import type { YamlContext } from './yaml-context.js';

const OPERATOR = 'aenix-io/etcd-operator';
const TLS_SECRETS = ['peerSecret', 'serverSecret', 'clientSecret'] as const;

/**
 * aenix-io/etcd-operator's `EtcdCluster` (`etcd.aenix.io/v1alpha1`, its only version): the operator
 * runs etcd in a StatefulSet with the arguments of `aenixOperatorArgs`; without
 * `spec.security.tls.peerSecret` that includes `--peer-auto-tls`, reported at `spec.security` (or
 * `spec` when there is none).
 */
export const operatorExtractor: YamlExtractor = {
  id: 'operators',
  extract(context) {
    if (context.embedded) return [];
    const { nav } = context;
    const configs: EtcdConfig[] = [];
    for (const object of kubernetesObjects(context)) {
      const apiVersion = nav.text(nav.get(object, 'apiVersion')) ?? '';
      if (!apiVersion.startsWith('etcd.aenix.io/') || nav.text(nav.get(object, 'kind')) !== 'EtcdCluster')
        continue;
      const config = aenixCluster(context, object);
      if (config) configs.push(config);
    }
    return configs;
  },
};

function aenixCluster(context: YamlContext, object: Node): EtcdConfig | undefined {
  const { nav } = context;
  const specPair = nav.pair(object, 'spec');
  const spec = nav.map(specPair?.value);
  if (!specPair) return undefined;
  const securityPair = nav.pair(spec, 'security');
  const anchor = context.nodeSpan((securityPair?.key ?? specPair.key) as Node);
  const tls = nav.get(nav.get(spec, 'security'), 'tls');
  const open: string[] = [];
  const known: Record<(typeof TLS_SECRETS)[number], boolean> = {
    peerSecret: false,
    serverSecret: false,
    clientSecret: false,
  };
  for (const key of TLS_SECRETS) {
    const node = nav.get(tls, key);
    if (node && context.isTemplated(node)) {
      // A template placeholder: set or not is unknown; the operator's choice is not reported.
      open.push(`\`spec.security.tls.${key}\` is a template expression`);
      known[key] = true;
      continue;
    }
    known[key] = (nav.text(node) ?? '') !== '';
  }
  const implied: Setting[] = [];
  const flags: Setting[] = [];
  for (const arg of aenixOperatorArgs(known)) {
    const text = arg.value === undefined ? `--${arg.name}` : `--${arg.name}=${arg.value}`;
    const base = { name: arg.name, key: `--${arg.name}`, text, rawValue: arg.value, span: anchor };
    if (arg.field)
      flags.push({ ...base, origin: { kind: 'operator', operator: OPERATOR, field: arg.field } });
    else implied.push({ ...base, origin: { kind: 'launcher-default', tool: OPERATOR, as: 'flag' } });
  }
  const options = userOptions(context, spec);
  const metadata = nav.get(object, 'metadata');
  const namespace = context.shownText(nav.get(metadata, 'namespace'));
  const reasons = [...open, ...podTemplateReasons(context, spec)];
  return {
    file: context.fileRef,
    launcher: {
      kind: 'operator',
      operator: OPERATOR,
      objectKind: 'EtcdCluster',
      objectName: context.shownText(nav.get(metadata, 'name')) ?? '(unnamed)',
      ...(namespace ? { namespace } : {}),
    },
    span: anchor,
    kind: 'process',
    completeness: reasons.length === 0 ? { complete: true } : { complete: false, reasons },
    flags: [...flags, ...options.flags],
    env: [],
    implied,
    startupProblems: options.problems,
  };
}

/**
 * `spec.options`, which the operator appends as `--name=value` (a bare `--name` for an empty value)
 * sorted as strings; the webhook refuses the names the operator sets itself.
 */
function userOptions(
  context: YamlContext,
  spec: Node | undefined,
): { flags: Setting[]; problems: StartupProblem[] } {
  const { nav } = context;
  const flags: { sortKey: string; setting: Setting }[] = [];
  const problems: StartupProblem[] = [];
  for (const pair of nav.pairs(nav.get(spec, 'options'))) {
    const name = nav.keyText(pair);
    const value = nav.text(pair.value) ?? '';
    if (name === undefined) continue;
    const span: Span = context.pairSpan(pair);
    if (AENIX_SYSTEM_FLAGS.has(name)) {
      problems.push({
        message: `the operator's admission webhook refuses \`spec.options.${name}\` (the operator sets \`--${name}\` itself), so the EtcdCluster is not admitted`,
        span,
      });
      continue;
    }
    const rendered = value === '' ? `--${name}` : `--${name}=${value}`;
    const setting = renderedArg(
      name,
      value === '' ? undefined : value,
      `${name}: ${value}`,
      { kind: 'extra-arg', tool: OPERATOR, field: 'spec.options', shape: 'map' },
      span,
    );
    flags.push({ sortKey: rendered, setting });
  }
  flags.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  return { flags: flags.map((flag) => flag.setting), problems };
}

/** `spec.podTemplate` is strategically merged over the operator's pod: its etcd container may add settings. */
function podTemplateReasons(context: YamlContext, spec: Node | undefined): string[] {
  const { nav } = context;
  const containers = nav.items(nav.get(nav.get(nav.get(spec, 'podTemplate'), 'spec'), 'containers'));
  const etcd = containers.find((container) => nav.text(nav.get(container, 'name')) === 'etcd');
  if (!etcd) return [];
  const fields = ['command', 'args', 'env', 'envFrom'].filter((key) => nav.get(etcd, key) !== undefined);
  return fields.length === 0
    ? []
    : [`\`spec.podTemplate\` gives the etcd container ${fields.map((f) => `\`${f}\``).join(', ')}`];
}
