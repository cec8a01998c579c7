// The rules against a real etcd (Debian's etcd-server package, etcd 3.4). Each case is one etcd
// configuration, written as the product reads it (a Pod's command and env, or an etcd config file)
// and run as etcd runs it (the same argv and variables, or `--config-file`), on free loopback ports
// with certificates made at test time. The test asserts what etcd does on each side (the research
// note's expectation, shared/research/semantics-tls-posture.md §2 and semantics.md §1-§4) and that
// the product's verdict agrees:
//   etcd refuses to start           <-> an `etcd-will-not-start` notice (and no posture finding)
//   plaintext                       <-> etcd-client-plaintext / etcd-peer-plaintext
//   TLS, self-signed certificate    <-> etcd-auto-tls / etcd-peer-auto-tls (not inert)
//   TLS, any client accepted        <-> etcd-*-cert-auth-disabled saying so (no trusted CA)
//   TLS, client certificate needed  <-> none of these (a warning about the CN mapping at most)
// Without an etcd binary the suite is skipped with the reason; .ci/run installs the package.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, Finding } from '../../src/model.js';
import { RULES } from '../../src/rules/index.js';
import { findingsInFiles } from '../support/scan-text.js';
import {
  findEtcd,
  freePort,
  hasOpenssl,
  killAll,
  makePki,
  type Outcome,
  type Pki,
  portFree,
  runEtcd,
  type Served,
  scratchDir,
} from './real-etcd.js';

const etcd = findEtcd();
const skip = 'missing' in etcd ? etcd.missing : hasOpenssl() ? undefined : 'openssl is not installed';
if (skip) console.warn(`oracle suite skipped: ${skip}`);

type Expected = 'refused' | { client: Served; peer: Served };

interface Ports {
  c: number;
  p: number;
  pki: Pki;
  dir: string;
}

interface Case {
  name: string;
  /** The configuration: command-line flags and variables, or the text of an etcd config file. */
  build(ports: Ports): { flags?: string[]; env?: Record<string, string>; config?: string; socket?: string };
  expected: Expected;
  /** Listens on etcd's own default ports 2379/2380: run alone, and only when they are free. */
  defaultPorts?: boolean;
  /** The etcd release that added what the case uses (older ones exit on the unknown flag). */
  since?: [number, number, number];
}

// Pieces of configurations.
const name = (x: Ports) => [`--name=default`, `--data-dir=${x.dir}/data`];
const peerHttp = (x: Ports) => [
  `--listen-peer-urls=http://127.0.0.1:${x.p}`,
  `--initial-advertise-peer-urls=http://127.0.0.1:${x.p}`,
  `--initial-cluster=default=http://127.0.0.1:${x.p}`,
];
const peerHttps = (x: Ports) => [
  `--listen-peer-urls=https://127.0.0.1:${x.p}`,
  `--initial-advertise-peer-urls=https://127.0.0.1:${x.p}`,
  `--initial-cluster=default=https://127.0.0.1:${x.p}`,
];
const peerCerts = (x: Ports) => [
  `--peer-cert-file=${x.pki.serverCert}`,
  `--peer-key-file=${x.pki.serverKey}`,
];
const clientHttp = (x: Ports) => [
  `--listen-client-urls=http://127.0.0.1:${x.c}`,
  `--advertise-client-urls=http://127.0.0.1:${x.c}`,
];
const clientHttps = (x: Ports) => [
  `--listen-client-urls=https://127.0.0.1:${x.c}`,
  `--advertise-client-urls=https://127.0.0.1:${x.c}`,
];
const certs = (x: Ports) => [`--cert-file=${x.pki.serverCert}`, `--key-file=${x.pki.serverKey}`];
const ca = (x: Ports) => `--trusted-ca-file=${x.pki.ca}`;
/** A secure peer side, for cases about the client side. */
const securePeer = (x: Ports) => [
  ...peerHttps(x),
  ...peerCerts(x),
  `--peer-trusted-ca-file=${x.pki.ca}`,
  '--peer-client-cert-auth',
];
/** A secure client side, for cases about the peer side. */
const secureClient = (x: Ports) => [...clientHttps(x), ...certs(x), ca(x), '--client-cert-auth=true'];

