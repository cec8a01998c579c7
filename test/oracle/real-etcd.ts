// A real etcd as an oracle: starts the etcd binary on loopback ports with test certificates made at
// test time (openssl), and observes what it does on each side: refuses to start, serves plaintext,
// serves TLS with a self-signed certificate (auto-TLS), serves TLS to any client, or serves TLS only
// to clients with a certificate. No network beyond 127.0.0.1; every process is killed afterwards.

import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';

/** The etcd binary, or why the oracle cannot run. */
export function findEtcd(): { binary: string; version: string } | { missing: string } {
  for (const binary of [process.env.ETCD_TLS_GUARD_ORACLE_ETCD, 'etcd'].filter(Boolean) as string[]) {
    const run = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 10_000 });
    const version = /etcd Version: (\S+)/.exec(run.stdout ?? '')?.[1];
    if (run.status === 0 && version) return { binary, version };
  }
  return {
    missing:
      "no etcd binary found: install Debian's etcd-server package (apt-get install -y etcd-server) or set ETCD_TLS_GUARD_ORACLE_ETCD",
  };
}

export function hasOpenssl(): boolean {
  return spawnSync('openssl', ['version'], { encoding: 'utf8' }).status === 0;
}

export interface Pki {
  dir: string;
  ca: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
  /** A client certificate from another CA. */
  otherClientCert: string;
  otherClientKey: string;
}

/** A CA, a server/peer certificate for 127.0.0.1 and localhost, a client certificate, and another CA's client. */
export function makePki(root: string): Pki {
  const dir = path.join(root, 'pki');
  mkdirSync(dir, { recursive: true });
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const ext = (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return name;
  };
  const ca = (name: string) =>
    openssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.crt`,
      '-days',
      '2',
      '-subj',
      `/CN=${name}`,
    );
  const leaf = (name: string, caName: string, extension: string) => {
    openssl(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.csr`,
      '-subj',
      `/CN=${name}`,
    );
    openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      `${caName}.crt`,
      '-CAkey',
      `${caName}.key`,
      '-CAcreateserial',
      '-out',
      `${name}.crt`,
      '-days',
      '2',
      '-extfile',
      extension,
    );
  };
  ca('test-ca');
  ca('other-ca');
  // etcd peers are clients of each other: the server certificate serves both usages.
  leaf(
    'server',
    'test-ca',
    ext('server.ext', 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth,clientAuth\n'),
  );
  leaf('client', 'test-ca', ext('client.ext', 'extendedKeyUsage=clientAuth\n'));
  leaf('other-client', 'other-ca', ext('other.ext', 'extendedKeyUsage=clientAuth\n'));
  const at = (name: string) => path.join(dir, name);
  return {
    dir,
    ca: at('test-ca.crt'),
    serverCert: at('server.crt'),
    serverKey: at('server.key'),
    clientCert: at('client.crt'),
    clientKey: at('client.key'),
    otherClientCert: at('other-client.crt'),
    otherClientKey: at('other-client.key'),
  };
}

