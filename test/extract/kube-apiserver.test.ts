import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model.js';
import { RULES } from '../../src/rules/index.js';
import { findingsInFiles, where } from '../support/scan-text.js';

const found = (files: Record<string, string>, diagnostics: Diagnostic[] = []) =>
  where(findingsInFiles(files, diagnostics, RULES));

const pod = (lines: string, command = 'kube-apiserver') => `apiVersion: v1
kind: Pod
metadata: {name: kube-apiserver, namespace: kube-system}
spec:
  containers:
  - name: kube-apiserver
    command:
    - ${command}
${lines}`;

describe('the kube-apiserver as etcd client: containers and systemd units', () => {
  it('reads --flag=value and --flag value, and hyperkube', () => {
    expect(found({ 'a.yaml': pod('    - --etcd-servers\n    - http://10.0.0.5:2379\n') })).toEqual([
      { rule: 'apiserver-etcd-plaintext', line: 10, column: 7 },
    ]);
    expect(
      found({
        'b.yaml': pod('    - kube-apiserver\n    - --etcd-servers=http://10.0.0.5:2379\n', '/hyperkube'),
      }),
    ).toEqual([{ rule: 'apiserver-etcd-plaintext', line: 10, column: 22 }]);
  });

  it('reports absent files only for a literal, complete command line', () => {
    const https = '    - --etcd-servers=https://10.0.0.5:2379\n';
    expect(found({ 'a.yaml': pod(https) })).toEqual([
      { rule: 'apiserver-etcd-cafile-missing', line: 8, column: 7 },
      { rule: 'apiserver-etcd-client-cert-missing', line: 8, column: 7 },
    ]);
    // A variable the kubelet expands may hold anything; args given to an image's entrypoint too.
    expect(found({ 'b.yaml': pod(`${https}    - $(EXTRA_FLAGS)\n`) })).toEqual([]);
    const argsOnly = `apiVersion: v1
kind: Pod
metadata: {name: kube-apiserver}
spec:
  containers:
  - name: kube-apiserver
    args: [kube-apiserver, --etcd-servers=https://10.0.0.5:2379]
`;
    expect(found({ 'c.yaml': argsOnly })).toEqual([]);
  });

  it('reads a systemd unit (kubernetes-the-hard-way style)', () => {
    const unit = `[Service]
ExecStart=/usr/local/bin/kube-apiserver \\
  --etcd-cafile=/var/lib/kubernetes/ca.pem \\
  --etcd-servers=http://127.0.0.1:2379
`;
    expect(found({ 'units/kube-apiserver.service': unit })).toEqual([
      { rule: 'apiserver-etcd-plaintext', line: 4, column: 18 },
    ]);
  });

  it('pairs an etcd static pod with the kube-apiserver next to it (etcd-shared-ca)', () => {
    const etcd = `apiVersion: v1
kind: Pod
metadata: {name: etcd, namespace: kube-system}
spec:
  containers:
  - name: etcd
    command:
    - etcd
    - --listen-client-urls=https://127.0.0.1:2379
    - --advertise-client-urls=https://127.0.0.1:2379
    - --listen-peer-urls=https://10.0.0.5:2380
    - --cert-file=/pki/etcd/server.crt
    - --key-file=/pki/etcd/server.key
    - --trusted-ca-file=/pki/ca.crt
    - --client-cert-auth=true
    - --peer-cert-file=/pki/etcd/peer.crt
    - --peer-key-file=/pki/etcd/peer.key
    - --peer-trusted-ca-file=/pki/etcd/ca.crt
    - --peer-client-cert-auth=true
`;
    const apiserver = pod(
      '    - --client-ca-file=/pki/ca.crt\n    - --etcd-servers=https://127.0.0.1:2379\n    - --etcd-cafile=/pki/etcd/ca.crt\n    - --etcd-certfile=/pki/c.crt\n    - --etcd-keyfile=/pki/c.key\n',
    );
    expect(found({ 'manifests/etcd.yaml': etcd, 'manifests/kube-apiserver.yaml': apiserver })).toEqual([
      { rule: 'etcd-shared-ca', line: 14, column: 7 },
    ]);
    // In different directories they are not known to be one control plane.
    expect(found({ 'a/etcd.yaml': etcd, 'b/kube-apiserver.yaml': apiserver })).toEqual([]);
  });
});