/** An etcd config file (YAML), with this data directory and cluster. */
const configFile = (x: Ports, peerScheme: 'http' | 'https', body: string) =>
  `name: default
data-dir: ${x.dir}/data
listen-peer-urls: ${peerScheme}://127.0.0.1:${x.p}
initial-advertise-peer-urls: ${peerScheme}://127.0.0.1:${x.p}
initial-cluster: default=${peerScheme}://127.0.0.1:${x.p}
${body}`;
const filePeerTls = (x: Ports) => `peer-transport-security:
  cert-file: ${x.pki.serverCert}
  key-file: ${x.pki.serverKey}
  trusted-ca-file: ${x.pki.ca}
  client-cert-auth: true
`;

const CASES: Case[] = [
  // --- client side, flags ---
  {
    name: 'http client listener with an advertise URL: plaintext (loopback)',
    build: (x) => ({ flags: [...name(x), ...clientHttp(x), ...securePeer(x)] }),
    expected: { client: 'plaintext', peer: 'tls-client-cert' },
  },
  {
    name: 'HTTP:// in capitals is http (Go lower-cases the scheme)',
    build: (x) => ({
      flags: [
        ...name(x),
        `--listen-client-urls=HTTP://127.0.0.1:${x.c}`,
        `--advertise-client-urls=http://127.0.0.1:${x.c}`,
        ...securePeer(x),
      ],
    }),
    expected: { client: 'plaintext', peer: 'tls-client-cert' },
  },
  {
    name: 'http on every interface (0.0.0.0), space-separated values, single dashes (T15)',
    build: (x) => ({
      flags: [
        ...name(x),
        '-listen-client-urls',
        `http://0.0.0.0:${x.c}`,
        '-advertise-client-urls',
        `http://127.0.0.1:${x.c}`,
        ...securePeer(x),
      ],
    }),
    expected: { client: 'plaintext', peer: 'tls-client-cert' },
  },
  {
    name: 'http listener with certificates and client-cert-auth: still plaintext (T4)',
    build: (x) => ({
      flags: [...name(x), ...clientHttp(x), ...certs(x), ca(x), '--client-cert-auth=true', ...securePeer(x)],
    }),
    expected: { client: 'plaintext', peer: 'tls-client-cert' },
  },
  {
    name: 'listen URL without an advertise URL, as a flag (T17)',
    build: (x) => ({ flags: [...name(x), `--listen-client-urls=http://127.0.0.1:${x.c}`, ...securePeer(x)] }),
    expected: 'refused',
  },
  {
    name: 'listen URL without an advertise URL, as a variable (T18)',
    build: (x) => ({
      flags: [...name(x), ...securePeer(x)],
      env: { ETCD_LISTEN_CLIENT_URLS: `http://127.0.0.1:${x.c}` },
    }),
    expected: 'refused',
  },
  {
    name: 'a host name in a listen URL ("expected IP in URL for binding")',
    build: (x) => ({
      flags: [
        ...name(x),
        `--listen-client-urls=http://etcd-host:${x.c}`,
        `--advertise-client-urls=http://127.0.0.1:${x.c}`,
        ...securePeer(x),
      ],
    }),
    expected: 'refused',
  },
  {
    name: 'a URL with a path',
    build: (x) => ({
      flags: [
        ...name(x),
        `--listen-client-urls=http://127.0.0.1:${x.c}/x`,
        `--advertise-client-urls=http://127.0.0.1:${x.c}`,
        ...securePeer(x),
      ],
    }),
    expected: 'refused',
  },
  {
    name: 'a URL without a port',
    build: (x) => ({
      flags: [
        ...name(x),
        '--listen-client-urls=http://127.0.0.1',
        `--advertise-client-urls=http://127.0.0.1:${x.c}`,
        ...securePeer(x),
      ],
    }),
    expected: 'refused',
  },
  {
    name: 'an empty entry after a trailing comma',
    build: (x) => ({
      flags: [
        ...name(x),
        `--listen-client-urls=http://127.0.0.1:${x.c},`,
        `--advertise-client-urls=http://127.0.0.1:${x.c}`,
        ...securePeer(x),
      ],
    }),
    expected: 'refused',
  },
  {
    name: 'https without certificate files (T1)',
    build: (x) => ({ flags: [...name(x), ...clientHttps(x), ...securePeer(x)] }),
    expected: 'refused',
  },
  {
    name: 'https with a certificate but no key',
    build: (x) => ({
      flags: [...name(x), ...clientHttps(x), `--cert-file=${x.pki.serverCert}`, ...securePeer(x)],
    }),
    expected: 'refused',
  },
  {
    name: 'https with certificate files only: any client (T6)',
    build: (x) => ({ flags: [...name(x), ...clientHttps(x), ...certs(x), ...securePeer(x)] }),
    expected: { client: 'tls-any-client', peer: 'tls-client-cert' },
  },
  {
    name: 'https with a trusted CA, client-cert-auth off: client certificates still required (T5)',
    build: (x) => ({
      flags: [
        ...name(x),
        ...clientHttps(x),
        ...certs(x),
        ca(x),
        '--client-cert-auth=false',
        ...securePeer(x),
      ],
    }),
    expected: { client: 'tls-client-cert', peer: 'tls-client-cert' },
  },
  {
    name: 'https with client-cert-auth=1 and no CA: every client refused (T7)',
    build: (x) => ({
      flags: [...name(x), ...clientHttps(x), ...certs(x), '--client-cert-auth=1', ...securePeer(x)],
    }),
    expected: { client: 'tls-client-cert', peer: 'tls-client-cert' },
  },
  {
    name: 'https, CA and a bare --client-cert-auth: mutual TLS (T8)',
    build: (x) => ({
      flags: [...name(x), ...clientHttps(x), ...certs(x), ca(x), '--client-cert-auth', ...securePeer(x)],
    }),
    expected: { client: 'tls-client-cert', peer: 'tls-client-cert' },
  },
  {
    name: 'client-cert-auth=yes is not a Go boolean',
    build: (x) => ({
      flags: [...name(x), ...clientHttps(x), ...certs(x), '--client-cert-auth=yes', ...securePeer(x)],
    }),
    expected: 'refused',
  },
  {
    name: 'a flag and its variable both set (client-cert-auth)',
    build: (x) => ({
      flags: [...name(x), ...clientHttps(x), ...certs(x), ca(x), '--client-cert-auth=true', ...securePeer(x)],
      env: { ETCD_CLIENT_CERT_AUTH: 'true' },
    }),
    expected: 'refused',
  },
  {
    name: 'everything from variables, ETCD_CLIENT_CERT_AUTH=false with no CA: any client (T16)',
    build: (x) => ({
      flags: [...name(x), ...securePeer(x)],
      env: {
        ETCD_LISTEN_CLIENT_URLS: `https://127.0.0.1:${x.c}`,
        ETCD_ADVERTISE_CLIENT_URLS: `https://127.0.0.1:${x.c}`,
        ETCD_CERT_FILE: x.pki.serverCert,
        ETCD_KEY_FILE: x.pki.serverKey,
        ETCD_CLIENT_CERT_AUTH: 'false',
      },
    }),
    expected: { client: 'tls-any-client', peer: 'tls-client-cert' },
  },
  {
    name: 'a unix socket client listener (host:port form, which etcd 3.4 requires): plaintext',
    build: (x) => ({
      flags: [
        ...name(x),
        `--listen-client-urls=unix://localhost:${x.c}`,
        `--advertise-client-urls=http://127.0.0.1:${x.c}`,
        ...securePeer(x),
      ],
      socket: `localhost:${x.c}`,
    }),
    expected: { client: 'plaintext', peer: 'tls-client-cert' },
  },
  {
    name: '--listen-client-http-urls is a client listener too (etcd 3.4.25 and 3.5.8 added it)',
    build: (x) => ({
      flags: [
        ...name(x),
        `--listen-client-urls=https://127.0.0.1:${x.p + 2}`,
        `--advertise-client-urls=https://127.0.0.1:${x.p + 2}`,
        ...certs(x),
        ca(x),
        '--client-cert-auth=true',
        `--listen-client-http-urls=http://127.0.0.1:${x.c}`,
        ...securePeer(x),
      ],
    }),
    expected: { client: 'plaintext', peer: 'tls-client-cert' },
    since: [3, 4, 25],
  },
  {
    name: 'a plaintext metrics listener next to secure sides is not reported (/metrics, /health only)',
    build: (x) => ({
      flags: [
        ...name(x),
        ...secureClient(x),
        ...securePeer(x),
        `--listen-metrics-urls=http://127.0.0.1:${x.p + 1}`,
      ],
    }),
    expected: { client: 'tls-client-cert', peer: 'tls-client-cert' },
  },
  // --- peer side, flags ---
  {
    name: 'http peer listener on loopback',
    build: (x) => ({ flags: [...name(x), ...secureClient(x), ...peerHttp(x)] }),
    expected: { client: 'tls-client-cert', peer: 'plaintext' },
  },
  {
    name: 'https peer without peer certificates (T2)',
    build: (x) => ({ flags: [...name(x), ...secureClient(x), ...peerHttps(x)] }),
    expected: 'refused',
  },
  {
    name: 'https peer with peer certificates only: any peer (T10)',
    build: (x) => ({ flags: [...name(x), ...secureClient(x), ...peerHttps(x), ...peerCerts(x)] }),
    expected: { client: 'tls-client-cert', peer: 'tls-any-client' },
  },
  {
    name: 'https peer with a peer CA: peer certificates required (T9)',
    build: (x) => ({
      flags: [
        ...name(x),
        ...secureClient(x),
        ...peerHttps(x),
        ...peerCerts(x),
        `--peer-trusted-ca-file=${x.pki.ca}`,
      ],
    }),
    expected: { client: 'tls-client-cert', peer: 'tls-client-cert' },
  },
  {
    name: 'ETCD_PEER_CLIENT_CERT_AUTH=false, peer certificates, no peer CA: any peer',
    build: (x) => ({
      flags: [...name(x), ...secureClient(x), ...peerHttps(x), ...peerCerts(x)],
      env: { ETCD_PEER_CLIENT_CERT_AUTH: 'false' },
    }),
    expected: { client: 'tls-client-cert', peer: 'tls-any-client' },
  },
  {
    name: '--peer-client-cert-auth=false with a peer CA: peer certificates still required',
    build: (x) => ({
      flags: [
        ...name(x),
        ...secureClient(x),
        ...peerHttps(x),
        ...peerCerts(x),
        `--peer-trusted-ca-file=${x.pki.ca}`,
        '--peer-client-cert-auth=false',
      ],
    }),
    expected: { client: 'tls-client-cert', peer: 'tls-client-cert' },
  },
  // --- auto-TLS (CIS 2.3/2.6), the key cases of semantics.md ---
  {
    name: 'auto-TLS with only a trusted CA (no certificate files): self-signed',
    build: (x) => ({ flags: [...name(x), ...clientHttps(x), '--auto-tls', ca(x), ...securePeer(x)] }),
    expected: { client: 'tls-self-signed', peer: 'tls-client-cert' },
  },
  {
    name: 'bare --auto-tls on https without certificates: self-signed',
    build: (x) => ({ flags: [...name(x), ...clientHttps(x), '--auto-tls', ...securePeer(x)] }),
    expected: { client: 'tls-self-signed', peer: 'tls-client-cert' },
  },
  {
    name: '--auto-tls=1',
    build: (x) => ({ flags: [...name(x), ...clientHttps(x), '--auto-tls=1', ...securePeer(x)] }),
    expected: { client: 'tls-self-signed', peer: 'tls-client-cert' },
  },
  {
    name: '--auto-tls=t',
    build: (x) => ({ flags: [...name(x), ...clientHttps(x), '--auto-tls=t', ...securePeer(x)] }),
    expected: { client: 'tls-self-signed', peer: 'tls-client-cert' },
  },
  {
    name: 'the last of repeated --auto-tls wins (false, then true)',
    build: (x) => ({
      flags: [...name(x), ...clientHttps(x), '--auto-tls=false', '--auto-tls=true', ...securePeer(x)],
    }),
    expected: { client: 'tls-self-signed', peer: 'tls-client-cert' },
  },
  {
    name: 'the last of repeated --auto-tls wins (true, then false): https without certificates',
    build: (x) => ({
      flags: [...name(x), ...clientHttps(x), '--auto-tls=true', '--auto-tls=false', ...securePeer(x)],
    }),
    expected: 'refused',
  },
  {
    name: '--auto-tls true (space): "true" is not a valid flag',
    build: (x) => ({ flags: [...name(x), ...clientHttps(x), '--auto-tls', 'true', ...securePeer(x)] }),
    expected: 'refused',
  },
  {
    name: 'ETCD_AUTO_TLS=true',
    build: (x) => ({
      flags: [...name(x), ...clientHttps(x), ...securePeer(x)],
      env: { ETCD_AUTO_TLS: 'true' },
    }),
    expected: { client: 'tls-self-signed', peer: 'tls-client-cert' },
  },
  {
    name: 'auto-TLS with certificates given is inert: the CA-signed certificate is served',
    build: (x) => ({
      flags: [...name(x), ...clientHttps(x), '--auto-tls', ...certs(x), ca(x), ...securePeer(x)],
    }),
    expected: { client: 'tls-client-cert', peer: 'tls-client-cert' },
  },
  {
    name: 'bare --peer-auto-tls on an https peer without peer certificates (T11)',
    build: (x) => ({ flags: [...name(x), ...secureClient(x), ...peerHttps(x), '--peer-auto-tls'] }),
    expected: { client: 'tls-client-cert', peer: 'tls-self-signed' },
  },
  {
    name: '--peer-auto-tls with peer certificates given is inert',
    build: (x) => ({
      flags: [
        ...name(x),
        ...secureClient(x),
        ...peerHttps(x),
        '--peer-auto-tls=true',
        ...peerCerts(x),
        `--peer-trusted-ca-file=${x.pki.ca}`,
      ],
    }),
    expected: { client: 'tls-client-cert', peer: 'tls-client-cert' },
  },
  // --- config files ---
  {
    name: 'config file: nested client-transport-security with mutual TLS (C1)',
    build: (x) => ({
      config: configFile(
        x,
        'https',
        `listen-client-urls: https://127.0.0.1:${x.c}
advertise-client-urls: https://127.0.0.1:${x.c}
client-transport-security:
  cert-file: ${x.pki.serverCert}
  key-file: ${x.pki.serverKey}
  trusted-ca-file: ${x.pki.ca}
  client-cert-auth: true
${filePeerTls(x)}`,
      ),
    }),
    expected: { client: 'tls-client-cert', peer: 'tls-client-cert' },
  },
  {
    name: 'config file: TLS keys at the top level are ignored (C2)',
    build: (x) => ({
      config: configFile(
        x,
        'https',
        `listen-client-urls: https://127.0.0.1:${x.c}
advertise-client-urls: https://127.0.0.1:${x.c}
cert-file: ${x.pki.serverCert}
key-file: ${x.pki.serverKey}
${filePeerTls(x)}`,
      ),
    }),
    expected: 'refused',
  },
  {
    name: 'config file: a URL key as a YAML list (C3)',
    build: (x) => ({
      config: configFile(x, 'https', `listen-client-urls: [http://127.0.0.1:${x.c}]\n${filePeerTls(x)}`),
    }),
    expected: 'refused',
  },
  {
    name: 'config file: a quoted "true" is a type error (C4)',
    build: (x) => ({
      config: configFile(
        x,
        'https',
        `listen-client-urls: https://127.0.0.1:${x.c}
advertise-client-urls: https://127.0.0.1:${x.c}
client-transport-security:
  cert-file: ${x.pki.serverCert}
  key-file: ${x.pki.serverKey}
  client-cert-auth: "true"
${filePeerTls(x)}`,
      ),
    }),
    expected: 'refused',
  },
  {
    name: 'config file: a listen URL without an advertise URL keeps the default advertise URL (C5)',
    build: (x) => ({
      config: configFile(x, 'https', `listen-client-urls: http://127.0.0.1:${x.c}\n${filePeerTls(x)}`),
    }),
    expected: { client: 'plaintext', peer: 'tls-client-cert' },
  },
  {
    name: 'config file: client-cert-auth: no (YAML 1.1 false), no CA: any client',
    build: (x) => ({
      config: configFile(
        x,
        'https',
        `listen-client-urls: https://127.0.0.1:${x.c}
advertise-client-urls: https://127.0.0.1:${x.c}
client-transport-security:
  cert-file: ${x.pki.serverCert}
  key-file: ${x.pki.serverKey}
  client-cert-auth: no
${filePeerTls(x)}`,
      ),
    }),
    expected: { client: 'tls-any-client', peer: 'tls-client-cert' },
  },
  {
    name: 'config file: client-transport-security.auto-tls: yes (YAML 1.1 true)',
    build: (x) => ({
      config: configFile(
        x,
        'https',
        `listen-client-urls: https://127.0.0.1:${x.c}
advertise-client-urls: https://127.0.0.1:${x.c}
client-transport-security:
  auto-tls: yes
${filePeerTls(x)}`,
      ),
    }),
    expected: { client: 'tls-self-signed', peer: 'tls-client-cert' },
  },
  {
    name: 'config file: a top-level auto-tls is ignored (https without certificates)',
    build: (x) => ({
      config: configFile(
        x,
        'https',
        `listen-client-urls: https://127.0.0.1:${x.c}
advertise-client-urls: https://127.0.0.1:${x.c}
auto-tls: true
${filePeerTls(x)}`,
      ),
    }),
    expected: 'refused',
  },
  {
    name: 'config file: peer-transport-security.auto-tls: On, no peer certificates',
    build: (x) => ({
      config: configFile(
        x,
        'https',
        `listen-client-urls: http://127.0.0.1:${x.c}
advertise-client-urls: http://127.0.0.1:${x.c}
peer-transport-security:
  auto-tls: On
`,
      ),
    }),
    expected: { client: 'plaintext', peer: 'tls-self-signed' },
  },
  // --- etcd's own defaults (ports 2379/2380) ---
  {
    name: 'no listen URLs at all: plaintext on localhost:2379 and :2380 (T3)',
    build: (x) => ({ flags: [...name(x)] }),
    expected: { client: 'plaintext', peer: 'plaintext' },
    defaultPorts: true,
  },
  {
    name: 'an empty --listen-client-urls= keeps the default listener',
    build: (x) => ({
      flags: [...name(x), '--listen-client-urls=', '--advertise-client-urls=http://127.0.0.1:2379'],
    }),
    expected: { client: 'plaintext', peer: 'plaintext' },
    defaultPorts: true,
  },
];

