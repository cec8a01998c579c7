// Issue 10, item 7: the CLI's argument handling, in process. A user's mistake is a usage or I/O
// error with exit code 2 and a plain message, never "internal error"; help and --list-rules say
// what the tool reads.

import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main, parseCli } from '../../src/cli/main.js';

const scratch = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'etg-cli-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
mkdirSync(path.join(scratch, 'k8s'));
mkdirSync(path.join(scratch, 'a-folder'));
writeFileSync(
  path.join(scratch, 'k8s', 'etcd.yaml'),
  'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: etcd\n    command: [etcd, --auto-tls]\n',
);

let stdout = '';
let stderr = '';
beforeEach(() => {
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

const usage = (argv: string[]) => {
  const parsed = parseCli(argv);
  return parsed.kind === 'usage' ? parsed.error : parsed.kind;
};

describe('parseCli', () => {
  it.each([
    [['--format', 'xml'], '--format must be one of text, json, sarif, github (got "xml")'],
    [['--fail-on', 'critical'], '--fail-on must be error, warning, note or none (got "critical")'],
    [['--output='], '--output needs a value (got an empty one)'],
    [['-o', ''], '--output needs a value (got an empty one)'],
    [['--baseline='], '--baseline needs a value (got an empty one)'],
    [['--write-baseline='], '--write-baseline needs a value (got an empty one)'],
    [['--include', ''], '--include "" is empty'],
    [['--include', '['], '--include "[" has an unclosed "["'],
    [['--exclude', '*.{yaml'], '--exclude "*.{yaml" has an unclosed "{"'],
    [['--max-file-size', '999999999999GB'], '--max-file-size must be at most 256MB (got "999999999999GB")'],
    [['--max-file-size', 'lots'], '--max-file-size must be a size such as 10MB or 512k (got "lots")'],
  ])('%j is a usage error: %s', (argv, message) => {
    expect(usage(argv)).toBe(message);
  });

  it('names an unknown option (Node words the rest)', () => {
    expect(usage(['--bogus'])).toMatch(/^Unknown option '--bogus'/);
  });

  it('reads --no-prefilter as a scan of every matched file, and prefilters by default', () => {
    expect(parseCli(['--no-prefilter'])).toMatchObject({ kind: 'run', options: { prefilter: false } });
    expect(parseCli([])).toMatchObject({ kind: 'run', options: { prefilter: true } });
  });

  it('takes -o, -v and -h', () => {
    expect(parseCli(['-o', 'r.sarif'])).toMatchObject({ kind: 'run', options: { output: 'r.sarif' } });
    expect(parseCli(['-v'])).toMatchObject({ kind: 'print' });
    expect(parseCli(['-h'])).toMatchObject({ kind: 'print' });
  });
});

describe('main: user mistakes are exit code 2 with a plain message', () => {
  it.each([
    [
      ['-o', 'missing/r.sarif', 'k8s'],
      'etcd-tls-guard: --output missing/r.sarif: the folder missing does not exist\n',
    ],
    [['--output', 'a-folder', 'k8s'], 'etcd-tls-guard: --output a-folder: is a folder, not a file\n'],
    [
      ['--write-baseline', 'missing/b.json', 'k8s'],
      'etcd-tls-guard: --write-baseline missing/b.json: the folder missing does not exist\n',
    ],
    [['--baseline', 'none.json', 'k8s'], 'etcd-tls-guard: baseline "none.json" does not exist\n'],
    [['--baseline', '/dev/zero', 'k8s'], 'etcd-tls-guard: baseline "/dev/zero" is not a regular file\n'],
    [
      ['--include', '[', 'k8s'],
      'etcd-tls-guard: --include "[" has an unclosed "["\nTry \'etcd-tls-guard --help\'.\n',
    ],
  ])('%j', async (argv, message) => {
    expect(await main(argv, scratch)).toBe(2);
    expect(stderr).toBe(message);
    expect(stdout).toBe('');
  });

  it('writes a baseline and says how many findings, in the singular for one', async () => {
    const autoTls = ['--rule', 'etcd-auto-tls', '--rule', 'etcd-peer-auto-tls'];
    expect(await main([...autoTls, '--write-baseline', 'b.json', 'k8s'], scratch)).toBe(0);
    expect(stderr).toBe('etcd-tls-guard: 1 finding recorded in b.json\n');
    expect(JSON.parse(readFileSync(path.join(scratch, 'b.json'), 'utf8')).findings).toHaveLength(1);
  });

  it('counts one scanned file as "1 file"', async () => {
    expect(
      await main(
        ['--skip-rule', 'etcd-client-plaintext', '--skip-rule', 'etcd-peer-plaintext', 'k8s'],
        scratch,
      ),
    ).toBe(1);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      '1 finding in 1 file (etcd-auto-tls (CIS 2.3): 1, etcd-peer-auto-tls (CIS 2.6): 0, etcd-client-plaintext (CIS 2.1): 0, etcd-peer-plaintext (CIS 2.4): 0, etcd-client-cert-auth-disabled (CIS 2.2): 0, etcd-peer-client-cert-auth-disabled (CIS 2.5): 0, etcd-shared-ca (CIS 2.7): 0, apiserver-etcd-plaintext (CIS 1.2.23/1.2.26): 0, apiserver-etcd-client-cert-missing (CIS 1.2.23): 0, apiserver-etcd-cafile-missing (CIS 1.2.26): 0); 1 file scanned, 0 scan notices.',
    );
  });
});

describe('help and --list-rules', () => {
  it('list the forms the tool reads and document -o, -v and -h', async () => {
    await main(['--help'], scratch);
    expect(stdout).toContain(
      'It reads Kubernetes workloads (command, args, env, envFrom and ConfigMaps), etcd config files,',
    );
    expect(stdout).not.toContain('Kubernetes manifests and kubeadm configuration');
    for (const option of ['-o, --output FILE', '-v, --version', '-h, --help'])
      expect(stdout).toContain(option);
    stdout = '';
    await main(['--list-rules'], scratch);
    expect(
      stdout.startsWith(
        'etcd-auto-tls\tCIS 2.3\terror\tetcd serves clients with self-signed certificates (--auto-tls).\n' +
          'etcd-peer-auto-tls\tCIS 2.6\terror\tetcd members use self-signed peer certificates (--peer-auto-tls).\n',
      ),
    ).toBe(true);
    expect(stdout.split('\n').filter((line) => line.includes('\tCIS '))).toHaveLength(10);
    expect(
      stdout.endsWith(
        "\n\nThe rules read Kubernetes workloads (command, args, env, envFrom and ConfigMaps), etcd config files, kubeadm and Cluster API, systemd units, drop-ins and env files, shell scripts and the files they write, Dockerfiles, Docker Compose, k0s and RKE, Helm templates and chart values, GitOps Helm releases (Argo CD, Flux, k3s HelmChart, kustomize helmCharts, helmfile, helm install), kustomize patches, Jinja, Go and ERB templates, etcd operators' EtcdCluster resources, and the kube-apiserver's etcd flags.\n",
      ),
    ).toBe(true);
  });
});
