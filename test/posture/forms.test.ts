// The TLS-posture rules on the forms of issue 12 (shell scripts, `docker run`, Dockerfiles,
// templated env files) and on a `--config-file` outside the scan, whoever starts etcd: what each
// form lets the rules conclude from what it writes and from what it leaves out
// (shared/research/semantics-tls-posture.md §5.2).

import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model.js';
import { RULES } from '../../src/rules/index.js';
import { findingsInFiles, where } from '../support/scan-text.js';

function scanned(files: Record<string, string>) {
  const diagnostics: Diagnostic[] = [];
  const findings = findingsInFiles(files, diagnostics, RULES);
  const notices = diagnostics.filter((d) => d.id === 'etcd-will-not-start');
  return { findings, at: where(findings).map((w, i) => ({ ...w, level: findings[i]?.level })), notices };
}

describe('what a form leaves out', () => {
  it.each<[string, Record<string, string>]>([
    // etcd started by a script inherits the environment of whoever runs it.
    ['a shell script', { 'start.sh': '#!/bin/sh\nexec etcd --data-dir /var/lib/etcd\n' }],
    // A container of the image gets the variables it is run with (docker run -e, a pod's env).
    ['a Dockerfile CMD', { Dockerfile: 'FROM quay.io/coreos/etcd:v3.5.9\nCMD ["/usr/local/bin/etcd"]\n' }],
    // etcd reads only the file, which is not in the scan.
    [
      'a unit with --config-file',
      { 'etcd.service': '[Service]\nExecStart=/usr/bin/etcd --config-file /etc/etcd/etcd.yml\n' },
    ],
    [
      'a script with ETCD_CONFIG_FILE',
      { 'run.sh': '#!/bin/sh\nexport ETCD_CONFIG_FILE=/etc/etcd/etcd.yml\netcd\n' },
    ],
  ])('%s: no finding on etcd defaults', (_name, files) => {
    const { findings, notices } = scanned(files);
    expect(findings).toEqual([]);
    expect(notices).toEqual([]);
  });

  it('a docker run of etcd release image in a script: only -e reaches the container, so its defaults count', () => {
    const { at, findings } = scanned({
      'run.sh':
        '#!/bin/sh\ndocker run -d --name etcd quay.io/coreos/etcd:v3.5.9 /usr/local/bin/etcd --name n1\n',
    });
    expect(at).toEqual([
      { rule: 'etcd-client-plaintext', line: 2, column: 54, level: 'warning' },
      { rule: 'etcd-peer-plaintext', line: 2, column: 54, level: 'note' },
    ]);
    expect(findings[0]?.message).toContain('no client listen URL is set');
  });
});

describe('what a form writes', () => {
  it('an http listener in a script is an error at its URL', () => {
    const { at } = scanned({
      'start.sh':
        '#!/bin/sh\netcd --listen-client-urls http://0.0.0.0:2379 --advertise-client-urls http://10.0.0.5:2379\n',
    });
    expect(at).toEqual([{ rule: 'etcd-client-plaintext', line: 2, column: 27, level: 'error' }]);
  });

  it('an http listener in a Dockerfile CMD is an error at its URL', () => {
    const { at } = scanned({
      Dockerfile: 'FROM quay.io/coreos/etcd:v3.5.9\nCMD ["etcd", "--listen-peer-urls=http://0.0.0.0:2380"]\n',
    });
    expect(at).toEqual([{ rule: 'etcd-peer-plaintext', line: 2, column: 34, level: 'error' }]);
  });

  it('an env file a shell may source: `$IP` is not known, the http scheme is', () => {
    const { at, findings, notices } = scanned({
      'etcd.env': 'ETCD_LISTEN_CLIENT_URLS=http://$IP:2379\nETCD_AUTO_TLS=$AUTO\n',
    });
    expect(at).toEqual([{ rule: 'etcd-client-plaintext', line: 1, column: 1, level: 'error' }]);
    expect(findings[0]?.message).toContain('The host is a placeholder');
    // `$AUTO` may be expanded by the shell: no claim that etcd refuses it.
    expect(notices).toEqual([]);
  });

  it('a templated value of an env file is not known (no start-up notice for its placeholder)', () => {
    const { findings, notices } = scanned({
      'etcd.env.j2':
        'ETCD_NAME={{ inventory_hostname }}\nETCD_AUTO_TLS={{ etcd_auto_tls | default(false) }}\n',
    });
    expect(findings).toEqual([]);
    expect(notices).toEqual([]);
  });
});