/** The configuration as a Pod (flags and variables) or an etcd config file: what the product reads. */
function productFiles(built: ReturnType<Case['build']>): Record<string, string> {
  if (built.config !== undefined) return { 'etcd.conf.yml': built.config };
  const command = ['etcd', ...(built.flags ?? [])]
    .map((word) => `      - ${JSON.stringify(word)}`)
    .join('\n');
  const env = Object.entries(built.env ?? {})
    .map(([key, value]) => `      - name: ${key}\n        value: ${JSON.stringify(value)}`)
    .join('\n');
  return {
    'pod.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: etcd
spec:
  containers:
    - name: etcd
      image: registry.k8s.io/etcd:3.4.23
      command:
${command}
${env ? `      env:\n${env}\n` : ''}`,
  };
}

type Verdict = 'refused' | { client: Served; peer: Served };

/** What the product says etcd does, from its findings and notices. */
function productVerdict(findings: readonly Finding[], notices: readonly Diagnostic[]): Verdict {
  if (notices.some((notice) => notice.id === 'etcd-will-not-start')) return 'refused';
  const of = (id: string) => findings.find((finding) => finding.ruleId === id);
  const side = (rules: { plaintext: string; autoTls: string; certAuth: string }): Served => {
    if (of(rules.plaintext)) return 'plaintext';
    const autoTls = of(rules.autoTls);
    if (autoTls && !autoTls.message.includes('ignores auto-TLS at run time')) return 'tls-self-signed';
    if (of(rules.certAuth)?.message.includes('accepts anyone who reaches the port without a certificate'))
      return 'tls-any-client';
    return 'tls-client-cert';
  };
  return {
    client: side({
      plaintext: 'etcd-client-plaintext',
      autoTls: 'etcd-auto-tls',
      certAuth: 'etcd-client-cert-auth-disabled',
    }),
    peer: side({
      plaintext: 'etcd-peer-plaintext',
      autoTls: 'etcd-peer-auto-tls',
      certAuth: 'etcd-peer-client-cert-auth-disabled',
    }),
  };
}

function olderThan(version: string, since: [number, number, number]): boolean {
  const parts = version.split('.').map((part) => Number.parseInt(part, 10));
  for (let i = 0; i < 3; i++) {
    const have = parts[i] ?? 0;
    const want = since[i] ?? 0;
    if (have !== want) return have < want;
  }
  return false;
}

function observed(outcome: Outcome): Verdict {
  return outcome.started ? { client: outcome.client, peer: outcome.peer } : 'refused';
}

describe.skipIf(skip !== undefined)(
  `a real etcd agrees with the rules (${'version' in etcd ? `etcd ${etcd.version}` : 'no etcd'})`,
  () => {
    let scratch: ReturnType<typeof scratchDir>;
    let pki: Pki;
    beforeAll(() => {
      scratch = scratchDir();
      pki = makePki(scratch.root);
    }, 60_000);
    afterAll(() => {
      killAll();
      scratch?.remove();
    });

    const check = async ({ build, expected, i, defaultPorts }: Case & { i: number }) => {
      if (!('binary' in etcd)) return;
      const dir = path.join(scratch.root, `case-${i}`);
      mkdirSync(dir, { recursive: true });
      const ports: Ports = defaultPorts
        ? { c: 2379, p: 2380, pki, dir }
        : { c: await freePort(), p: await freePort(), pki, dir };
      const built = build(ports);
      const diagnostics: Diagnostic[] = [];
      const findings = findingsInFiles(productFiles(built), diagnostics, RULES);
      let args = built.flags ?? [];
      if (built.config !== undefined) {
        const file = path.join(dir, 'etcd.conf.yml');
        writeFileSync(file, built.config);
        args = [`--config-file=${file}`];
      }
      const run = { args, env: built.env ?? {}, cwd: dir, clientPort: ports.c, peerPort: ports.p };
      const outcome = await runEtcd(
        etcd.binary,
        built.socket ? { ...run, clientSocket: built.socket } : run,
        pki,
      );
      const seen = observed(outcome);
      // etcd does what the research note says...
      expect(seen, `etcd's own log:\n${outcome.log.slice(-3000)}`).toEqual(expected);
      // ...and the rules say the same.
      expect(
        productVerdict(findings, diagnostics),
        findings.map((f) => `${f.ruleId} ${f.level}: ${f.message}`).join('\n') +
          diagnostics.map((d) => `\n${d.id}: ${d.message}`).join(''),
      ).toEqual(seen);
    };

    const indexed = CASES.map((c, i) => ({ ...c, i }));
    const supported = (c: Case) => !c.since || !('version' in etcd) || !olderThan(etcd.version, c.since);
    it.concurrent.each(indexed.filter((c) => !c.defaultPorts && supported(c)))('$name', check, 60_000);
    // Cases for flags this etcd predates: shown as skipped, with the release they need.
    for (const c of indexed.filter((c) => !supported(c))) {
      it.skip(`${c.name} (needs etcd ${c.since?.join('.')}, this is ${'version' in etcd ? etcd.version : '?'})`, () => {});
    }
    // One at a time on etcd's default ports, when nothing else holds them (another etcd on the host).
    for (const c of indexed.filter((c) => c.defaultPorts)) {
      it(c.name, async (context) => {
        if (!(await portFree(2379)) || !(await portFree(2380))) {
          console.warn(`oracle case skipped, ports 2379/2380 are in use: ${c.name}`);
          context.skip();
        }
        await check(c);
      }, 60_000);
    }
  },
);
