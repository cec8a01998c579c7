// Issue 6, item 6: what the project installs and ships is pinned: exact versions in package.json,
// a lockfile (v3) with an integrity hash for every package that agrees with package.json, CI that
// rebuilds dist/ and fails when it differs from the commit, and a SECURITY.md.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, removeWorkspaces } from '../support/run-dist.js';

interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
interface Lockfile {
  lockfileVersion: number;
  packages: Record<string, { version?: string; integrity?: string; link?: boolean } & PackageJson>;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as T;
/** A single released version: no range (^ ~ > < * x ||), tag, URL or git reference. */
const EXACT = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

afterAll(removeWorkspaces);

describe('supply chain', () => {
  const pkg = readJson<PackageJson>('package.json');

  it('pins every dependency and devDependency to an exact version', () => {
    const all = { ...pkg.dependencies, ...pkg.devDependencies };
    expect(Object.keys(all).length).toBeGreaterThan(0);
    const loose = Object.entries(all).filter(([, version]) => !EXACT.test(version));
    expect(loose, 'use `npm install --save-exact`').toEqual([]);
  });

  it('has a package-lock.json of lockfileVersion 3 or later that agrees with package.json', () => {
    expect(existsSync(path.join(ROOT, 'package-lock.json'))).toBe(true);
    const lock = readJson<Lockfile>('package-lock.json');
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(3);
    const root = lock.packages[''];
    expect(root?.dependencies ?? {}).toEqual(pkg.dependencies ?? {});
    expect(root?.devDependencies ?? {}).toEqual(pkg.devDependencies ?? {});
    for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(version);
    }
  });

  it('records an sha512 integrity hash for every locked package (no links, no unverified tarballs)', () => {
    const lock = readJson<Lockfile>('package-lock.json');
    const unverified = Object.entries(lock.packages)
      .filter(([key]) => key !== '')
      .filter(([, entry]) => entry.link || !/^sha512-/.test(entry.integrity ?? ''))
      .map(([key]) => key);
    expect(unverified).toEqual([]);
  });

  it('has CI rebuild dist/ and fail when it differs from the committed bundle', () => {
    const ci = readFileSync(path.join(ROOT, '.ci/run'), 'utf8');
    expect(ci).toMatch(/npm ci\b/);
    expect(ci).toMatch(/npm run --silent build/);
    expect(ci).toMatch(/git status --porcelain -- dist/);
  });

  it('commits dist/cli.js as executable (755), and the build keeps it so', () => {
    // A 644 file turned 755 by `npx` or `npm link` made `git status` dirty and CI call dist/ stale.
    const staged = spawnSync('git', ['ls-files', '--stage', 'dist/cli.js'], { cwd: ROOT, encoding: 'utf8' });
    expect(staged.stdout).toMatch(/^100755 /);
    expect(statSync(path.join(ROOT, 'dist/cli.js')).mode & 0o111).toBe(0o111);
    expect(readFileSync(path.join(ROOT, 'dist/cli.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('installs without an engine warning: every locked package accepts the Node versions in engines', () => {
    const lock = readJson<Lockfile & { packages: Record<string, { engines?: { node?: string } }> }>(
      'package-lock.json',
    );
    const ours = readJson<{ engines: { node: string } }>('package.json').engines.node;
    expect(ours).toBe('>=20.19.0');
    // A package that needs Node 22 or later (`>=22`) would warn EBADENGINE on Node 20.
    const tooNew = Object.entries(lock.packages)
      .filter(([, entry]) => /^>=\s*2[2-9]/.test(entry.engines?.node ?? ''))
      .map(([key, entry]) => `${key} ${entry.engines?.node}`);
    expect(tooNew).toEqual([]);
  });

  it('has a SECURITY.md on private reporting, the Action’s access and pinning by commit SHA', () => {
    const security = readFileSync(path.join(ROOT, 'SECURITY.md'), 'utf8');
    expect(security).toMatch(/security advisor/i);
    expect(security).toMatch(/security\/advisories\/new/);
    expect(security).toMatch(/job summary/i);
    expect(security).toMatch(/only-changed/);
    expect(security).toMatch(/upload/);
    // A full 40-character commit SHA in an example `uses:` line.
    expect(security).toMatch(/uses: [\w.-]+\/etcd-tls-guard@[0-9a-f]{40}\b/);
  });
});
