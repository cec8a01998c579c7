import { describe, expect, it } from 'vitest';
import { relevance } from '../../src/load/prefilter.js';
import { scan } from '../../src/scan.js';
import { FIXTURES } from '../support/fixtures.js';

const file = (relPath: string) => ({ absPath: `/x/${relPath}`, relPath });
const summary = (findings: { ruleId: string; file: { relPath: string }; span: object; message: string }[]) =>
  findings.map((f) => JSON.stringify([f.ruleId, f.file.relPath, f.span, f.message]));

describe('prefilter', () => {
  it('never drops a file a finding needs: every fixture gives the same findings with and without it', async () => {
    const options = { base: FIXTURES, paths: ['.'], exclude: [] as string[] };
    // All files, whatever their name, so forms outside the default patterns are covered too.
    const patterns = ['**/*'];
    const filtered = await scan({ ...options, patterns });
    const unfiltered = await scan({ ...options, patterns, prefilter: false });
    expect(filtered.findings.length).toBeGreaterThan(100);
    expect(summary(filtered.findings)).toEqual(summary(unfiltered.findings));
    expect(summary(filtered.suppressed)).toEqual(summary(unfiltered.suppressed));
  });

  it.each([
    ['- --auto-tls=true', 'settings'],
    ['ETCD_PEER_AUTO_TLS=1', 'settings'],
    ['    useAutoTLS: true', 'settings'],
    ['exec etcd --auto-"tls"', 'settings'],
    ['"--auto\\u002dtls"', 'settings'],
    ['{name: AUTO_TLS_NOTE, value: x}', 'none'],
    ['description: mentions etcd in prose', 'none'],
    ['command: [etcd]\nenvFrom: [{configMapRef: {name: x}}]', 'context'],
    ['ETCD_NAME=etcd-0', 'context'],
  ])('%j is %s', (text, expected) => {
    expect(relevance(text, file('a.yaml'))).toBe(expected);
  });

  it('reads kustomizations by name', () => {
    expect(relevance('patches: []', file('overlay/kustomization.yaml'))).toBe('context');
    expect(relevance('patches: []', file('overlay/Kustomization'))).toBe('context');
    expect(relevance('patches: []', file('overlay/other.yaml'))).toBe('none');
  });

  it('finds a ConfigMap the prefilter skipped when an etcd container reads a key of it', async () => {
    const result = await scan({ base: FIXTURES, paths: ['env'] });
    // env/plain-configmap.yaml holds `peer: "true"` and nothing that names auto-TLS.
    const finding = result.findings.find((f) => f.file.relPath === 'env/plain-configmap.yaml');
    expect(finding?.subject).toBe('DaemonSet infra/etcd-node, container etcd');
    expect(finding?.span.startLine).toBe(8);
  });
});
