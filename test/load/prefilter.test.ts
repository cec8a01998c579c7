import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_NODES } from '../../src/load/bounds.js';
import { namesEtcdSetting, needsShebang, relevance } from '../../src/load/prefilter.js';
import { decode } from '../../src/load/read.js';
import { scan } from '../../src/scan.js';
import { FIXTURES } from '../support/fixtures.js';
import { findingsInFiles } from '../support/scan-text.js';

const file = (relPath: string) => ({ absPath: `/x/${relPath}`, relPath });
const summary = (findings: { ruleId: string; file: { relPath: string }; span: object; message: string }[]) =>
  findings.map((f) => JSON.stringify([f.ruleId, f.file.relPath, f.span, f.message]));

/** Every fixture file (the corpora copied from ../shared included), as decoded text. */
function fixtureTexts(): [string, string][] {
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(path.join(FIXTURES, dir))) {
      const rel = dir ? `${dir}/${name}` : name;
      if (statSync(path.join(FIXTURES, rel)).isDirectory()) walk(rel);
      else {
        const text = decode(readFileSync(path.join(FIXTURES, rel)));
        if (text !== undefined) out.push([rel, text]);
      }
    }
  };
  walk('');
  return out;
}

/**
 * What quoting and escaping can do to a word without changing what a parser hands on: shell
 * quotes and backslashes, an escaped YAML line break with indentation, a systemd/YAML escape of a
 * letter. Each variant rewrites every occurrence of one token in a file.
 */
