import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFiles } from '../../src/extract/index.js';
import type { Diagnostic, Finding } from '../../src/model.js';
import { RULES } from '../../src/rules/index.js';
import { scan } from '../../src/scan.js';
import { FIXTURES } from '../support/fixtures.js';
import { findingsInFiles, loadInMemory } from '../support/scan-text.js';

const A = 'etcd-auto-tls';
const P = 'etcd-peer-auto-tls';
const BASE = path.join(FIXTURES, 'templates');

function covered(finding: Finding): string {
  const text = readFileSync(path.join(BASE, finding.file.relPath), 'utf8');
  const line = text.split('\n')[finding.span.startLine - 1] ?? '';
  return line.slice(finding.span.startColumn - 1, finding.span.endColumn - 1);
}

/** Every setting the extract stage sees in one fixture: key, line, whether a template condition holds it. */
function settingsOf(relPath: string) {
  const files = loadInMemory({ [relPath]: readFileSync(path.join(BASE, relPath), 'utf8') });
  return extractFiles(files).configs.flatMap((config) =>
    [...config.flags, ...config.env, ...(config.configFile ?? [])].map((s) => [
      s.key,
      s.span.startLine,
      s.conditional !== undefined,
    ]),
  );
}

describe('templates read as the file their stem names', () => {
  it('reports unconditional settings at their lines, and conditional ones no values decide as warnings', async () => {
    const result = await scan({ base: BASE, paths: ['.'] });
    expect(
      result.findings.map((f) => [f.file.relPath, f.ruleId, f.span.startLine, f.level, covered(f)]),
    ).toEqual([
      ['etcd.env.j2', P, 5, 'warning', 'ETCD_PEER_AUTO_TLS=true'],
      ['etcd.service.erb', P, 6, 'warning', '--peer-auto-tls'],
      ['etcd.service.erb', A, 8, 'error', '--auto-tls'],
      ['etcd.sh.j2', A, 4, 'warning', 'ETCD_AUTO_TLS=true'],
      ['etcd.sh.j2', P, 6, 'error', '--peer-auto-tls'],
      ['kubeadm.yaml.tmpl', A, 7, 'error', 'auto-tls: "true"'],
      ['kubeadm.yaml.tmpl', P, 9, 'warning', 'peer-auto-tls: "true"'],
      ['real/k8s_install-config.yml.j2', A, 36, 'error', 'auto-tls: true'],
      ['real/k8s_install-config.yml.j2', P, 42, 'error', 'auto-tls: true'],
      // Under `{% if tls.enabled %}`, which nothing in the scan decides.
      ['real/storageos-etcd3.service.j2', P, 21, 'warning', '--peer-auto-tls'],
    ]);
    expect(
      result.findings.find((f) => f.file.relPath === 'etcd.service.erb' && f.ruleId === P)?.message,
    ).toContain('only under `<% if @peer_auto_tls %>`');
    // One "partly analysed" note per template that gives an etcd configuration, nothing else: the
    // storageos unit's lines of the other branch are no stray ExecStart= lines.
    expect(result.diagnostics.map((d) => [d.id, d.file?.relPath])).toEqual([
      ['template-partly-analysed', 'etcd.env.j2'],
      ['template-partly-analysed', 'etcd.service.erb'],
      ['template-partly-analysed', 'etcd.sh.j2'],
      ['template-partly-analysed', 'kubeadm.yaml.tmpl'],
      ['template-partly-analysed', 'real/k8s_install-config.yml.j2'],
      ['template-partly-analysed', 'real/storageos-etcd3.service.j2'],
    ]);
  });

  it('an Ansible variable file without an extension (group_vars/all) is YAML and decides a condition', () => {
    const unit = readFileSync(path.join(BASE, 'real/storageos-etcd3.service.j2'), 'utf8');
    const found = (all: string) =>
      findingsInFiles({
        'site/roles/install_etcd/templates/etcd3.service.j2': unit,
        'site/group_vars/all': all,
      }).map((f) => [f.ruleId, f.span.startLine, f.level]);
    expect(found('tls:\n  enabled: true\n')).toEqual([[P, 21, 'error']]);
    expect(found('tls:\n  enabled: false\n')).toEqual([]);
  });

  it('storageos etcd3.service.j2: etcd3 with --peer-auto-tls under {% if tls.enabled %}, the continuation kept across the tag', () => {
    const settings = settingsOf('real/storageos-etcd3.service.j2');
    expect(settings).toContainEqual(['--peer-auto-tls', 21, true]);
    expect(settings).toContainEqual(['--initial-cluster-token', 19, false]);
    expect(settings).toContainEqual(['--cert-file', 23, true]);
  });

  it('ERB: <% if %> ... <% end -%> lines disappear inside a continuation', () => {
    expect(settingsOf('etcd.service.erb')).toEqual([
      ['--peer-auto-tls', 6, true],
      ['--auto-tls', 8, false],
      ['--name', 9, false],
    ]);
  });

  it('Jinja env file: a commented setting is gone, a conditional one marked, an expression opaque', () => {
    expect(settingsOf('etcd.env.j2')).toEqual([
      ['ETCD_NAME', 2, false],
      ['ETCD_PEER_AUTO_TLS', 5, true],
      ['ETCD_AUTO_TLS', 7, false],
    ]);
  });

  it('a shell template: the export under {% if %} is conditional', () => {
    expect(settingsOf('etcd.sh.j2')).toEqual([
      ['--peer-auto-tls', 6, false],
      ['ETCD_AUTO_TLS', 4, true],
    ]);
  });

  it('a script template: its here-documents keep the template lines conditional', () => {
    const files = loadInMemory({
      'etcd.sh.j2':
        '#!/bin/sh\ncat > /etc/etcd/etcd.env <<EOF\nETCD_AUTO_TLS=true\n{% if x %}\nETCD_PEER_AUTO_TLS={{ peer }}\nETCD_PEER_AUTO_TLS=true\n{% endif %}\nEOF\n',
    });
    const [config] = extractFiles(files).configs;
    expect(
      config?.env.map((s) => [s.key, s.rawValue, s.span.startLine, s.conditional !== undefined]),
    ).toEqual([
      ['ETCD_AUTO_TLS', 'true', 3, false],
      ['ETCD_PEER_AUTO_TLS', '$xxxxxxxxx', 5, true],
      ['ETCD_PEER_AUTO_TLS', 'true', 6, true],
    ]);
  });

  it("kubespray's docker wrapper (etcd.j2): docker run {{ repo }}:{{ tag }} etcd with --env-file=/etc/etcd.env", () => {
    const findings = findingsInFiles({
      'roles/etcd/templates/etcd.j2':
        '#!/bin/bash\n{{ docker_bin_dir }}/docker run \\\n  --env-file=/etc/etcd.env \\\n{% if etcd_memory_limit is defined %}\n  --memory={{ etcd_memory_limit }} \\\n{% endif %}\n  {{ etcd_image_repo }}:{{ etcd_image_tag }} \\\n  /usr/local/bin/etcd \\\n  "$@"\n',
      'roles/etcd/templates/etcd.env.j2': 'ETCD_NAME={{ name }}\nETCD_PEER_AUTO_TLS=true\n',
    });
    expect(findings.map((f) => [f.file.relPath, f.span.startLine, f.message.split(': etcd')[0]])).toEqual([
      [
        'roles/etcd/templates/etcd.env.j2',
        2,
        '`docker run` of {{ etcd_image_repo }}:{{ etcd_image_tag }} in roles/etcd/templates/etcd.j2',
      ],
    ]);
    expect(findings[0]?.message).toContain('from `docker run --env-file /etc/etcd.env`');
  });

  it.each([
    // A template placeholder may hold any flag: the unit is open, its absent settings unknown.
    ['etcd.service.j2', '[Service]\nExecStart=/usr/bin/etcd {{ etcd_args }}\n'],
    ['etcd.service.tmpl', '[Service]\nExecStart=/usr/bin/etcd {{ .Args }}\n'],
    ['etcd.service.erb', '[Service]\nExecStart=/usr/bin/etcd <%= @args %>\n'],
  ])('%s: an expression is an opaque word', (name, text) => {
    const [config] = extractFiles(loadInMemory({ [name]: text })).configs;
    expect(config?.completeness.complete).toBe(false);
  });

  it('a unit template names its env file template: /etc/etcd.env is templates/etcd.env.j2', () => {
    const findings = findingsInFiles({
      'roles/etcd/templates/etcd.service.j2':
        '[Service]\nEnvironmentFile=/etc/etcd.env\nExecStart={{ bin_dir }}/etcd\n',
      'roles/etcd/templates/etcd.env.j2': 'ETCD_NAME={{ name }}\nETCD_AUTO_TLS=true\n',
    });
    expect(findings.map((f) => [f.file.relPath, f.span.startLine, f.message.split(':')[0]])).toEqual([
      ['roles/etcd/templates/etcd.env.j2', 2, 'systemd unit roles/etcd/templates/etcd.service.j2'],
    ]);
  });

  it('units and env files are templates by content too; scripts outside templates/ are not', () => {
    expect(
      loadInMemory({ 'etcd.service': '[Service]\n{% if x %}\nExecStart=/usr/bin/etcd\n{% endif %}\n' })[0],
    ).toHaveProperty('template');
    expect(loadInMemory({ 'run.sh': "docker inspect -f '{{.State.Running}}' etcd\n" })[0]).not.toHaveProperty(
      'template',
    );
    expect(loadInMemory({ 'roles/x/templates/run': '#!/bin/sh\n{{ cmd }}\n' })[0]).toHaveProperty('template');
  });
});

