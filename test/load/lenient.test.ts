import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/load.js';
import { FIXTURES, findingsInFixture } from '../support/fixtures.js';
import { findingsIn, where } from '../support/scan-text.js';

const file = (relPath: string) => ({ absPath: `/v/${relPath}`, relPath });

describe('YAML that go-yaml v2 reads and YAML 1.2 does not', () => {
  it('a quoted value continued at its parent indentation (kube-bench cfg/cis-1.12/etcd.yaml)', () => {
    const relPath = 'corpus/peers/kube-bench/cfg/cis-1.12/etcd.yaml';
    const outcome = parseYaml(file(relPath), readFileSync(path.join(FIXTURES, relPath), 'utf8'));
    expect(outcome.diagnostics).toEqual([]);
    const doc = outcome.loaded?.kind === 'yaml' ? outcome.loaded.documents[0] : undefined;
    if (!doc) throw new Error('no document');
    const groups = (doc.toJS() as { groups: { checks: { id: unknown; text: string }[] }[] }).groups;
    const checks = groups.flatMap((group) => group.checks);
    // go-yaml folds the line break and the next line's indentation into one space.
    expect(checks.find((check) => String(check.id) === '2.4')?.text).toBe(
      'Ensure that the --peer-cert-file and --peer-key-file arguments are set as appropriate (Automated)',
    );
  });

  it('keeps the settings of every document, at their lines', () => {
    expect(where(findingsInFixture('lenient/continued-quotes.yaml'))).toEqual([
      { rule: 'etcd-auto-tls', line: 9, column: 3 },
      { rule: 'etcd-peer-auto-tls', line: 21, column: 21 },
    ]);
  });

  it('gives a value the offsets of its text (a flag in a continued quoted sh -c script)', () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers:\n  - name: e\n';
    const text = `${pod}    command: [sh, -c, "exec etcd\n    --auto-tls"]\n`;
    const block = `${pod}    command:\n    - sh\n    - -c\n    - "exec etcd\n    --auto-tls"\n`;
    expect(where(findingsInFixtureText(text))).toEqual([{ rule: 'etcd-auto-tls', line: 8, column: 5 }]);
    expect(where(findingsInFixtureText(block))).toEqual([{ rule: 'etcd-auto-tls', line: 11, column: 5 }]);
  });

  it('still reports a document that fails for another reason', () => {
    const outcome = parseYaml(file('x.yaml'), 'a: "b\nc"\nd: [unclosed\n# --auto-tls\n');
    expect(outcome.diagnostics.map((d) => d.id)).toEqual(['parse-error']);
  });
});

function findingsInFixtureText(text: string) {
  return findingsIn(text, 'pod.yaml');
}
