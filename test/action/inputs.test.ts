import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultCategory, readSettings } from '../../src/action/inputs.js';

const ROOT = path.resolve(__dirname, '../..');
const read = (inputs: Record<string, string>) =>
  readSettings({ GITHUB_WORKSPACE: '/ws' }, (name) => inputs[name] ?? '');

describe('Action inputs', () => {
  it('has defaults for every optional input', () => {
    expect(read({})).toEqual({
      workspace: path.resolve('/ws'),
      path: '.',
      patterns: [],
      exclude: [],
      sarifFile: 'etcd-tls-guard.sarif',
      category: 'etcd-tls-guard/root',
      failOn: 'error',
      maxFileSize: 10 * 1024 * 1024,
      onlyChanged: false,
      token: '',
      upload: 'never',
      pollIntervalMs: 3000,
      pollTimeoutMs: 120000,
      rules: {},
      requests: { timeoutMs: 60000, backoffMs: [2000, 6000] },
    });
  });

  it('reads the rules input: all, or ids separated by newlines or commas; an unknown id is an error', () => {
    expect(read({ rules: 'all' }).rules).toEqual({});
    expect(
      read({ rules: 'etcd-auto-tls, etcd-client-plaintext\n apiserver-etcd-plaintext\n' }).rules,
    ).toEqual({
      only: ['etcd-auto-tls', 'etcd-client-plaintext', 'apiserver-etcd-plaintext'],
    });
    expect(() => read({ rules: 'etcd-auto-tls\netcd-plaintext' })).toThrow(
      /^input rules: unknown rule id "etcd-plaintext" \(known: etcd-auto-tls, /,
    );
  });

  it('reads every input', () => {
    const settings = read({
      path: 'clusters/prod',
      patterns: '**/*.yaml\n\n  **/*.json  \n',
      baseline: '.etcd-tls-guard-baseline.json',
      'only-changed': 'true',
      upload: 'auto',
      token: 'ghs_x',
      category: 'etcd',
    });
    expect(settings).toMatchObject({
      path: 'clusters/prod',
      patterns: ['**/*.yaml', '**/*.json'],
      baseline: '.etcd-tls-guard-baseline.json',
      onlyChanged: true,
      upload: 'auto',
      token: 'ghs_x',
      category: 'etcd',
    });
  });

  it('derives a category per path so matrix jobs stay apart', () => {
    expect(defaultCategory('.')).toBe('etcd-tls-guard/root');
    expect(defaultCategory('./')).toBe('etcd-tls-guard/root');
    expect(defaultCategory('')).toBe('etcd-tls-guard/root');
    expect(defaultCategory('./clusters/prod/')).toBe('etcd-tls-guard/clusters/prod');
    expect(defaultCategory('clusters\\dev')).toBe('etcd-tls-guard/clusters/dev');
    expect(read({ path: 'infra/' }).category).toBe('etcd-tls-guard/infra');
  });

  it('rejects bad values with the accepted ones', () => {
    expect(() => read({ upload: 'yes' })).toThrow('input upload must be never, auto or always (got "yes")');
    expect(() => read({ 'only-changed': 'yes' })).toThrow(
      'input only-changed must be true or false (got "yes")',
    );
    expect(() => read({ 'fail-on': 'high' })).toThrow('input fail-on must be error, warning, note or none');
    expect(() => read({ 'max-file-size': '999999999999GB' })).toThrow(
      'input max-file-size must be at most 256MB (got "999999999999GB")',
    );
    expect(() => read({ 'max-file-size': '257MB' })).toThrow('input max-file-size must be at most 256MB');
    expect(read({ 'max-file-size': '256MB' }).maxFileSize).toBe(256 * 1024 * 1024);
    expect(() => read({ patterns: '**/*.yaml\n[' })).toThrow(
      'input patterns: the glob "[" has an unclosed "["',
    );
    expect(() => read({ exclude: '*.{yaml' })).toThrow(
      'input exclude: the glob "*.{yaml" has an unclosed "{"',
    );
  });

  it('takes the poll interval from the environment (for tests)', () => {
    const settings = readSettings(
      { ETCD_TLS_GUARD_POLL_INTERVAL_MS: '5', ETCD_TLS_GUARD_POLL_TIMEOUT_MS: '50' },
      () => '',
    );
    expect([settings.pollIntervalMs, settings.pollTimeoutMs]).toEqual([5, 50]);
  });
});

describe('action.yml and the README agree', () => {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    description: string;
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
  };
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const tableAfter = (heading: string) => {
    const start = readme.indexOf(`\n${heading}\n`);
    const rows = readme.slice(start).split('\n\n')[1]?.split('\n') ?? [];
    return rows.slice(2).map((row) => row.split('|').map((cell) => cell.trim()));
  };

  it('lists every input with its default', () => {
    const rows = tableAfter('### Inputs');
    expect(rows.map((row) => row[1])).toEqual(Object.keys(action.inputs).map((name) => `\`${name}\``));
    for (const row of rows) {
      const name = (row[1] ?? '').replace(/`/g, '');
      const fallback = action.inputs[name]?.default ?? '';
      expect(row[2], name).toBe(`\`${fallback === '' ? "''" : fallback}\``);
    }
  });

  it('has a description short enough for the Marketplace listing (under 125 characters)', () => {
    expect(action.description.length).toBeLessThan(125);
  });

  it('lists every output', () => {
    expect(tableAfter('### Outputs').map((row) => row[1])).toEqual(
      Object.keys(action.outputs).map((name) => `\`${name}\``),
    );
  });

  it('reads exactly the inputs action.yml declares', () => {
    const asked: string[] = [];
    readSettings({}, (name) => {
      asked.push(name);
      return '';
    });
    expect(new Set(asked)).toEqual(new Set(Object.keys(action.inputs)));
  });
});
