import { describe, expect, it } from 'vitest';
import { isEtcdProgram } from '../../src/etcd/program.js';
import {
  findEtcdInvocations,
  type ShellWord,
  shellScriptIndex,
  splitShellCommands,
} from '../../src/extract/shell.js';
import { MAX_TEXT_FORM_BYTES, TooComplexError } from '../../src/load/bounds.js';

/** argv[1:] of each etcd invocation of a script. */
function invocationArgs(script: string): ShellWord[][] {
  return findEtcdInvocations(script).map((invocation) => invocation.args);
}

/** The raw text of each word, cut from the script by its offsets. */
function raws(script: string, words: readonly ShellWord[]): string[] {
  return words.map((w) => script.slice(w.start, w.end));
}

function values(words: readonly ShellWord[]): string[] {
  return words.map((w) => w.value);
}

/** The argument values of every etcd invocation found in a script. */
function etcdArgs(script: string): string[][] {
  return invocationArgs(script).map(values);
}

/** The word values of every simple command of a script. */
function commands(script: string): string[][] {
  return splitShellCommands(script).map((c) => values(c.words));
}

function only<T>(items: readonly T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

describe('findEtcdInvocations: words and offsets', () => {
  it('returns argv[1:] of a simple exec with exact offsets', () => {
    const script = 'exec etcd --auto-tls=true --name x';
    const args = only(invocationArgs(script));
    expect(values(args)).toEqual(['--auto-tls=true', '--name', 'x']);
    expect(raws(script, args)).toEqual(['--auto-tls=true', '--name', 'x']);
    expect(args[0]).toMatchObject({ start: 10, end: 25, opaque: false });
    expect(findEtcdInvocations(script)[0]?.program).toMatchObject({ value: 'etcd', start: 5, end: 9 });
  });

  it('removes quotes from the value but keeps them in the raw region', () => {
    const script = 'exec etcd --auto-tls="true" --name \'my node\'';
    const args = only(invocationArgs(script));
    expect(values(args)).toEqual(['--auto-tls=true', '--name', 'my node']);
    expect(raws(script, args)).toEqual(['--auto-tls="true"', '--name', "'my node'"]);
    expect(args.every((w) => !w.opaque)).toBe(true);
  });

  it('reads a block scalar with backslash continuations and stops at ||', () => {
    const script = [
      'set -e',
      'exec nice -n -19 ionice -c2 -n0 etcd \\',
      '  --logger=zap \\',
      '  --auto-tls=true \\',
      '  --cert-file=/x.crt ||  mv /a /b',
    ].join('\n');
    const args = only(invocationArgs(script));
    expect(values(args)).toEqual(['--logger=zap', '--auto-tls=true', '--cert-file=/x.crt']);
    expect(raws(script, args)).toEqual(values(args));
    expect(args[1]?.start).toBe(script.indexOf('--auto-tls=true'));
    expect(commands(script)).toEqual([
      ['set', '-e'],
      [
        'exec',
        'nice',
        '-n',
        '-19',
        'ionice',
        '-c2',
        '-n0',
        'etcd',
        '--logger=zap',
        '--auto-tls=true',
        '--cert-file=/x.crt',
      ],
      ['mv', '/a', '/b'],
    ]);
  });

  it('leaves a continuation written against a word out of its region', () => {
    const script = 'etcd --auto-tls\\\n  --name=a\\\r\n  --x';
    const args = only(invocationArgs(script));
    expect(values(args)).toEqual(['--auto-tls', '--name=a', '--x']);
    expect(raws(script, args)).toEqual(['--auto-tls', '--name=a', '--x']);
  });

  it('joins a word split by a continuation in its middle, keeping the whole raw text', () => {
    const script = 'etcd --auto\\\n-tls=true';
    const args = only(invocationArgs(script));
    expect(values(args)).toEqual(['--auto-tls=true']);
    expect(raws(script, args)).toEqual(['--auto\\\n-tls=true']);
  });

  it('drops redirections and their targets, including IO numbers written against them', () => {
    const script =
      'if [ -e /x.sh ]; then /x.sh 1>>/var/log/e.log 2>&1; fi; exec /usr/local/bin/etcd --name etcd-a --data-dir /var/etcd/data 1>>/var/log/etcd.log 2>&1';
    const args = only(invocationArgs(script));
    expect(values(args)).toEqual(['--name', 'etcd-a', '--data-dir', '/var/etcd/data']);
    expect(raws(script, args)).toEqual(values(args));
    expect(commands(script)).toEqual([
      ['[', '-e', '/x.sh', ']'],
      ['/x.sh'],
      ['exec', '/usr/local/bin/etcd', '--name', 'etcd-a', '--data-dir', '/var/etcd/data'],
    ]);
  });

  it.each([
    ['etcd --a > /dev/null', ['--a']],
    ['etcd --a >/dev/null --b', ['--a', '--b']],
    ['etcd --a &>/tmp/log', ['--a']],
    ['etcd --a &>>/tmp/log --b', ['--a', '--b']],
    ['etcd --a 2>/dev/null', ['--a']],
    ['etcd --a < in --b', ['--a', '--b']],
    ['etcd --a <<<word --b', ['--a', '--b']],
    ['etcd --a >| f 9<>g', ['--a']],
    ['etcd --a 2 >x', ['--a', '2']],
    ['etcd --a "2">x', ['--a', '2']],
    ['exec 2>&1 etcd --a', ['--a']],
  ])('redirection %j', (script, expected) => {
    expect(etcdArgs(script)).toEqual([expected]);
  });
});

describe('findEtcdInvocations: which commands are etcd', () => {
  it.each([
    ['etcd --a', [['--a']]],
    ['/usr/local/bin/etcd --a', [['--a']]],
    ['./etcd --a', [['--a']]],
    ['etcd', [[]]],
    ['etcdctl --auto-tls', []],
    ['etcdutl --auto-tls', []],
    ['etcd-wrapper --auto-tls', []],
    ['/bin/etcd.sh --auto-tls', []],
    ['etcd grpc-proxy start --auto-tls', []],
    ['etcd gateway start --auto-tls', []],
    ['"$ETCD_BIN" --auto-tls', []],
    ['$ETCD --auto-tls', []],
    ['"etcd" --auto-tls', [['--auto-tls']]],
    ['FOO=1 etcd --a', [['--a']]],
    ['FOO=bar BAZ="x y" etcd --x', [['--x']]],
    ['"FOO=1" etcd --a', []],
    ['FOO=1', []],
    ['env -i A=b etcd --a', [['--a']]],
    ['env -u HOME -i A=b B=c /usr/bin/etcd --a', [['--a']]],
    ['env - etcd --a', [['--a']]],
    ['echo etcd --auto-tls', []],
    // sudo(8) runs its command (issue 12: scripts start etcd with it).
    ['sudo etcd --auto-tls', [['--auto-tls']]],
    ['sudo -u etcd -E ETCD_X=1 /usr/local/bin/etcd --a', [['--a']]],
    ['sudo -l etcd --a', []],
    ['etcd --a & etcd --b', [['--a'], ['--b']]],
    ['etcd --a | tee x; etcd --b && etcd --c', [['--a'], ['--b'], ['--c']]],
  ])('%j', (script, expected) => {
    expect(etcdArgs(script)).toEqual(expected);
  });

  it.each([
    ['exec etcd --a'],
    ['exec -a etcd-server etcd --a'],
    ['exec -c -l etcd --a'],
    ['nice etcd --a'],
    ['nice -n 10 etcd --a'],
    ['nice -n -19 etcd --a'],
    ['nice -5 etcd --a'],
    ['nice --adjustment=5 etcd --a'],
    ['nohup etcd --a'],
    ['ionice -c 2 -n 0 etcd --a'],
    ['ionice -c2 -n0 -t etcd --a'],
    ['command etcd --a'],
    ['command -p etcd --a'],
    ['chrt -f 99 etcd --a'],
    ['chrt 50 etcd --a'],
    ['taskset 0x3 etcd --a'],
    ['taskset -c 0-3 etcd --a'],
    ['setpriv --reuid 1000 --regid 1000 --clear-groups etcd --a'],
    ['su-exec etcd etcd --a'],
    ['gosu etcd:etcd etcd --a'],
    ['timeout 300s etcd --a'],
    ['timeout -s KILL -k 5 10 etcd --a'],
    ['timeout --preserve-status -- 10 etcd --a'],
    ['stdbuf -oL -e L etcd --a'],
    ['tini -- etcd --a'],
    ['tini -s -p SIGTERM -- etcd --a'],
    ['/sbin/tini -- etcd --a'],
    ['dumb-init etcd --a'],
    ['dumb-init --single-child -r 15:2 etcd --a'],
    ['time etcd --a'],
    ['time -p etcd --a'],
    ['exec time -f %e etcd --a'],
    ['exec /usr/bin/nice -n 5 /usr/bin/ionice -c2 -n0 env A=1 gosu etcd /usr/local/bin/etcd --a'],
  ])('looks through wrappers: %j', (script) => {
    expect(etcdArgs(script)).toEqual([['--a']]);
  });

  it.each([
    ['command -v etcd'],
    ['ionice -c2 -p 1 etcd'],
    ['taskset -p 0x3 1'],
    ['env -S "etcd --a" x'],
    ['strace etcd --a'],
    ['exec "$WRAP" etcd --a'],
    ['gosu etcd'],
    ['exec'],
    ['nice -n'],
  ])('does not see etcd run by %j', (script) => {
    expect(etcdArgs(script)).toEqual([]);
  });
});

describe('splitShellCommands: structure', () => {
  it.each([
    [
      'if [ -e x ]; then exec etcd --auto-tls; fi',
      [
        ['[', '-e', 'x', ']'],
        ['exec', 'etcd', '--auto-tls'],
      ],
    ],
    ['if true\nthen\n  etcd --a\nelse etcd --b\nfi', [['true'], ['etcd', '--a'], ['etcd', '--b']]],
    ['while true; do etcd --a; done', [['true'], ['etcd', '--a']]],
    ['until false; do etcd --a; done', [['false'], ['etcd', '--a']]],
    ['for x in etcd a b; do echo $x; done', [['echo', '$x']]],
    ['for x\ndo etcd --a; done', [['etcd', '--a']]],
    ['! etcd --a', [['etcd', '--a']]],
    ['{ etcd --a; }', [['etcd', '--a']]],
    ['(exec etcd --a)', [['exec', 'etcd', '--a']]],
    ['etcd() { exec /bin/etcd --a; }', [['exec', '/bin/etcd', '--a']]],
    ['function etcd { exec /bin/etcd --a; }', [['exec', '/bin/etcd', '--a']]],
    ['echo then if fi', [['echo', 'then', 'if', 'fi']]],
    ['"if" x', [['if', 'x']]],
    [
      'case "$1" in\n  etcd) exec etcd --a ;;\n  x|etcd) etcd --b;;\nesac\netcd --c',
      [
        ['exec', 'etcd', '--a'],
        ['etcd', '--b'],
        ['etcd', '--c'],
      ],
    ],
    ['case x in esac; etcd --a', [['etcd', '--a']]],
    ['a#b c # d e\nf', [['a#b', 'c'], ['f']]],
    ['echo a;;b', [['echo', 'a']]],
    ['arr=(etcd --auto-tls) ; etcd --b', [['arr=(etcd --auto-tls)'], ['etcd', '--b']]],
    ['diff <(etcd --a) x', [['diff', '<(etcd --a)', 'x']]],
    ['a\r\nb\r\n', [['a'], ['b']]],
  ])('%j', (script, expected) => {
    expect(commands(script)).toEqual(expected);
  });

  it('ignores a whole commented line and stops an etcd command at a comment', () => {
    expect(etcdArgs('# etcd --auto-tls=true')).toEqual([]);
    expect(etcdArgs('  # exec etcd --auto-tls\n')).toEqual([]);
    expect(etcdArgs('etcd --x # --auto-tls\n--y')).toEqual([['--x']]);
    expect(etcdArgs('etcd --x #--auto-tls')).toEqual([['--x']]);
    expect(etcdArgs('etcd --x;# --auto-tls')).toEqual([['--x']]);
  });

  it('skips here-document bodies', () => {
    expect(etcdArgs('cat <<EOF\netcd --auto-tls\nEOF\necho hi')).toEqual([]);
    expect(commands('cat <<EOF\netcd --auto-tls\nEOF\necho hi')).toEqual([['cat'], ['echo', 'hi']]);
    expect(etcdArgs('cat <<-EOF >/x\n\tetcd --a\n\tEOF\netcd --b')).toEqual([['--b']]);
    expect(etcdArgs("cat <<'END' && etcd --a\netcd --b\nEOF\nEND\netcd --c")).toEqual([['--a'], ['--c']]);
    expect(etcdArgs('cat <<\\EOF\r\netcd --b\r\nEOF\r\netcd --c')).toEqual([['--c']]);
    // Inside double quotes `\O` keeps its backslash, so the delimiter is `E\OF` and is never reached.
    expect(etcdArgs('cat <<"E\\OF"\netcd --b\nEOF\netcd --c')).toEqual([]);
    expect(etcdArgs('a <<A <<B\netcd --1\nA\netcd --2\nB\netcd --3')).toEqual([['--3']]);
    expect(etcdArgs('cat <<EOF\netcd --a\n')).toEqual([]);
  });
});

describe('quoting and expansions', () => {
  it.each([
    ['\'a b\'"c d"e', 'a bc de', false],
    ['"a\\"b\\$c\\\\d\\e"', 'a"b$c\\d\\e', false],
    ['a\\ b\\"c', 'a b"c', false],
    ['"a\\\nb"', 'ab', false],
    ["'a\\'", 'a\\', false],
    ["$'a\\tb\\'c'", "a\tb'c", false],
    ['$"a b"', 'a b', false],
    ['a*b?[c]', 'a*b?[c]', false],
    ['$', '$', false],
    ['a$/b', 'a$/b', false],
    ['{a,b}', '{a,b}', false],
    ['$EXTRA', '$EXTRA', true],
    ['"$EXTRA"', '$EXTRA', true],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell syntax, not a JavaScript template
    ['--x=${A:-"x y"}', '--x=${A:-"x y"}', true],
    ['--x="$(cat "/a b")"', '--x=$(cat "/a b")', true],
    ['--x=`hostname`', '--x=`hostname`', true],
    ['--n=$((1 + (2 * 3)))', '--n=$((1 + (2 * 3)))', true],
    ['$1', '$1', true],
    ['"$@"', '$@', true],
    ['--name={{ .Name }}', '--name={{ .Name }}', true],
    ['--name="{{ include "x" . | quote }}"', '--name={{ include "x" . | quote }}', true],
    ["--name='{{ .Name }}'", '--name={{ .Name }}', true],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell syntax, not a JavaScript template
    ['--ci=${{ matrix.x }}', '--ci=${{ matrix.x }}', true],
  ])('%j -> %j (opaque %s)', (text, value, opaque) => {
    const script = `etcd ${text} --last`;
    const args = only(invocationArgs(script));
    expect(values(args)).toEqual([value, '--last']);
    expect(raws(script, args)).toEqual([text, '--last']);
    expect(args[0]?.opaque).toBe(opaque);
  });

  it('keeps $EXTRA raw and opaque among literal words', () => {
    const script = 'etcd $EXTRA --auto-tls';
    const args = only(invocationArgs(script));
    expect(args.map((w) => [w.value, w.opaque])).toEqual([
      ['$EXTRA', true],
      ['--auto-tls', false],
    ]);
  });

  it('does not split or look inside command substitutions', () => {
    const script = 'etcd --name="$(hostname; etcd --auto-tls)" --a $(echo `etcd --b` ")") --c';
    expect(etcdArgs(script)).toEqual([
      ['--name=$(hostname; etcd --auto-tls)', '--a', '$(echo `etcd --b` ")")', '--c'],
    ]);
  });

  it('reads past a $(...) holding quoted parentheses in a loop condition', () => {
    const script = [
      'while [ -n "$(ss -Htan \'( sport = 2379 )\')" ]; do',
      '  echo "waiting for port 2379 to be released"',
      '  sleep 1',
      'done',
      'exec etcd --a \\',
      '  --auto-tls=true',
    ].join('\n');
    const args = only(invocationArgs(script));
    expect(values(args)).toEqual(['--a', '--auto-tls=true']);
    expect(raws(script, args)).toEqual(['--a', '--auto-tls=true']);
    expect(commands(script)[0]).toEqual(['[', '-n', "$(ss -Htan '( sport = 2379 )')", ']']);
  });
});

describe('isEtcdProgram', () => {
  it.each([
    ['etcd', true],
    ['/usr/local/bin/etcd', true],
    ['./etcd', true],
    ['etcdctl', false],
    ['etcd-wrapper', false],
    ['/bin/etcd.sh', false],
    ['/etcd/', false],
    ['', false],
    // etcd 3 under other names: Container Linux's etcd3, release versions, Windows.
    ['etcd3', true],
    ['/usr/local/sbin/etcd3', true],
    ['etcd-v3.5.9', true],
    ['etcd-3.5.9', true],
    ['etcd-3.5', true],
    ['/opt/etcd-v3.5.9-linux-amd64/etcd', true],
    ['etcd-v3.5.9-linux-amd64', true],
    ['etcd-v3.6.0-rc.1', true],
    ['etcd-v10.0.0', true],
    ['etcd.exe', true],
    ['C:/etcd/etcd-v3.5.9.exe', true],
    // Traps: etcd 2 (no auto-TLS flags), clients, tools and operators named after etcd.
    ['etcd2', false],
    ['etcd-v2.3.8', false],
    ['etcdutl', false],
    ['etcd-manager', false],
    ['etcd-manager-ctl', false],
    ['etcd-backup', false],
    ['etcd-backup-restore', false],
    ['etcd-operator', false],
    ['etcdadm', false],
    ['etcd_exporter', false],
    ['etcd3-backup', false],
    ['etcd33', false],
    ['etcd-v', false],
    ['etcd-3.5.9.tar.gz', false],
    ['ETCD', false],
  ])('%j -> %s', (word, expected) => {
    expect(isEtcdProgram(word)).toBe(expected);
  });
});

describe('shellScriptIndex', () => {
  it.each<[string[], number | undefined]>([
    [['/bin/sh', '-c', 'x'], 2],
    [['bash', '-ec', 'x'], 2],
    [['sh', '-xc', 'x'], 2],
    [['/bin/bash', '-exc', 'x'], 2],
    [['sh', '-e', '-c', 'x'], 3],
    [['sh', '-c', '-e', 'x'], 3],
    [['sh', '-o', 'pipefail', '-c', 'x'], 4],
    [['bash', '-euo', 'pipefail', '-c', 'x'], 4],
    [['bash', '+e', '-c', 'x'], 3],
    [['bash', '--login', '-c', 'x'], 3],
    [['sh', '-c', '--', 'x'], 3],
    [['busybox', 'sh', '-c', 'x'], 3],
    [['/bin/busybox', 'ash', '-c', 'x'], 3],
    [['dash', '-c', 'x'], 2],
    [['zsh', '-c', 'x'], 2],
    [['ksh', '-c', 'x'], 2],
    [['sh', 'script.sh'], undefined],
    [['sh', '-e', 'script.sh'], undefined],
    [['sh', '-c'], undefined],
    [['/bin/etcd', '-c'], undefined],
    [['busybox', 'etcd', '-c', 'x'], undefined],
    [['python', '-c', 'x'], undefined],
    [[], undefined],
  ])('%j -> %s', (argv, expected) => {
    expect(shellScriptIndex(argv)).toBe(expected);
  });
});

describe('robustness', () => {
  it.each([
    ['unterminated double quote', 'etcd --a "b c', ['--a', 'b c']],
    ['unterminated single quote', "etcd --a 'b c", ['--a', 'b c']],
    ['lone backslash at end', 'etcd --a \\', ['--a', '\\']],
    ['unbalanced $(', 'etcd --a $(echo x', ['--a', '$(echo x']],
    ['unbalanced ${', 'etcd --a ${x', ['--a', '${x']],
    ['unbalanced backquote', 'etcd --a `x', ['--a', '`x']],
    ["unterminated $'", "etcd --a $'x\\", ['--a', 'x\\']],
    ['NUL bytes', 'etcd --a\0b \0', ['--a\0b', '\0']],
    ['unclosed template', 'etcd --a {{ x', ['--a', '{{', 'x']],
  ])('%s', (_name, script, expected) => {
    const args = only(invocationArgs(script));
    expect(values(args)).toEqual(expected);
    for (const w of args) expect(w.end).toBeLessThanOrEqual(script.length);
  });

  it('reads 200,000 characters of a" alternations as one word', () => {
    const script = 'a"'.repeat(100_000);
    const [command] = splitShellCommands(script);
    expect(command?.words).toHaveLength(1);
    expect(command?.words[0]).toMatchObject({ start: 0, end: 200_000, value: 'a'.repeat(100_000) });
  });

  it.each([
    ['deep $( nesting', '$('.repeat(200_000)],
    ['deep ${ nesting', 'etcd ${'.repeat(70_000)],
    ['unclosed {{ everywhere', 'etcd {{ '.repeat(60_000)],
    ['quotes in $( )', `etcd $(${'\'a\' "b" '.repeat(50_000)}`],
    ['heredocs', 'cat <<E\n'.repeat(60_000)],
    ['separators', 'etcd --a;'.repeat(50_000)],
  ])('handles %s without throwing', (_name, script) => {
    expect(() => splitShellCommands(script)).not.toThrow();
    expect(() => findEtcdInvocations(script)).not.toThrow();
  });

  it('finds every command of a long script', () => {
    expect(findEtcdInvocations('etcd --a;'.repeat(50_000))).toHaveLength(50_000);
  });

  it('never throws and keeps word regions ordered, non-empty and in range on random input', () => {
    const alphabet = ' \t\n\r\\\'"$`(){}[]<>|&;#=-ae01\0{}!';
    let seed = 12345;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 2000; round++) {
      let script = '';
      const length = 1 + random(60);
      for (let k = 0; k < length; k++) script += alphabet[random(alphabet.length)];
      let previousEnd = 0;
      for (const { words } of splitShellCommands(script)) {
        for (const w of words) {
          expect(w.start).toBeGreaterThanOrEqual(previousEnd);
          expect(w.end).toBeGreaterThan(w.start);
          expect(w.end).toBeLessThanOrEqual(script.length);
          previousEnd = w.end;
        }
      }
      findEtcdInvocations(script);
    }
  });

  it('reads 500,000 characters of random garbage (just under the bound on scripts)', () => {
    let seed = 7;
    const chars: string[] = [];
    for (let k = 0; k < 500_000; k++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      chars.push(String.fromCharCode(seed % 128));
    }
    const script = chars.join('');
    expect(Array.isArray(splitShellCommands(script))).toBe(true);
    expect(Array.isArray(findEtcdInvocations(script))).toBe(true);
  });

  it('refuses a script over the bound with TooComplexError, which extraction turns into a warning', () => {
    expect(() => splitShellCommands('etcd --a;'.repeat(MAX_TEXT_FORM_BYTES / 9 + 1))).toThrow(
      TooComplexError,
    );
  });
});