const TOKENS = [
  /etcd/gi,
  /auto-tls/gi,
  /AUTO_TLS/g,
  /useAutoTLS/g,
  /transport-security/g,
  /secureTransport/g,
];
const QUOTINGS: ((word: string) => string)[] = [
  (w) => `${w.slice(0, 1)}''${w.slice(1)}`,
  (w) => `${w.slice(0, 1)}"${w.slice(1)}"`,
  (w) => `${w.slice(0, 2)}\\${w.slice(2)}`,
  (w) => `${w.slice(0, 2)}\\\n    ${w.slice(2)}`,
  (w) => `${w.slice(0, 1)}\\x${w.charCodeAt(1).toString(16)}${w.slice(2)}`,
  (w) => `${w.slice(0, 1)}\\u00${w.charCodeAt(1).toString(16)}${w.slice(2)}`,
  (w) => `\\${w.charCodeAt(0).toString(8).padStart(3, '0')}${w.slice(1)}`,
  (w) => w.toUpperCase(),
];

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

  it('never drops a quoted or escaped variant of a fixture that gives a finding', () => {
    let variants = 0;
    let dropped = 0;
    for (const [relPath, text] of fixtureTexts()) {
      for (const token of TOKENS) {
        if (text.search(token) < 0) continue;
        for (const quote of QUOTINGS) {
          const variant = text.replace(token, (word) => quote(word));
          variants++;
          if (relevance(variant, file(relPath)) !== 'none') continue;
          expect(findingsInFiles({ [relPath]: variant }), `${relPath} with ${quote.toString()}`).toEqual([]);
          // A file whose name says no form (README.md, Procfile) is dropped for its name, not its text.
          if (!needsShebang(file(relPath))) dropped++;
        }
      }
    }
    expect(variants).toBeGreaterThan(1000);
    // Every quoting above is undone by the prefilter, so none of these variants may be dropped.
    expect(dropped).toBe(0);
  });

  it.each([
    ['- --auto-tls=true', 'settings'],
    ['ETCD_PEER_AUTO_TLS=1', 'settings'],
    ['    useAutoTLS: true', 'settings'],
    ['exec etcd --auto-"tls"', 'settings'],
    ['sh -c "exec e\'\'tcd --a\\"uto-tls\\""', 'settings'],
    ['ExecStart=/usr/bin/etcd --a"uto-tls"', 'settings'],
    ['args: ["--auto-\\\n    tls=true"]', 'settings'],
    ['- name: "ETCD_AUTO_\\\n    TLS"', 'settings'],
    ['"--auto\\u002dtls"', 'settings'],
    ['ExecStart=/usr/bin/\\145tcd', 'settings'],
    ['command: [etcd]\nenvFrom: [{configMapRef: {name: x}}]', 'settings'],
    ['ETCD_NAME=etcd-0', 'settings'],
    ['--listen-client-urls=http://0.0.0.0:2379', 'settings'],
    ['client-transport-security:\n  client-cert-auth: false', 'settings'],
    ['command: [kube-apiserver, --client-ca-file=/pki/ca.crt]', 'settings'],
    ['command: ["/hyperkube", "apiserver"]', 'settings'],
    ['{name: AUTO_TLS_NOTE, value: x}', 'none'],
    ['search index: \\u0026 \\u003c \\u00e9', 'none'],
    ['kind: ConfigMap\ndata: {peer: "true"}', 'lookup'],
    // Certificate file names alone: half the charts of a chart repository have `certFile`.
    ['tls:\n  certFile: /c.pem\n  keyFile: /k.pem\n  trustedCAFile: /ca.pem', 'none'],
    ['kind: Service', 'none'],
  ])('%j is %s', (text, expected) => {
    expect(relevance(text, file('a.yaml'))).toBe(expected);
  });

  it.each([
    'etcd',
    'auto-tls',
    'secureTransport',
    'client-transport-security',
    'listen-client-urls',
    'listen-peer-urls',
    'advertise-client-urls',
    'initial-advertise-peer-urls',
    'client-cert-auth',
  ])('keeps a file that names %s, also spelled with quotes, blanks and escaped line breaks', (token) => {
    expect(relevance(`x: ${token}`, file('a.yaml'))).toBe('settings');
    const noisy = [...token].join(`"'\\\n  -`);
    expect(relevance(`x: "${noisy}"`, file('a.yaml'))).toBe('settings');
  });

  it('decides in linear time on long runs of near-matches and noise', () => {
    for (const text of [
      `e${' '.repeat(200_000)}t`,
      'e-t-c-'.repeat(100_000),
      `${"c'o'n'f'i'g'm'a'".repeat(50_000)}x`,
      '\\u00\\x2'.repeat(100_000),
    ]) {
      const started = performance.now();
      expect(relevance(text, file('a.yaml'))).toBe('none');
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it.each([
    ['bin/start-etcd', '#!/bin/sh\nexec etcd --auto-tls\n', 'settings'],
    ['bin/start-etcd', '#!/usr/bin/env -S bash -e\nexec etcd\n', 'settings'],
    ['bin/start-etcd', 'exec etcd --auto-tls\n', 'none'],
    ['bin/start-etcd', '#!/usr/bin/python3\nos.system("etcd --auto-tls")\n', 'none'],
    ['bin/start-etcd', '\ufeff#!/bin/sh\netcd\n', 'none'],
    ['start.sh', 'exec etcd --auto-tls\n', 'settings'],
    ['Dockerfile', 'CMD ["etcd"]\n', 'settings'],
    ['etc/default/etcd', 'ETCD_AUTO_TLS=1\n', 'settings'],
    ['templates/etcd.service.j2', 'ExecStart=/usr/bin/etcd\n', 'settings'],
    ['README', 'etcd --auto-tls\n', 'none'],
  ])('%s holding %j is %s (a name that says no form needs a shell #! line)', (relPath, text, expected) => {
    expect(relevance(text, file(relPath))).toBe(expected);
  });

  it('reads kustomizations by name', () => {
    expect(relevance('patches: []', file('overlay/kustomization.yaml'))).toBe('settings');
    expect(relevance('patches: []', file('overlay/Kustomization'))).toBe('settings');
    expect(relevance('patches: []', file('overlay/other.yaml'))).toBe('none');
  });

  it('finds a ConfigMap the prefilter skipped when an etcd container reads a key of it', async () => {
    const result = await scan({ base: FIXTURES, paths: ['env'] });
    // env/plain-configmap.yaml holds `peer: "true"` and nothing that names etcd.
    const finding = result.findings.find((f) => f.file.relPath === 'env/plain-configmap.yaml');
    expect(finding?.subject).toBe('DaemonSet infra/etcd-node, container etcd');
    expect(finding?.span.startLine).toBe(8);
  });
});

describe('set-aside files read on demand', () => {
  it('says when a ConfigMap an etcd container reads is over the work bounds', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'etg-lookup-'));
    try {
      const daemonSet = readFileSync(path.join(FIXTURES, 'env/daemonset-plain-key.yaml'), 'utf8');
      writeFileSync(path.join(dir, 'daemonset.yaml'), daemonSet.replace('name: etcd-plain', 'name: plain'));
      // Nothing in it names etcd, so the prefilter sets it aside; padded past the node budget.
      const padding = Array.from({ length: MAX_NODES / 3 }, (_, i) => `  k${i}: v\n`).join('');
      writeFileSync(
        path.join(dir, 'configmap.yaml'),
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: plain\ndata:\n  peer: "true"\n${padding}`,
      );
      const result = await scan({ base: dir, threads: 1 });
      expect(result.diagnostics.filter((d) => d.id === 'too-complex').map((d) => d.file?.relPath)).toEqual([
        'configmap.yaml',
      ]);
      expect(result.findings.filter((f) => f.file.relPath === 'configmap.yaml')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('namesEtcdSetting (is a parse failure worth a warning)', () => {
  it.each([
    ['peer-transport-security:\n  auto-tls: true', true],
    ['"client-\\\n  transport-security": {}', true],
    ['ETCD_LISTEN_CLIENT_URLS=http://x', true],
    ['add_header Strict-Transport-Security "max-age=15768000";', false],
    ['endpoints: [http://etcd:2379]', false],
    ['- name: MINIO_ETCD_ENDPOINTS', false],
    ['value: /etc/credentials/etcd_client_cert.pem', false],
    ['- name: "ETCD_NAME"', true],
  ])('%j: %s', (text, expected) => {
    expect(namesEtcdSetting(text)).toBe(expected);
  });
});
