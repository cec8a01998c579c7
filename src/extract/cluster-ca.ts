// Pairs etcd with the kube-apiserver of the same cluster, for the one rule that compares them
// (etcd-shared-ca, CIS 2.7): static pods written side by side (kubeadm's /etc/kubernetes/manifests,
// or any directory holding an etcd pod and a kube-apiserver pod) belong to one control plane.
// kubeadm configurations carry their own pairing (kubeadm.ts).

import path from 'node:path';
import type { EtcdClientConfig, EtcdConfig } from '../model.js';

/** Gives each etcd container config the `--client-ca-file` of a kube-apiserver in the same directory. */
export function pairClusterCas(configs: readonly EtcdConfig[], clients: readonly EtcdClientConfig[]): void {
  const byDirectory = new Map<string, EtcdClientConfig[]>();
  for (const client of clients) {
    if (client.launcher.kind !== 'container') continue;
    const directory = path.posix.dirname(client.file.relPath);
    byDirectory.set(directory, [...(byDirectory.get(directory) ?? []), client]);
  }
  for (const config of configs) {
    if (config.clusterClientCa || config.launcher.kind !== 'container') continue;
    const neighbours = byDirectory.get(path.posix.dirname(config.file.relPath)) ?? [];
    // Only one kube-apiserver next to it: two would leave open which cluster etcd belongs to.
    if (neighbours.length !== 1) continue;
    const client = neighbours[0] as EtcdClientConfig;
    const flag = client.flags.filter((setting) => setting.name === 'client-ca-file').at(-1);
    if (flag && !flag.valueUnknown) config.clusterClientCa = { ...flag, file: client.file };
  }
}
