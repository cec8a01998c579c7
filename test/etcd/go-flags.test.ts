import { describe, expect, it } from 'vitest';
import { type ArgWord, parseEtcdArgv, parseGoBool } from '../../src/etcd/go-flags.js';

function words(...values: string[]): ArgWord[] {
  return values.map((value, i) => ({
    value,
    opaque: value.startsWith('$'),
    span: { startLine: i + 1, startColumn: 1, endLine: i + 1, endColumn: value.length + 1 },
  }));
}

describe('parseGoBool follows strconv.ParseBool exactly', () => {
  it.each(['1', 't', 'T', 'TRUE', 'true', 'True'])('%s is true', (v) => {
    expect(parseGoBool(v)).toEqual({ kind: 'true' });
  });
  it.each(['0', 'f', 'F', 'FALSE', 'false', 'False'])('%s is false', (v) => {
    expect(parseGoBool(v)).toEqual({ kind: 'false' });
  });
  it.each(['yes', 'on', 'tRUE', '"true"', 'true ', 'Y', 'enabled'])('%s is invalid but means true', (v) => {
    expect(parseGoBool(v)).toEqual({ kind: 'invalid', meansTrue: true });
  });
  it.each(['', 'no', 'off', 'maybe', '2'])('"%s" is invalid and does not mean true', (v) => {
    expect(parseGoBool(v)).toEqual({ kind: 'invalid', meansTrue: false });
  });
});

describe('parseEtcdArgv reads argv as Go flag does', () => {
  it('accepts one or two dashes, bare booleans and name=value', () => {
    const { flags, startupProblems } = parseEtcdArgv(
      words('-auto-tls', '--peer-auto-tls=false', '--name=x'),
      false,
    );
    expect(flags.map((f) => [f.name, f.rawValue])).toEqual([
      ['auto-tls', undefined],
      ['peer-auto-tls', 'false'],
      ['name', 'x'],
    ]);
    expect(startupProblems).toEqual([]);
  });

  it('lets a non-boolean flag take the next argument but never a boolean one', () => {
    const { flags } = parseEtcdArgv(words('--name', 'etcd0', '--client-cert-auth', '--auto-tls=true'), false);
    expect(flags.map((f) => [f.name, f.rawValue])).toEqual([
      ['name', 'etcd0'],
      ['client-cert-auth', undefined],
      ['auto-tls', 'true'],
    ]);
  });

  it('stops at the first plain argument and records that etcd will not start', () => {
    const { flags, startupProblems } = parseEtcdArgv(
      words('--auto-tls', 'true', '--peer-auto-tls=true'),
      false,
    );
    expect(flags.map((f) => f.name)).toEqual(['auto-tls']);
    expect(startupProblems).toHaveLength(1);
    expect(startupProblems[0]?.message).toContain('"true" is not a valid flag');
    expect(startupProblems[0]?.span.startLine).toBe(2);
  });

  it('stops after -- and reports the leftover argument', () => {
    const { flags, startupProblems } = parseEtcdArgv(words('--', '--auto-tls=true'), false);
    expect(flags).toEqual([]);
    expect(startupProblems[0]?.message).toContain('"--auto-tls=true" is not a valid flag');
  });

  it('accepts a trailing -- with nothing after it', () => {
    expect(parseEtcdArgv(words('--auto-tls', '--'), false).startupProblems).toEqual([]);
  });

  it('stops at bad flag syntax (three dashes)', () => {
    const { flags, startupProblems } = parseEtcdArgv(words('---auto-tls=true', '--auto-tls'), false);
    expect(flags).toEqual([]);
    expect(startupProblems[0]?.message).toContain('bad flag syntax');
  });

  it('lets a string flag of etcd take the next argument even when it starts with a dash', () => {
    // Go's flag package: `etcd --name --auto-tls` names the member "--auto-tls"; auto-TLS stays off.
    const { flags, startupProblems } = parseEtcdArgv(words('--name', '--auto-tls', '-data-dir', '-x'), false);
    expect(flags.map((f) => [f.name, f.rawValue])).toEqual([
      ['name', '--auto-tls'],
      ['data-dir', '-x'],
    ]);
    expect(startupProblems).toEqual([]);
  });

  it('takes the next argument for a name etcd does not define only when it does not look like a flag', () => {
    const { flags } = parseEtcdArgv(words('--not-an-etcd-flag', '--auto-tls', '--other', 'value'), false);
    expect(flags.map((f) => [f.name, f.rawValue])).toEqual([
      ['not-an-etcd-flag', undefined],
      ['auto-tls', undefined],
      ['other', 'value'],
    ]);
  });

  it('records a string flag at the end without its argument as a start-up problem', () => {
    const { flags, startupProblems } = parseEtcdArgv(words('--auto-tls', '--cert-file'), false);
    expect(flags.map((f) => f.name)).toEqual(['auto-tls', 'cert-file']);
    expect(startupProblems).toMatchObject([{ flag: 'cert-file' }]);
    expect(startupProblems[0]?.message).toContain('flag needs an argument: -cert-file');
  });

  it('keeps the key as written, one or two dashes', () => {
    const { flags } = parseEtcdArgv(words('-auto-tls=true', '--peer-auto-tls'), false);
    expect(flags.map((f) => f.key)).toEqual(['-auto-tls', '--peer-auto-tls']);
  });

  it('leaves checking values to resolve: an invalid boolean parses as written', () => {
    const { flags, startupProblems } = parseEtcdArgv(words('--auto-tls=yes'), false);
    expect(flags.map((f) => [f.name, f.rawValue])).toEqual([['auto-tls', 'yes']]);
    expect(startupProblems).toEqual([]);
  });

  it('reads past an unexpanded variable that may hold more flags', () => {
    const { flags, startupProblems } = parseEtcdArgv(words('$EXTRA_ARGS', '--auto-tls'), true);
    expect(flags.map((f) => f.name)).toEqual(['auto-tls']);
    expect(flags[0]?.origin).toEqual({ kind: 'flag', inShellScript: true });
    expect(startupProblems).toEqual([]);
  });
});
