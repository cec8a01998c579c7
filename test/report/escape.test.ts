import { describe, expect, it } from 'vitest';
import { linePath, logSafeJson, startsLikeCommand, visible } from '../../src/report/escape.js';

describe('visible: repository text on one log line', () => {
  it.each([
    ['x\n::error::fake', 'x\\n::error::fake'],
    ['a\r\nb\rc', 'a\\r\\nb\\rc'],
    ['tab\there', 'tab\\there'],
    ['next\u0085line', 'next\\u0085line'],
    ['line\u2028sep', 'line\\u2028sep'],
    ['admin\u202E\u2066txt.yaml', 'admin\\u202E\\u2066txt.yaml'],
    ['zero\u200Bwidth\uFEFF', 'zero\\u200Bwidth\\uFEFF'],
    ['x ##[stop-commands]tok', 'x ##\\[stop-commands]tok'],
    ['###[error]', '###\\[error]'],
    ['%0A and `code` and <a> | stay', '%0A and `code` and <a> | stay'],
    ['été 😀 \\ back', 'été 😀 \\ back'],
  ])('%j -> %j', (text, shown) => {
    expect(visible(text)).toBe(shown);
    expect(visible(text)).not.toMatch(/[\r\n\u0085\u2028\u2029]|##\[/);
  });
});

describe('startsLikeCommand: what the runner would run after TrimStart', () => {
  it.each([
    ['::error::x', true],
    ['   ::warning::x', true],
    ['\u3000\u00A0::stop-commands::t', true],
    ['\t::debug::x', true],
    [':x::y', false],
    ['a::b', false],
    ['\u200B::x', false],
  ])('%j -> %s', (line, expected) => {
    expect(startsLikeCommand(line)).toBe(expected);
  });
});

describe('linePath: a repository path that starts an output line', () => {
  it.each([
    ['k8s/etcd.yaml', 'k8s/etcd.yaml'],
    ['::error::x.yaml', './::error::x.yaml'],
    ['\u3000::warning::x.yaml', './\u3000::warning::x.yaml'],
    [' lead.yaml', './ lead.yaml'],
    ['\n::error::x.yaml', '\\n::error::x.yaml'],
    [':single.yaml', ':single.yaml'],
  ])('%j -> %j', (relPath, shown) => {
    expect(linePath(relPath)).toBe(shown);
    expect(startsLikeCommand(linePath(relPath))).toBe(false);
  });
});

describe('logSafeJson: same document, nothing the runner reads', () => {
  it('escapes ##[ and raw separators inside strings and parses back to the same value', () => {
    const value = { a: 'x ##[stop-commands]t', b: 'l\u2028s\u0085n\u202E', c: ['##[', '#'] };
    const json = logSafeJson(JSON.stringify(value, null, 2));
    expect(json).not.toMatch(/##\[|[\u0085\u2028\u2029\u202E]/);
    expect(json).toContain('"x ##\\u005bstop-commands]t"');
    expect(JSON.parse(json)).toEqual(value);
  });
});
