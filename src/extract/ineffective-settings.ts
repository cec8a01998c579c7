import type { Node } from 'yaml';
import { isScalar } from 'yaml';
import type { Span } from '../model.js';
import type { ExtractEnv, YamlContext, YamlExtractor } from './extractor.js';

const SIDES: Record<string, { side: string; cis: string; key: string }> = {
  'auto-tls': { side: 'client', cis: '2.3', key: 'client-transport-security' },
  'peer-auto-tls': { side: 'peer', cis: '2.6', key: 'peer-transport-security' },
};

/**
 * Auto-TLS settings that a distribution accepts but that never reach etcd as a flag. They are not
 * CIS 2.3/2.6 violations, so they produce no finding, only a note-level scan notice:
 *
 * - k3s and RKE2 `etcd-arg` (`/etc/rancher/{k3s,rke2}/config.yaml`): each `name=value` becomes a
 *   top-level key of etcd's YAML config file (k3s pkg/daemons/executor ETCDConfig.ToConfigFile),
 *   and etcd reads auto-TLS only under `client-transport-security`/`peer-transport-security`.
 * - Talos `cluster.etcd.extraArgs`: `auto-tls` and `peer-auto-tls` are on the deny-list of Talos'
 *   etcd service (internal/app/machined/pkg/system/services/etcd.go), which then does not start.
 */
export const ineffectiveSettingsExtractor: YamlExtractor = {
  id: 'ineffective-settings',
  extract(context, env) {
    k3sEtcdArgs(context, env);
    talosExtraArgs(context, env);
    return [];
  },
};

/** `etcd-arg` (or the appending `etcd-arg+`) at the top level of a k3s/RKE2 config file. */
function k3sEtcdArgs(context: YamlContext, env: ExtractEnv): void {
  const { nav } = context;
  const root = context.root;
  if (nav.get(root, 'apiVersion') && nav.get(root, 'kind')) return;
  for (const key of ['etcd-arg', 'etcd-arg+']) {
    const pair = nav.pair(root, key);
    if (!pair) continue;
    const value = nav.resolve(pair.value);
    const items = nav.seq(value) ? nav.items(value) : value ? [value] : [];
    for (const item of items) {
      for (const arg of autoTlsArgs(nav.text(item))) {
        const { side, cis, key: section } = SIDES[arg.name] as (typeof SIDES)[string];
        env.notify({
          level: 'note',
          id: 'ineffective-setting',
          message: `\`${key}: ${arg.text}\` has no effect: k3s and RKE2 write each etcd-arg as a top-level key of etcd's config file, and etcd ignores a top-level \`${arg.name}\` (it reads auto-TLS only under \`${section}\`), so ${side} auto-TLS is not enabled and this is not a CIS ${cis} violation. The entry can be removed.`,
          file: context.fileRef,
          span: partSpan(context, item, arg.start, arg.end),
        });
      }
    }
  }
}

/** Talos machine config (`version: v1alpha1` with `machine` and `cluster`): `cluster.etcd.extraArgs`. */
function talosExtraArgs(context: YamlContext, env: ExtractEnv): void {
  const { nav } = context;
  const root = context.root;
  if (nav.text(nav.get(root, 'version')) !== 'v1alpha1') return;
  if (!nav.map(nav.get(root, 'machine')) || !nav.map(nav.get(root, 'cluster'))) return;
  for (const pair of nav.pairs(nav.path(root, ['cluster', 'etcd', 'extraArgs']))) {
    const name = nav.keyText(pair);
    if (name === undefined || !(name in SIDES)) continue;
    env.notify({
      level: 'note',
      id: 'ineffective-setting',
      message: `Talos rejects \`cluster.etcd.extraArgs.${name}\`: \`auto-tls\` and \`peer-auto-tls\` are on the deny-list of Talos' etcd service (Talos always passes \`--auto-tls=false --peer-auto-tls=false\` with its own certificates), so etcd will not start with this machine config. This is not a CIS ${SIDES[name]?.cis} violation; remove the entry.`,
      file: context.fileRef,
      span: context.pairSpan(pair),
    });
  }
}

interface AutoTlsArg {
  name: string;
  text: string;
  start: number;
  end: number;
}

/**
 * The `auto-tls=...`/`peer-auto-tls=...` entries of one etcd-arg value. k3s trims leading dashes
 * from the name; a value may also hold several comma-separated entries (a CLI string slice).
 */
function autoTlsArgs(value: string | undefined): AutoTlsArg[] {
  if (value === undefined) return [];
  const out: AutoTlsArg[] = [];
  let start = 0;
  for (const part of value.split(',')) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    const name = /^-*((?:peer-)?auto-tls)(?:=|$)/.exec(text)?.[1];
    if (name) out.push({ name, text, start: start + lead, end: start + lead + text.length });
    start += part.length + 1;
  }
  return out;
}

function partSpan(context: YamlContext, node: Node, start: number, end: number): Span {
  return isScalar(node) && typeof node.value === 'string'
    ? context.valueSpan(node, start, end)
    : context.nodeSpan(node);
}
