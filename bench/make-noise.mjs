#!/usr/bin/env node
// Adds the noise that real repositories have and the generated tree lacks (issue 14): files that
// mention etcd, or look like configuration, but configure no etcd. Each kind is one a real scan met:
// Helm charts of other products with an `etcd:` client section (apisix, milvus), Ansible task files
// running etcdctl through the `command:` module, CustomResourceDefinitions whose patterns hold
// `\x7f`, documentation search indexes (JSON full of `\u0026`) mentioning etcd in prose, GitHub
// workflows with `${{ }}`, and large JSON files. Deterministic: the same arguments write the same tree.
// Usage: node bench/make-noise.mjs --out DIR [--files 2000] [--json-mb 0] [--seed 1]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const args = Object.fromEntries(
  process.argv.slice(2).flatMap((a, i, all) => (a.startsWith('--') ? [[a.slice(2), all[i + 1]]] : [])),
);
if (!args.out) {
  console.error('usage: node bench/make-noise.mjs --out DIR [--files 2000] [--json-mb 0] [--seed 1]');
  process.exit(2);
}
const total = Number(args.files ?? 2000);
const jsonFiles = Number(args['json-mb'] ?? 0);
let seed = Number(args.seed ?? 1) >>> 0 || 1;
const rand = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
let written = 0;
let bytes = 0;
function put(rel, text) {
  const p = join(args.out, 'noise', rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
  written++;
  bytes += Buffer.byteLength(text);
}

const chartValues = (name) => `# Default values for ${name}.
replicaCount: 1
image:
  repository: example/${name}
  tag: "3.4.0"
etcd:
  enabled: true
  host:
    - "http://etcd.default.svc.cluster.local:2379"
  prefix: "/${name}"
  timeout: 30
  auth:
    rbac:
      create: false
    tls:
      enabled: false
      sni: ""
`;
const chartTemplate = (name) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "${name}.fullname" . }}
spec:
  template:
    spec:
      containers:
        - name: ${name}
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          env:
            - name: ETCD_HOST
              value: {{ .Values.etcd.host | first | quote }}
          {{- if .Values.etcd.auth.tls.enabled }}
            - name: ETCD_CA
              value: /certs/ca.crt
          {{- end }}
`;
const ansibleTasks = (i) => `---
- name: Check etcd cluster health ${i}
  command: "{{ bin_dir }}/etcdctl endpoint health"
  register: etcd_health
  changed_when: false
  environment:
    ETCDCTL_API: "3"
    ETCDCTL_CERT: "{{ etcd_cert_dir }}/admin.pem"
- name: Backup etcd data ${i}
  shell: "{{ bin_dir }}/etcdctl snapshot save /var/backups/etcd-{{ ansible_date_time.epoch }}.db"
  args:
    executable: /bin/bash
`;
const crd = (i) =>
  `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: routes${i}.example.io\nspec:\n  group: example.io\n  names: {kind: Route${i}, plural: routes${i}}\n  scope: Namespaced\n  versions:\n    - name: v1\n      served: true\n      storage: true\n      schema:\n        openAPIV3Schema:\n          type: object\n          properties:\n` +
  Array.from(
    { length: 400 },
    (_, k) =>
      `            header${k}:\n              type: string\n              pattern: "^[^\\\\x00-\\\\x1f\\\\x7f]*$"\n              description: "Stored in etcd by the controller; {{ not a template }}."\n`,
  ).join('');
const searchIndex = (i, entries) =>
  JSON.stringify(
    Array.from({ length: entries }, (_, k) => ({
      id: `${i}-${k}`,
      title: `Running etcd ${k} \u0026 storage`,
      body: `etcd keeps the cluster state \u0026 configuration; see --listen-client-urls \u003cURL\u003e. ${'Lorem ipsum dolor sit amet. '.repeat(3)}`,
      url: `/docs/${i}/${k}/`,
    })),
  );
const workflow = (i) => `name: ci-${i}
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: docker run -d --name etcd quay.io/coreos/etcd:v3.5.9 etcd --version
      - run: echo "\${{ matrix.etcd }} \${{ secrets.TOKEN }}"
`;

for (let i = 0; written < total; i++) {
  const slot = Math.floor(rand() * 100);
  const name = `app${i}`;
  if (slot < 30) put(`charts/${name}/values.yaml`, chartValues(name));
  else if (slot < 55) put(`charts/${name}/templates/deployment.yaml`, chartTemplate(name));
  else if (slot < 80) put(`ansible/roles/r${i % 50}/tasks/etcd-${i}.yml`, ansibleTasks(i));
  else if (slot < 85) put(`crds/routes-${i}.yaml`, crd(i));
  else if (slot < 95) put(`.github/workflows/ci-${i}.yml`, workflow(i));
  else put(`site/search/index-${i}.json`, searchIndex(i, 400));
}
// Large JSON files of about 1 MB each, mentioning etcd in prose (the RSS ceiling of issue 14).
for (let i = 0; i < jsonFiles; i++) put(`site/big/index-${i}.json`, searchIndex(`big${i}`, 4000));
console.log(`wrote ${written} noise files, ${(bytes / 1e6).toFixed(1)} MB`);