describe('template notices: only where a template can hide an etcd setting', () => {
  it.each([
    [
      'a GitHub workflow',
      '.github/workflows/ci.yml',
      `jobs:\n  t:\n    runs-on: \${{ matrix.os }}\n    steps:\n      - run: etcd --version\n`,
    ],
    [
      'a chart that only names etcd',
      'charts/app/templates/cm.yaml',
      'kind: ConfigMap\ndata:\n  endpoints: {{ .Values.etcd.endpoints }}\n',
    ],
    [
      'an Ansible task file (plain YAML whose strings Ansible renders later)',
      'roles/etcd/tasks/main.yml',
      '- name: ca\n  set_fact:\n    path: |-\n      {% if a -%}\n      /etc/etcd/ca-cert-file.pem\n      {%- endif %}\n',
    ],
    [
      'Prometheus rules with {{ $labels }}',
      'monitoring/etcd-rules.yaml',
      "groups:\n- rules:\n  - alert: EtcdNoLeader\n    annotations:\n      summary: 'etcd {{ $labels.instance }} --listen-client-urls'\n",
    ],
    [
      'a generated search index',
      'site/search/search_index.json',
      '{"docs":[{"text":"etcd \\u0026 {{ helm }} --auto-tls"}]}\n',
    ],
  ])('%s', (_name, relPath, text) => {
    const diagnostics: Diagnostic[] = [];
    findingsInFiles({ [relPath]: text }, diagnostics);
    expect(diagnostics).toEqual([]);
  });
});

