import { describe, expect, it } from 'vitest';
import { findingsInFixture } from '../support/fixtures.js';
import { findingsIn, where } from '../support/scan-text.js';

const A = 'etcd-auto-tls';
const P = 'etcd-peer-auto-tls';

/** A Compose file with one service `etcd` made of the given lines (indented under the service). */
const service = (lines: string) => `services:\n  etcd:\n    image: quay.io/coreos/etcd:v3.5.17\n${lines}`;

describe('Docker Compose services', () => {
  it.each([
    {
      file: 'compose/command-forms.yml',
      expected: [
        { rule: A, line: 5, column: 66 }, // command string, bare --auto-tls
        { rule: P, line: 11, column: 9 }, // command list item
        { rule: A, line: 15, column: 56 }, // entrypoint list + command string, quoted word
      ],
    },
    {
      file: 'compose/shell.yml',
      expected: [
        { rule: P, line: 5, column: 78 }, // sh -c in a command list
        { rule: A, line: 8, column: 55 }, // sh -ec in an entrypoint string, `$$` escape before it
        { rule: P, line: 18, column: 11 }, // bash -c block scalar, continued line
      ],
    },
    {
      file: 'compose/environment.yml',
      expected: [
        { rule: A, line: 7, column: 7 }, // map, quoted "true"
        { rule: P, line: 8, column: 7 }, // map, unquoted boolean
        { rule: P, line: 14, column: 9 }, // list item KEY=VALUE
        { rule: A, line: 32, column: 7 }, // variable next to a flag of the same setting
      ],
    },
    // Bitnami's cluster example: etcd runs from the image entrypoint, the program is not in the file.
    { file: 'corpus/real/bitnami-containers/docker-compose-cluster.yml', expected: [] },
  ])('$file', ({ file, expected }) => {
    expect(where(findingsInFixture(file))).toEqual(expected);
  });

  it('covers the exact word of a command string, quotes included, and the whole list item', () => {
    const findings = findingsInFixture('compose/command-forms.yml');
    expect(findings.map((f) => f.span)).toEqual([
      { startLine: 5, startColumn: 66, endLine: 5, endColumn: 76 },
      { startLine: 11, startColumn: 9, endLine: 11, endColumn: 29 },
      { startLine: 15, startColumn: 56, endLine: 15, endColumn: 73 },
    ]);
    expect(findings[0]?.message).toMatch(
      /^Compose service string-command: etcd is started with `--auto-tls`/,
    );
  });

  it('covers the map entry and the list item of an environment variable', () => {
    const findings = findingsInFixture('compose/environment.yml');
    expect(findings.slice(0, 3).map((f) => f.span)).toEqual([
      { startLine: 7, startColumn: 7, endLine: 7, endColumn: 28 },
      { startLine: 8, startColumn: 7, endLine: 8, endColumn: 31 },
      { startLine: 14, startColumn: 9, endLine: 14, endColumn: 32 },
    ]);
    expect(findings[1]?.message).toContain('etcd gets `ETCD_PEER_AUTO_TLS=true` in the service environment');
    expect(findings[1]?.subject).toBe('Compose service env-map');
  });

  it('says that a flag and a variable of the same setting stop etcd', () => {
    const conflict = findingsInFixture('compose/environment.yml').find((f) => f.span.startLine === 32);
    expect(conflict?.message).toContain('will not start');
    expect(conflict?.message).toContain('conflicting environment variable');
  });

  it.each([
    {
      name: 'a string command',
      yaml: service('    command: etcd --name=a --peer-auto-tls\n'),
      expected: [{ rule: P, line: 4, column: 28 }],
    },
    {
      name: 'a flow list command',
      yaml: service('    command: ["etcd", "--auto-tls=1"]\n'),
      expected: [{ rule: A, line: 4, column: 23 }],
    },
    {
      name: 'entrypoint etcd with flags in command',
      yaml: service('    entrypoint: etcd\n    command: ["--peer-auto-tls=true"]\n'),
      expected: [{ rule: P, line: 5, column: 15 }],
    },
    {
      name: 'sh -c in a string command',
      yaml: service(`    command: sh -c "exec etcd --auto-tls"\n`),
      expected: [{ rule: A, line: 4, column: 31 }],
    },
    {
      name: 'an environment map with an unquoted True',
      yaml: service('    command: ["etcd"]\n    environment:\n      ETCD_AUTO_TLS: True\n'),
      expected: [{ rule: A, line: 6, column: 7 }],
    },
    {
      name: 'an environment list',
      yaml: service('    command: ["etcd"]\n    environment:\n      - ETCD_PEER_AUTO_TLS=true\n'),
      expected: [{ rule: P, line: 6, column: 9 }],
    },
    {
      name: 'ETCD_AUTO_TLS=false',
      yaml: service('    command: ["etcd"]\n    environment:\n      - ETCD_AUTO_TLS=false\n'),
      expected: [],
    },
    {
      // quay.io/coreos/etcd has CMD ["/usr/local/bin/etcd"] and no ENTRYPOINT.
      name: 'an auto-TLS variable with no command: etcd is the image CMD',
      yaml: service('    environment:\n      ETCD_AUTO_TLS: "true"\n'),
      expected: [{ rule: A, line: 5, column: 7 }],
    },
    {
      name: "command replaces the CMD of etcd's image: another program",
      yaml: service(
        '    command: ["/bin/sh", "/backup.sh"]\n    environment:\n      ETCD_AUTO_TLS: "true"\n',
      ),
      expected: [],
    },
    {
      name: 'a non-etcd program with the same flags and variables',
      yaml: service(
        '    command: ["/bin/proxy", "--auto-tls", "--peer-auto-tls=true"]\n    environment:\n      ETCD_AUTO_TLS: "true"\n',
      ),
      expected: [],
    },
    {
      name: 'etcd grpc-proxy',
      yaml: service('    command: etcd grpc-proxy start --auto-tls\n'),
      expected: [],
    },
    {
      name: 'shell operators in a string command (no shell: the rest is dropped)',
      yaml: service('    command: etcd --name a && etcd --auto-tls\n'),
      expected: [],
    },
    {
      name: 'an interpolated variable that may expand to flags',
      yaml: service(`    command: etcd \${ETCD_EXTRA_ARGS} --auto-tls\n`),
      expected: [{ rule: A, line: 4, column: 38 }],
    },
    {
      name: 'a Kubernetes object with a services key',
      yaml: 'apiVersion: v1\nkind: List\nservices:\n  etcd:\n    command: ["etcd", "--auto-tls"]\n',
      expected: [],
    },
  ])('$name', ({ yaml, expected }) => {
    expect(where(findingsIn(yaml, 'compose.yaml'))).toEqual(expected);
  });

  it('skips variables whose value comes from the host or from `.env`', () => {
    const findings = findingsIn(
      service(
        `    command: ["etcd", "--auto-tls"]\n    environment:\n      ETCD_AUTO_TLS: \${AUTO_TLS}\n      ETCD_PEER_AUTO_TLS:\n`,
      ),
    );
    expect(where(findings)).toEqual([{ rule: A, line: 4, column: 23 }]);
    expect(findings[0]?.message).not.toContain('will not start');
  });

  it('reports a quoted list value, which Compose passes with its quotes, as an invalid boolean', () => {
    const [finding] = findingsIn(
      service('    command: ["etcd"]\n    environment:\n      - ETCD_AUTO_TLS="true"\n'),
    );
    expect(finding?.ruleId).toBe(A);
    expect(finding?.message).toContain('is not a boolean etcd accepts');
  });

  it('follows YAML merge keys into a shared service definition', () => {
    const yaml = `x-etcd: &etcd
  image: quay.io/coreos/etcd:v3.5.17
  command: ["etcd", "--peer-auto-tls"]
services:
  etcd1:
    <<: *etcd
  etcd2:
    <<: *etcd
    command: ["etcd"]
`;
    // etcd1 inherits the command (the region is in the anchor); etcd2 replaces it.
    const findings = findingsIn(yaml);
    expect(where(findings)).toEqual([{ rule: P, line: 3, column: 21 }]);
    expect(findings[0]?.subject).toBe('Compose service etcd1');
  });

  it('reports a `$` that Compose rejects as a reason etcd will not start', () => {
    const [finding] = findingsIn(service('    command: etcd --name $(hostname) --auto-tls\n'));
    expect(finding?.ruleId).toBe(A);
    expect(finding?.message).toContain('Compose will not start the service');
  });
});
