import { describe, expect, it } from 'vitest';
import { findingsInFixture } from '../support/fixtures.js';
import { findingsIn, where } from '../support/scan-text.js';

const A = 'etcd-auto-tls';
const P = 'etcd-peer-auto-tls';

describe('shell-wrapped etcd commands in containers', () => {
  it('finds flags in sh -c strings, block scalars with continuations, and scripts in args', () => {
    const findings = findingsInFixture('shell/sh-c.yaml');
    expect(where(findings)).toEqual([
      { rule: A, line: 9, column: 68 }, // "exec etcd ... --auto-tls=true" in a flow string
      { rule: P, line: 19, column: 9 }, // bare --peer-auto-tls on a continued line of a | block
      { rule: A, line: 24, column: 62 }, // --auto-tls="true" after if/then/fi in args
    ]);
    // The region covers exactly the flag text, never the trailing backslash.
    expect(findings.map((f) => f.span)).toEqual([
      { startLine: 9, startColumn: 68, endLine: 9, endColumn: 83 },
      { startLine: 19, startColumn: 9, endLine: 19, endColumn: 24 },
      { startLine: 24, startColumn: 62, endLine: 24, endColumn: 79 },
    ]);
    expect(findings[1]?.message).toContain('`--peer-auto-tls` (in its shell command)');
  });

  it('ignores etcdctl, etcd grpc-proxy, comments and here-document bodies', () => {
    expect(findingsInFixture('shell/not-etcd.yaml')).toEqual([]);
  });

  it('maps flags inside a double-quoted scalar with escapes back to the source', () => {
    const yaml = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: c
    command: ["sh", "-c", "echo \\"start\\"; exec etcd --auto-tls"]
`;
    const [finding] = findingsIn(yaml);
    expect(finding?.span).toEqual({ startLine: 7, startColumn: 54, endLine: 7, endColumn: 64 });
  });

  it('follows a folded block scalar', () => {
    const yaml = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: c
    command:
    - /bin/sh
    - -c
    - >
      exec etcd
      --peer-auto-tls=true
`;
    expect(where(findingsIn(yaml))).toEqual([{ rule: P, line: 12, column: 7 }]);
  });

  it('does not treat a shell without -c as running etcd', () => {
    const yaml = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: c
    command: ["/bin/sh", "/start-etcd.sh", "--auto-tls"]
`;
    expect(findingsIn(yaml)).toEqual([]);
  });
});
