import { describe, expect, it } from 'vitest';
import { findingsInFixture } from '../support/fixtures.js';
import { findingsIn, where } from '../support/scan-text.js';

const A = 'etcd-auto-tls';
const P = 'etcd-peer-auto-tls';

describe('pod-spec extractor: fixture files name every finding by rule, line and column', () => {
  const table: { file: string; expected: { rule: string; line: number; column: number }[] }[] = [
    {
      file: 'pod-spec/static-pod-command.yaml',
      expected: [
        { rule: A, line: 14, column: 7 },
        { rule: P, line: 15, column: 7 },
      ],
    },
    { file: 'pod-spec/args-flow-style.yaml', expected: [{ rule: A, line: 12, column: 32 }] },
    {
      file: 'pod-spec/workloads.yaml',
      expected: [
        { rule: P, line: 11, column: 25 }, // StatefulSet initContainers, flow list
        { rule: A, line: 16, column: 11 }, // StatefulSet args, single-quoted item
        { rule: A, line: 29, column: 31 }, // CronJob
        { rule: A, line: 45, column: 13 }, // ReplicationController inside kind: List
        { rule: P, line: 54, column: 27 }, // PodTemplate ephemeralContainers inside kind: List
      ],
    },
    { file: 'pod-spec/anchors-and-json.json', expected: [{ rule: A, line: 11, column: 11 }] },
    {
      // The aliased command runs in both containers; one finding at the anchored node.
      file: 'pod-spec/anchors.yaml',
      expected: [{ rule: A, line: 14, column: 7 }],
    },
    { file: 'pod-spec/crlf.yaml', expected: [{ rule: A, line: 10, column: 7 }] },
    { file: 'pod-spec/bom.yaml', expected: [{ rule: P, line: 8, column: 21 }] },
    {
      file: 'pod-spec/invalid-values.yaml',
      expected: [
        { rule: A, line: 8, column: 21 }, // --auto-tls=yes
        { rule: P, line: 12, column: 7 }, // --peer-auto-tls "true" as two items
        { rule: A, line: 15, column: 21 }, // '--auto-tls="true"' keeps its quotes
      ],
    },
    { file: 'pod-spec/precision-traps.yaml', expected: [] },
  ];

  it.each(table)('$file', ({ file, expected }) => {
    expect(where(findingsInFixture(file))).toEqual(expected);
  });
});

describe('pod-spec extractor: messages', () => {
  it('names the setting, the object and container, the risk and the fix', () => {
    const [finding] = findingsInFixture('pod-spec/static-pod-command.yaml');
    expect(finding?.subject).toBe('Pod kube-system/etcd, container etcd');
    expect(finding?.message).toMatch(
      /^Pod kube-system\/etcd, container etcd: etcd is started with `--auto-tls=true`, which enables client auto-TLS, so .*self-signed certificate.*\(CIS Kubernetes 2\.3\)\./,
    );
    expect(finding?.fix).toContain('--cert-file');
    expect(finding?.span).toEqual({ startLine: 14, startColumn: 7, endLine: 14, endColumn: 22 });
  });

  it('says etcd will not start for an invalid boolean and for a space-separated value', () => {
    const findings = findingsInFixture('pod-spec/invalid-values.yaml');
    expect(findings[0]?.message).toContain(
      'The value `yes` is not a boolean etcd accepts, so etcd will not start',
    );
    expect(findings[1]?.message).toContain('etcd will not start: "true" is not a valid flag');
  });

  it('says auto-TLS is inert when certificate files are given, and still reports it', () => {
    const findings = findingsIn(`apiVersion: v1
kind: Pod
metadata: {name: etcd}
spec:
  containers:
  - name: etcd
    command: [etcd, --auto-tls, --cert-file=/c.pem, --peer-auto-tls=true, --peer-key-file=/k.pem]
`);
    expect(where(findings)).toEqual([
      { rule: A, line: 7, column: 21 },
      { rule: P, line: 7, column: 53 },
    ]);
    for (const finding of findings) expect(finding.message).toContain('etcd ignores auto-TLS at run time');
  });

  it('does not call auto-TLS inert when the certificate flag is empty', () => {
    const [finding] = findingsIn(`apiVersion: v1
kind: Pod
metadata: {name: etcd}
spec:
  containers:
  - name: etcd
    command: [etcd, --cert-file=, --auto-tls]
`);
    expect(finding?.message).not.toContain('ignores auto-TLS');
  });
});

describe('pod-spec extractor: which containers run etcd', () => {
  const pod = (container: string) => `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: c
${container}`;

  it('takes the program from args when there is no command', () => {
    expect(where(findingsIn(pod('    args: [/usr/local/bin/etcd, --auto-tls]\n')))).toEqual([
      { rule: A, line: 7, column: 33 },
    ]);
  });

  it('never flags a container whose program is not etcd, whatever its image', () => {
    expect(
      findingsIn(pod('    image: registry.k8s.io/etcd:3.5.12-0\n    args: [--auto-tls=true]\n')),
    ).toEqual([]);
  });

  it('joins command and args, so the last flag wins across them', () => {
    expect(findingsIn(pod('    command: [etcd, --auto-tls]\n    args: [--auto-tls=false]\n'))).toEqual([]);
    expect(
      where(findingsIn(pod('    command: [etcd, --auto-tls=false]\n    args: [--auto-tls=1]\n'))),
    ).toEqual([{ rule: A, line: 8, column: 12 }]);
  });

  it('expands $(VAR) from literal env values as the kubelet does', () => {
    const yaml = pod(`    env:
    - {name: AUTO, value: "true"}
    command: [etcd, "--auto-tls=$(AUTO)", "--peer-auto-tls=$(UNSET)"]
`);
    expect(where(findingsIn(yaml))).toEqual([{ rule: A, line: 9, column: 21 }]);
  });

  it('keeps --peer-auto-tls and --auto-tls apart', () => {
    expect(where(findingsIn(pod('    command: [etcd, --peer-auto-tls=true, --auto-tls=false]\n')))).toEqual([
      { rule: P, line: 7, column: 21 },
    ]);
  });

  it('reads every document of a multi-document file with its own line numbers', () => {
    const yaml = `${pod('    command: [etcd]\n')}---\n${pod('    command: [etcd, --auto-tls]\n')}`;
    expect(where(findingsIn(yaml))).toEqual([{ rule: A, line: 15, column: 21 }]);
  });

  it('ignores objects without a pod spec or without apiVersion', () => {
    expect(findingsIn('kind: Pod\nspec:\n  containers:\n  - command: [etcd, --auto-tls]\n')).toEqual([]);
    expect(findingsIn('apiVersion: v1\nkind: ConfigMap\ndata:\n  command: "etcd --auto-tls"\n')).toEqual([]);
  });
});
