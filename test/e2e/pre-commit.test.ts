import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DIST_CLI, ROOT, removeWorkspaces, runNode, workspaceWith } from '../support/run-dist.js';

afterAll(removeWorkspaces);

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  pass_filenames: boolean;
}

const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
};

describe('.pre-commit-hooks.yaml', () => {
  const hook = hooks.find((h) => h.id === 'etcd-tls-guard');

  it('runs the package bin with the staged file names', () => {
    expect(hook).toMatchObject({ entry: 'etcd-tls-guard', language: 'node', pass_filenames: true });
    expect(Object.keys(pkg.bin)).toContain(hook?.entry);
  });

  it('selects YAML, JSON, systemd unit, env files, scripts, Dockerfiles and templates', () => {
    // pre-commit matches `files` with Python's re.search; this pattern means the same in JavaScript.
    const files = new RegExp(hook?.files ?? '$^');
    for (const name of [
      'k8s/etcd.yaml',
      'a.yml',
      'kubeadm.json',
      'etcd.manifest',
      'etcd.service',
      'etcd.service.d/10-tls.conf',
      'etcd.env',
      'etc/etcd/etcd.conf',
      'etc/default/etcd',
      'overlay/Kustomization',
      'install.sh',
      'hack/up.bash',
      // Extension-less files: scripts by their #! line (the CLI reads no further in any other).
      'bin/start-etcd',
      'Dockerfile',
      'images/Containerfile',
      'Dockerfile.ubi',
      'build/etcd.Dockerfile',
      'roles/etcd/templates/etcd.service.j2',
      'etcd.env.jinja2',
      'templates/_helpers.tpl',
      'kubeadm.yaml.tmpl',
      'helmfile.yaml.gotmpl',
      'templates/etcd.conf.erb',
    ])
      expect(files.test(name), name).toBe(true);
    for (const name of ['README.md', 'main.go', 'etcd.yaml.bak', 'nginx.conf', 'bin/etcd.py'])
      expect(files.test(name), name).toBe(false);
  });

  it('fails when a file passed the way pre-commit passes it has a finding', () => {
    const workspace = workspaceWith('pod-spec', 'negative');
    const dirty = runNode(DIST_CLI, ['pod-spec/static-pod-command.yaml', 'pod-spec/bom.yaml'], {
      cwd: workspace,
    });
    expect(dirty.status).toBe(1);
    expect(dirty.stdout).toContain('pod-spec/static-pod-command.yaml:14:7: error [etcd-auto-tls]');
    const clean = runNode(
      DIST_CLI,
      ['negative/secure-and-off.yaml', 'negative/kubeadm-generated-static-pod.yaml'],
      {
        cwd: workspace,
      },
    );
    expect(clean.status).toBe(0);
  });
});
