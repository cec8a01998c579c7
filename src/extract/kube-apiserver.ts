// The kube-apiserver as etcd's client: containers (static pods such as kubeadm's
// /etc/kubernetes/manifests/kube-apiserver.yaml, workloads) and systemd units whose program is
// `kube-apiserver` (or `hyperkube kube-apiserver`), with the `--etcd-*` flags they pass. A
// kube-apiserver reads these flags from its command line only (no environment variables, no config
// file), so a literal command line is the whole of them.

import type { Node } from 'yaml';
import { apiServerArgs, parseApiServerArgv } from '../etcd/apiserver.js';
import type { ArgWord } from '../etcd/go-flags.js';
import type { ClientLauncher, EtcdClientConfig } from '../model.js';
import type { ClientTextExtractor, ClientYamlExtractor } from './extractor.js';
import { podSpecObjects } from './kubernetes-objects.js';
import { CONTAINER_LISTS } from './pod-spec.js';
import { opaqueWords } from './setting.js';
import { unitCommandLines } from './systemd.js';
import type { YamlContext } from './yaml-context.js';

export const kubeApiServerExtractor: ClientYamlExtractor = {
  id: 'kube-apiserver',
  extract(context) {
    // `kube-apiserver`, `hyperkube apiserver`: most documents have neither word.
    if (!context.mayMention('apiserver')) return [];
    const { nav } = context;
    const configs: EtcdClientConfig[] = [];
    const seen = new Set<Node>();
    for (const object of podSpecObjects(context)) {
      for (const list of CONTAINER_LISTS) {
        for (const container of nav.items(nav.get(object.podSpec, list))) {
          if (seen.has(container)) continue;
          seen.add(container);
          const config = containerClient(context, container, {
            kind: 'container',
            objectKind: object.kind,
            objectName: object.name,
            ...(object.namespace ? { namespace: object.namespace } : {}),
            container: nav.text(nav.get(container, 'name')) ?? '(unnamed)',
          });
          if (config) configs.push(config);
        }
      }
    }
    return configs;
  },
};

function containerClient(
  context: YamlContext,
  container: Node,
  launcher: ClientLauncher,
): EtcdClientConfig | undefined {
  const { nav } = context;
  const command = nav.items(nav.get(container, 'command'));
  const argv = [...command, ...nav.items(nav.get(container, 'args'))].flatMap((node) => {
    const value = nav.text(node);
    return value === undefined ? [] : [{ value, node }];
  });
  const found = apiServerArgs(argv);
  if (!found) return undefined;
  const words: ArgWord[] = found.args.map(({ value, node }) => ({
    value,
    span: context.nodeSpan(node),
    // The kubelet expands `$(VAR)` from the container's env; a template action is not known either.
    opaque: value.includes('$(') || context.isTemplated(node),
    locate: (from, to) => context.valueSpan(node, from, to),
  }));
  const reasons = [
    ...(command.length === 0 ? ["the program is the image's entrypoint, given these args"] : []),
    ...opaqueWords(words),
    ...(context.file.template ? ['the manifest is a template'] : []),
  ];
  return {
    file: context.fileRef,
    launcher,
    span: context.nodeSpan(found.program.node),
    completeness: reasons.length === 0 ? { complete: true } : { complete: false, reasons },
    flags: parseApiServerArgv(words, false),
    implied: [],
    startupProblems: [],
  };
}

/** systemd units whose ExecStart= runs the kube-apiserver (kubernetes-the-hard-way style). */
export const kubeApiServerUnitExtractor: ClientTextExtractor = {
  id: 'kube-apiserver-unit',
  extract(file, env) {
    if (!file.file.relPath.endsWith('.service')) return [];
    return unitCommandLines(file, env).flatMap((line) => {
      const found = apiServerArgs(line.argv);
      if (!found) return [];
      const words = found.args;
      const reasons = [...line.open, ...opaqueWords(words)];
      return [
        {
          file: file.file,
          launcher: { kind: 'systemd' as const, unit: file.file.relPath },
          span: found.program.span,
          completeness: reasons.length === 0 ? { complete: true } : { complete: false, reasons },
          flags: parseApiServerArgv(words, false),
          implied: [],
          startupProblems: [],
        },
      ];
    });
  },
};
