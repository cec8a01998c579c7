// One URL of a list is reported where it is written, in every form (the extractors' locateValue):
// the finding's column is the first character of the worst plaintext URL, also inside quotes, a
// shell script, a variable's value or a tool's field.

import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { findingsInFiles } from '../support/scan-text.js';

const LIST = 'https://127.0.0.1:2379,http://10.0.0.5:2379';
const CERTS = '--cert-file=/c --key-file=/k --advertise-client-urls=https://x:2379';

const pod = (command: string, env = '') => `apiVersion: v1
kind: Pod
metadata: {name: etcd}
spec:
  containers:
  - name: etcd
    command: ${command}
${env}`;

describe('the worst URL of a list is located exactly', () => {
  it.each([
    [
      'a command list item, quoted',
      {
        'p.yaml': pod(
          `["etcd", "--listen-client-urls=${LIST}", ${CERTS.split(' ')
            .map((w) => `"${w}"`)
            .join(', ')}]`,
        ),
      },
      7,
      68,
    ],
    [
      'the next argument after the flag',
      {
        'p.yaml': pod(
          `[etcd, --listen-client-urls, "${LIST}", --cert-file=/c, --key-file=/k, --advertise-client-urls=https://x:2379]`,
        ),
      },
      7,
      67,
    ],
    [
      'an sh -c script',
      { 'p.yaml': pod(`["sh", "-c", "exec etcd --listen-client-urls ${LIST} ${CERTS}"]`) },
      7,
      82,
    ],
    [
      'a container variable',
      {
        'p.yaml': pod(
          '[etcd, --cert-file=/c, --key-file=/k, --advertise-client-urls=https://x:2379]',
          `    env:\n    - name: ETCD_LISTEN_CLIENT_URLS\n      value: "${LIST}"\n`,
        ),
      },
      10,
      38,
    ],
    [
      'a Compose command string',
      { 'compose.yml': `services:\n  etcd:\n    command: etcd --listen-client-urls '${LIST}' ${CERTS}\n` },
      3,
      64,
    ],
    [
      'a systemd ExecStart= continued',
      {
        'etcd.service': `[Service]\nExecStart=/usr/bin/etcd ${CERTS} \\\n  --listen-client-urls="${LIST}"\n`,
      },
      3,
      48,
    ],
    [
      'a systemd Environment=',
      {
        'etcd.service': `[Service]\nEnvironment="ETCD_LISTEN_CLIENT_URLS=${LIST}"\nExecStart=/usr/bin/etcd ${CERTS}\n`,
      },
      2,
      61,
    ],
    [
      'an etcd config file',
      {
        'etcd.conf.yml': `name: e\ndata-dir: /d\nlisten-client-urls: '${LIST}'\nclient-transport-security: {cert-file: /c, key-file: /k}\n`,
      },
      3,
      45,
    ],
    [
      'kubeadm extraArgs',
      {
        'k.yaml': `apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\netcd:\n  local:\n    extraArgs:\n      listen-client-urls: ${LIST}\n`,
      },
      6,
      50,
    ],
    // k3s reads etcd-arg as a CLI string slice: a comma splits entries, so one URL per entry.
    [
      'a k3s etcd-arg',
      { 'config.yaml': 'etcd-arg:\n  - "quota-backend-bytes=1,listen-client-urls=http://10.0.0.5:2379"\n' },
      2,
      47,
    ],
  ])('%s', (_name, files, line, column) => {
    const [finding] = findingsInFiles(files, [], RULES).filter((f) => f.ruleId === 'etcd-client-plaintext');
    expect(finding && [finding.span.startLine, finding.span.startColumn, finding.level]).toEqual([
      line,
      column,
      'error',
    ]);
  });
});
