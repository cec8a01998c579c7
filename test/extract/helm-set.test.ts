import { describe, expect, it } from 'vitest';
import { applySet, type SetKind, type SetText } from '../../src/extract/helm-set.js';
import type { TValue } from '../../src/extract/template-eval.js';

const file = { absPath: '/virtual/deploy.sh', relPath: 'deploy.sh' };

/** The argument as if written at column 1 of line 1. */
function arg(text: string): SetText {
  return {
    text,
    file,
    locate: (from, to) => ({ startLine: 1, startColumn: from + 1, endLine: 1, endColumn: to + 1 }),
    fallback: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 },
  };
}

/** Values as plain data, with each scalar's column and text. */
function plain(value: TValue | undefined): unknown {
  if (!value) return undefined;
  switch (value.kind) {
    case 'map':
      return Object.fromEntries([...value.entries].map(([k, v]) => [k, plain(v)]));
    case 'list':
      return value.items.map(plain);
    case 'unknown':
      return { unknown: value.why, column: value.at?.span.startColumn };
    case 'undefined':
      return 'undefined';
    case 'nil':
      return null;
    default:
      return [value.value, value.at?.span.startColumn, value.at?.text];
  }
}

const EMPTY: TValue = { kind: 'map', entries: new Map() };
const set = (text: string, kind: SetKind = 'set', base: TValue = EMPTY) =>
  plain(applySet(base, arg(text), kind));

describe('helm --set as pkg/strvals reads it', () => {
  it('types values as typedVal does, each located at its assignment', () => {
    expect(set('auth.peer.useAutoTLS=true,port=2379,name=0x1,zero=0,n=null,t=TRUE')).toEqual({
      auth: { peer: { useAutoTLS: [true, 1, 'auth.peer.useAutoTLS=true'] } },
      port: [2379, 27, 'port=2379'],
      name: ['0x1', 37, 'name=0x1'],
      zero: [0, 46, 'zero=0'],
      n: null,
      t: [true, 60, 't=TRUE'],
    });
    expect(set('auth.peer.useAutoTLS=true', 'set-string')).toEqual({
      auth: { peer: { useAutoTLS: ['true', 1, 'auth.peer.useAutoTLS=true'] } },
    });
  });

  it('reads escapes, indexes and lists', () => {
    expect(set('a\\.b=x\\,y')).toEqual({ 'a.b': ['x,y', 1, 'a\\.b=x\\,y'] });
    expect(set('extraEnvVars[1].name=ETCD_AUTO_TLS,extraEnvVars[1].value=true')).toEqual({
      extraEnvVars: [
        null,
        {
          name: ['ETCD_AUTO_TLS', 1, 'extraEnvVars[1].name=ETCD_AUTO_TLS'],
          value: [true, 36, 'extraEnvVars[1].value=true'],
        },
      ],
    });
    expect(set('l={a,true},x=1')).toEqual({
      l: [
        ['a', 1, 'l={a'],
        [true, 1, 'l={a,true'],
      ],
      x: [1, 12, 'x=1'],
    });
  });

  it('merges into the values so far, and refuses what Helm refuses', () => {
    const base = applySet(EMPTY, arg('auth.client.secureTransport=true'), 'set');
    expect(set('auth.client.useAutoTLS=true', 'set', base)).toEqual({
      auth: {
        client: {
          secureTransport: [true, 1, 'auth.client.secureTransport=true'],
          useAutoTLS: [true, 1, 'auth.client.useAutoTLS=true'],
        },
      },
    });
    expect(() => set('a=1,a.b=2')).toThrow(/not a map/);
    expect(() => set('a')).toThrow(/has no value/);
    expect(() => set('a=1,')).not.toThrow();
    expect(() => set('a,b=1')).toThrow(/cannot end with/);
    expect(() => set('a[x]=1')).toThrow(/bad index/);
    expect(() => set('a[70000]=1')).toThrow(/greater than/);
  });

  it('leaves --set-file content unknown, reads --set-json and --set-literal', () => {
    expect(set('auth.peer.useAutoTLS=flag.txt', 'set-file')).toEqual({
      auth: { peer: { useAutoTLS: { unknown: 'the content of the file `flag.txt`', column: 1 } } },
    });
    expect(set('auth.peer={"useAutoTLS":true},x=[1]', 'set-json')).toEqual({
      auth: { peer: { useAutoTLS: [true, 1, 'auth.peer={"useAutoTLS":true}'] } },
      x: [[1, 31, 'x=[1]']],
    });
    expect(set('{"auth":{"client":{"secureTransport":false}}}', 'set-json')).toEqual({
      auth: { client: { secureTransport: [false, 1, '{"auth":{"client":{"secureTransport":false}}}'] } },
    });
    expect(set('a.b=x,y\\z', 'set-literal')).toEqual({ a: { b: ['x,y\\z', 1, 'a.b=x,y\\z'] } });
  });

  it('an unknown base stays unknown around what the argument writes', () => {
    const open: TValue = { kind: 'unknown', why: 'a ConfigMap not in the scan' };
    const result = applySet(open, arg('auth.peer.useAutoTLS=true'), 'set');
    expect(result.kind === 'map' && result.open).toBe('a ConfigMap not in the scan');
    const auth = result.kind === 'map' ? result.entries.get('auth') : undefined;
    expect(auth?.kind === 'map' && auth.open).toBe('a ConfigMap not in the scan');
  });

  it('stays bounded on long arguments', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `k${i}=v`).join(',');
    expect(() => set(many)).toThrow(/more than 10000/);
    const deep = `${Array.from({ length: 40 }, () => 'a').join('.')}=1`;
    expect(() => set(deep)).toThrow(/nested too deep/);
  });
});
