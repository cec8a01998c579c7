import { describe, expect, it } from 'vitest';
import { scan } from '../../src/scan.js';
import { parseSuppression } from '../../src/triage/suppressions.js';
import { FIXTURES } from '../support/fixtures.js';
import { AUTO_TLS_ONLY } from '../support/scan-text.js';

const at = (f: { file: { relPath: string }; ruleId: string; span: { startLine: number } }) =>
  `${f.file.relPath}:${f.span.startLine} ${f.ruleId}`;

describe('inline suppressions', () => {
  it('suppresses with a reason on the same line or the line above, and nothing else', async () => {
    const result = await scan({ base: FIXTURES, paths: ['suppressions'], rules: AUTO_TLS_ONLY });
    expect(result.suppressed.map(at)).toEqual([
      'suppressions/kubeadm.yaml:7 etcd-auto-tls',
      'suppressions/pod.yaml:11 etcd-auto-tls',
      'suppressions/pod.yaml:13 etcd-peer-auto-tls',
    ]);
    expect(result.suppressed.map((f) => f.suppression?.reason)).toEqual([
      'kubeadm passes cert files, auto-tls is inert (ticket OPS-12)',
      'throwaway lab cluster, no real data',
      'single member, peer port closed',
    ]);
    expect(result.findings.map(at)).toEqual([
      'suppressions/kubeadm.yaml:8 etcd-peer-auto-tls',
      'suppressions/pod.yaml:17 etcd-auto-tls',
      'suppressions/pod.yaml:21 etcd-peer-auto-tls',
    ]);
  });

  it('warns about a suppression without a reason and one naming an unknown rule', async () => {
    const result = await scan({ base: FIXTURES, paths: ['suppressions'], rules: AUTO_TLS_ONLY });
    expect(
      result.diagnostics.map(
        (d) => `${d.file?.relPath}:${d.span?.startLine} ${d.level} ${d.id}: ${d.message}`,
      ),
    ).toEqual([
      'suppressions/kubeadm.yaml:8 warning invalid-suppression: suppression names an unknown rule "etcd-pear-auto-tls"',
      'suppressions/pod.yaml:17 warning invalid-suppression: suppression comment without a reason is not applied: write `# etcd-tls-guard: ignore[RULE-ID] why it is acceptable`',
    ]);
  });

  it.each([
    [
      '- --auto-tls # etcd-tls-guard: ignore[etcd-auto-tls] lab',
      { ruleIds: ['etcd-auto-tls'], reason: 'lab', ownLine: false },
    ],
    ['# etcd-tls-guard: ignore[a,b] - why', { ruleIds: ['a', 'b'], reason: 'why', ownLine: true }],
    ['#etcd-tls-guard:ignore[a]', { ruleIds: ['a'], reason: '', ownLine: true }],
  ])('parses %j', (text, expected) => {
    expect(parseSuppression(text, 3)).toEqual({ ...expected, line: 3 });
  });

  it.each([
    '- --auto-tls=true etcd-tls-guard: ignore[etcd-auto-tls] not in a comment',
    '# etcd-tls-guard: skip[etcd-auto-tls] wrong verb',
    '# see etcd-tls-guard: ignore[etcd-auto-tls] (text before the marker)',
    '# etcd-tls-guard: ignore[etcd-auto-tls unterminated',
  ])('is not a suppression: %j', (text) => {
    expect(parseSuppression(text, 1)).toBeUndefined();
  });
});