describe('tools that configure the kube-apiserver for an external etcd', () => {
  it('kubeadm: ValidateEtcd rejects http next to a file, a lone certificate, a pair without a CA (notices)', () => {
    const config = (external: string) =>
      `apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\netcd:\n  external:\n${external}`;
    const diagnostics: Diagnostic[] = [];
    expect(
      found(
        {
          'a.yaml': config('    endpoints: [http://10.0.0.5:2379]\n    caFile: /pki/ca.crt\n'),
          'b.yaml': config('    endpoints: [https://10.0.0.5:2379]\n    certFile: /pki/c.crt\n'),
          'c.yaml': config(
            '    endpoints: [https://10.0.0.5:2379]\n    certFile: /pki/c.crt\n    keyFile: /pki/c.key\n',
          ),
        },
        diagnostics,
      ),
    ).toEqual([]);
    expect(
      diagnostics.map((d) => `${d.id} ${d.file?.relPath}:${d.span?.startLine} ${d.message.slice(0, 60)}`),
    ).toEqual([
      'kube-apiserver-will-not-start a.yaml:5 kubeadm ClusterConfiguration: kubeadm rejects the configurat',
      'kube-apiserver-will-not-start b.yaml:4 kubeadm ClusterConfiguration: kubeadm rejects the configurat',
      'kube-apiserver-will-not-start c.yaml:4 kubeadm ClusterConfiguration: kubeadm rejects the configurat',
    ]);
    expect(
      diagnostics.map((d) => d.message.split('kubeadm rejects the configuration: ')[1]?.slice(0, 20)),
    ).toEqual(['the URL must be usin', 'either both or none ', 'setting .Etcd.Extern']);
  });

  it('kubeadm: the three files make an https external etcd clean; Cluster API paths too', () => {
    const capi = `apiVersion: controlplane.cluster.x-k8s.io/v1beta1
kind: KubeadmControlPlane
metadata: {name: cp}
spec:
  kubeadmConfigSpec:
    clusterConfiguration:
      etcd:
        external:
          endpoints:
          - http://etcd-0.example:2379
`;
    expect(found({ 'capi.yaml': capi })).toEqual([
      { rule: 'apiserver-etcd-plaintext', line: 10, column: 13 },
    ]);
    const secure = `apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
etcd:
  external:
    endpoints: [https://10.0.0.5:2379]
    caFile: /pki/ca.crt
    certFile: /pki/c.crt
    keyFile: /pki/c.key
`;
    expect(found({ 'secure.yaml': secure })).toEqual([]);
  });

  it('k0s: externalCluster endpoints, files all or none', () => {
    const k0s = (cluster: string) => `apiVersion: k0s.k0sproject.io/v1beta1
kind: ClusterConfig
metadata: {name: k0s}
spec:
  storage:
    type: etcd
    etcd:
      externalCluster:
${cluster}`;
    expect(
      found({ 'a.yaml': k0s('        endpoints: [https://10.0.0.5:2379]\n        etcdPrefix: k0s\n') }),
    ).toEqual([
      { rule: 'apiserver-etcd-cafile-missing', line: 9, column: 9 },
      { rule: 'apiserver-etcd-client-cert-missing', line: 9, column: 9 },
    ]);
    expect(found({ 'b.yaml': k0s('        endpoints: ["http://10.0.0.5:2379"]\n') })).toEqual([
      { rule: 'apiserver-etcd-plaintext', line: 9, column: 22 },
    ]);
    const all = '        caFile: /a\n        clientCertFile: /b\n        clientKeyFile: /c\n';
    expect(found({ 'c.yaml': k0s(`        endpoints: [https://10.0.0.5:2379]\n${all}`) })).toEqual([]);
    const diagnostics: Diagnostic[] = [];
    expect(
      found(
        { 'd.yaml': k0s('        endpoints: [https://10.0.0.5:2379]\n        caFile: /a\n') },
        diagnostics,
      ),
    ).toEqual([]);
    expect(diagnostics.map((d) => d.id)).toEqual(['kube-apiserver-will-not-start']);
  });

  it('RKE: external_urls over https are clean (RKE passes its own files)', () => {
    const rke = 'nodes: []\nservices:\n  etcd:\n    external_urls: [https://etcd.example:2379]\n';
    expect(found({ 'cluster.yml': rke })).toEqual([]);
  });
});