describe('values written by template actions, in messages', () => {
  it('shows the blank put where an action was as …, not as text the file never held', () => {
    const findings = findingsInFiles(
      {
        'roles/etcd/templates/etcd.config.yml.j2':
          "name: '{{ inventory_hostname }}'\nlisten-client-urls: 'https://{{ inventory_hostname }}:2379,http://127.0.0.1:2379'\nlisten-peer-urls: 'https://{{ inventory_hostname }}:2380'\nadvertise-client-urls: 'https://{{ inventory_hostname }}:2379'\ninitial-advertise-peer-urls: 'https://{{ inventory_hostname }}:2380'\nclient-transport-security:\n  cert-file: /etc/etcd/ssl/etcd.pem\n  key-file: /etc/etcd/ssl/etcd-key.pem\n  client-cert-auth: true\n  trusted-ca-file: /etc/etcd/ssl/ca.pem\npeer-transport-security:\n  cert-file: /etc/etcd/ssl/etcd.pem\n  key-file: /etc/etcd/ssl/etcd-key.pem\n  client-cert-auth: true\n  trusted-ca-file: /etc/etcd/ssl/ca.pem\n",
      },
      [],
      RULES,
    );
    const plaintext = findings.find((f) => f.ruleId === 'etcd-client-plaintext');
    expect(plaintext?.message).toContain(
      '`listen-client-urls` is set to `https://…:2379,http://127.0.0.1:2379`',
    );
    expect(findings.every((f) => !f.message.includes('$x'))).toBe(true);
  });

  it('names a templated ConfigMap as written', () => {
    const configMap =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-etcd\ndata:\n  etcd.conf.yml: |\n    name: etcd0\n    data-dir: /var/lib/etcd\n    peer-transport-security:\n      auto-tls: true\n';
    const findings = findingsInFiles(
      {
        'chart/Chart.yaml': 'apiVersion: v2\nname: x\nversion: 1.0.0\n',
        'chart/templates/cm.yaml': configMap,
      },
      [],
      RULES,
    );
    expect([...new Set(findings.map((f) => f.subject))]).toEqual([
      'etcd config file ConfigMap {{ .Release.Name }}-etcd key etcd.conf.yml',
    ]);
  });
});
