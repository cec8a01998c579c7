import { describe, expect, it } from 'vitest';
import { hostKind, parseUrlList } from '../../src/etcd/urls.js';

describe('URL lists as etcd reads them (client/pkg/types NewURLs, embed checkBindURLs)', () => {
  const one = (raw: string, listen = true) => {
    const [url] = parseUrlList(raw, { listen });
    return { scheme: url?.scheme, reach: url?.reach, problem: url?.problem };
  };

  it.each([
    ['http://0.0.0.0:2379', 'http', 'network'],
    ['http://10.0.0.5:2379', 'http', 'network'],
    ['http://[::]:2379', 'http', 'network'],
    ['http://127.0.0.1:2379', 'http', 'local'],
    ['http://127.10.0.1:2379', 'http', 'local'],
    ['http://localhost:2379', 'http', 'local'],
    ['http://[::1]:2379', 'http', 'local'],
    ['http://[::ffff:127.0.0.1]:2379', 'http', 'local'],
    ['HTTPS://10.0.0.5:2379', 'https', 'network'],
    ['unix://localhost:2379', 'unix', 'local'],
    ['unixs://etcd.sock', 'unixs', 'local'],
  ])('%s is %s on a %s address', (raw, scheme, reach) => {
    expect(one(raw)).toEqual({ scheme, reach, problem: undefined });
  });

  it.each([
    ['http://etcd.example:2379', 'expected IP in URL for binding'],
    ['http://LOCALHOST:2379', 'expected IP in URL for binding'],
    ['http://127.000.000.001:2379', 'expected IP in URL for binding'],
    ['http://:2379', 'expected IP in URL for binding'],
    ['http://10.0.0.5', 'does not have the form "host:port"'],
    ['http://10.0.0.5:2379/x', 'must not contain a path'],
    ['tcp://10.0.0.5:2379', 'URL scheme must be http, https, unix, or unixs'],
    ['10.0.0.5:2379', 'URL scheme must be http, https, unix, or unixs'],
    ['', 'URL scheme must be http, https, unix, or unixs'],
  ])('a listen URL etcd rejects: %j', (raw, problem) => {
    expect(one(raw).problem).toContain(problem);
  });

  it('accepts host names and schemeless endpoints where they are dialled, not bound', () => {
    expect(one('http://etcd.example:2379', false)).toEqual({
      scheme: 'http',
      reach: 'network',
      problem: undefined,
    });
    expect(one('https://localhost:2379', false)).toEqual({
      scheme: 'https',
      reach: 'local',
      problem: undefined,
    });
    expect(one('10.0.0.5:2379', false)).toEqual({ scheme: undefined, reach: undefined, problem: undefined });
  });

  it("splits at commas, trims each entry and keeps each one's offsets in the value", () => {
    const urls = parseUrlList(' https://127.0.0.1:2379 ,http://10.0.0.5:2379', { listen: true });
    expect(urls.map((u) => [u.text, u.start, u.end, u.scheme])).toEqual([
      ['https://127.0.0.1:2379', 1, 23, 'https'],
      ['http://10.0.0.5:2379', 25, 45, 'http'],
    ]);
  });

  it('reads a placeholder leniently: a literal http scheme is certain, the host may be anything', () => {
    expect(one('http://{{ .Values.ip }}:2379')).toEqual({
      scheme: 'http',
      reach: 'network',
      problem: undefined,
    });
    expect(one('http://$(POD_IP):2379')).toEqual({ scheme: 'http', reach: 'network', problem: undefined });
    expect(one('http://127.0.0.1:{{ .port }}')).toEqual({
      scheme: 'http',
      reach: 'local',
      problem: undefined,
    });
    // A blanked template action (Helm templates are parsed with their actions as blanks).
    expect(one('                   ://0.0.0.0:2379')).toEqual({
      scheme: undefined,
      reach: undefined,
      problem: undefined,
    });
    expect(one('http   s   ://0.0.0.0:2379')).toEqual({
      scheme: undefined,
      reach: undefined,
      problem: undefined,
    });
    expect(parseUrlList('http://10.0.0.5:2379,', { listen: true, opaque: true })[1]?.problem).toBeUndefined();
  });

  it('classifies bind hosts as Go net.ParseIP does', () => {
    expect(hostKind('127.0.0.1')).toBe('loopback');
    expect(hostKind('0.0.0.0')).toBe('address');
    expect(hostKind('::')).toBe('address');
    expect(hostKind('::1')).toBe('loopback');
    expect(hostKind('0:0:0:0:0:0:0:1')).toBe('loopback');
    expect(hostKind('fe80::1')).toBe('address');
    expect(hostKind('fe80::1%eth0')).toBe('hostname');
    expect(hostKind('1::2::3')).toBe('hostname');
    expect(hostKind('256.0.0.1')).toBe('hostname');
    expect(hostKind('etcd')).toBe('hostname');
  });
});