/** Whether a loopback port is free now (etcd's own default ports, for the cases that need them). */
export function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A free loopback port (taken by the OS, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** What a listener does with a client that has no certificate. */
export type Served = 'plaintext' | 'tls-self-signed' | 'tls-any-client' | 'tls-client-cert';

export type Outcome =
  | { started: false; log: string }
  | { started: true; client: Served; peer: Served; log: string };

export interface Run {
  args: string[];
  env: Record<string, string>;
  /** Where etcd runs (its relative paths, such as a unix socket, are here). */
  cwd: string;
  clientPort: number;
  peerPort: number;
  /** The client listener is this unix socket (in `cwd`), not the client port. */
  clientSocket?: string;
}

const running = new Set<ChildProcess>();

/** Kills every etcd this module started that is still running. */
export function killAll(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/**
 * Starts etcd, waits until both ports accept connections (or etcd exits: it refused to start),
 * probes each side, and kills it.
 */
export async function runEtcd(binary: string, run: Run, pki: Pki): Promise<Outcome> {
  // Only the case's variables: none of the test runner's environment may reach etcd.
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: run.cwd, ...run.env };
  const child = spawn(binary, run.args, { cwd: run.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let log = '';
  child.stdout?.on('data', (chunk) => {
    log += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    log += String(chunk);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  try {
    const deadline = Date.now() + 15_000;
    while (!gone && Date.now() < deadline) {
      const client = run.clientSocket
        ? { path: path.join(run.cwd, run.clientSocket) }
        : { port: run.clientPort };
      if ((await accepts(client)) && (await accepts({ port: run.peerPort }))) break;
      await Promise.race([exited, sleep(100)]);
    }
    if (gone) return { started: false, log };
    if (Date.now() >= deadline) throw new Error(`etcd neither listened nor exited:\n${log}`);
    // Listeners are bound before etcd has checked everything: a client listener whose TLS files do
    // not pair up fails only once the server is ready ("KeyFile and CertFile must both be
    // present"). Wait until it says it serves clients, or exits.
    while (!gone && !SERVING.test(log) && Date.now() < deadline) await Promise.race([exited, sleep(50)]);
    if (gone) return { started: false, log };
    const client = run.clientSocket
      ? (await plainVersion({ socketPath: path.join(run.cwd, run.clientSocket) }))
        ? 'plaintext'
        : 'tls-client-cert'
      : await probe(run.clientPort, pki);
    const peer = await probe(run.peerPort, pki);
    await Promise.race([exited, sleep(200)]);
    if (gone) return { started: false, log };
    return { started: true, client, peer, log };
  } finally {
    child.kill('SIGKILL');
    await exited;
    running.delete(child);
  }
}

/** etcd 3.4 (capnslog) and 3.5+ (zap) both say so once a client listener serves. */
const SERVING = /serving (?:insecure )?client requests on|serving client traffic/;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function accepts(where: { port: number } | { path: string }): Promise<boolean> {
  return new Promise((resolve) => {
    const socket =
      'path' in where
        ? net.connect({ path: where.path })
        : net.connect({ host: '127.0.0.1', port: where.port });
    socket.setTimeout(500);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/** The listener's answer to a plain HTTP `GET /version`: etcd's JSON, or anything else. */
function plainVersion(where: { port: number } | { socketPath: string }): Promise<boolean> {
  return new Promise((resolve) => {
    const target =
      'port' in where ? { host: '127.0.0.1', port: where.port } : { socketPath: where.socketPath };
    const request = http.get({ ...target, path: '/version', timeout: 3000 }, (response) => {
      let body = '';
      response.on('data', (chunk) => {
        body += String(chunk);
      });
      response.on('end', () => resolve(response.statusCode === 200 && body.includes('etcdserver')));
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

/** The issuer of the listener's certificate, read over a handshake with our CA's client certificate. */
function issuerOf(port: number, pki: Pki): Promise<{ cn: string | undefined } | undefined> {
  return new Promise((resolve) => {
    const socket = tls.connect({
      host: '127.0.0.1',
      port,
      rejectUnauthorized: false,
      cert: readFileSync(pki.clientCert),
      key: readFileSync(pki.clientKey),
    });
    socket.setTimeout(3000, () => {
      socket.destroy();
      resolve(undefined);
    });
    socket.once('secureConnect', () => {
      // auto-TLS certificates (transport.SelfCert) have an Organization but no common name.
      const issuer = socket.getPeerCertificate()?.issuer?.CN;
      socket.destroy();
      resolve({ cn: typeof issuer === 'string' ? issuer : undefined });
    });
    socket.once('error', () => resolve(undefined));
  });
}

/**
 * `GET /version` over TLS without a client certificate: answered, or refused (a TLS 1.2 server that
 * requires a certificate fails the handshake; a TLS 1.3 one sends an alert on the first read).
 */
function answeredWithoutCertificate(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    let response = '';
    const socket = tls.connect({ host: '127.0.0.1', port, rejectUnauthorized: false });
    const done = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(3000, () => done(false));
    socket.once('secureConnect', () => {
      socket.write('GET /version HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    });
    socket.on('data', (chunk) => {
      response += String(chunk);
      if (response.includes('etcdserver')) done(true);
    });
    socket.once('end', () => done(response.includes('etcdserver')));
    socket.once('error', () => done(false));
  });
}

async function probe(port: number, pki: Pki): Promise<Served> {
  if (await plainVersion({ port })) return 'plaintext';
  const issuer = await issuerOf(port, pki);
  if (issuer !== undefined && issuer.cn !== 'test-ca') return 'tls-self-signed';
  return (await answeredWithoutCertificate(port)) ? 'tls-any-client' : 'tls-client-cert';
}

export function scratchDir(): { root: string; remove: () => void } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'etg-oracle-'));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
