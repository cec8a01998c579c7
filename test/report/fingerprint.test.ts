import { describe, expect, it } from 'vitest';
import { lineHashes, primaryLocationLineHash } from '../../src/report/fingerprint.js';

// Vectors from github/codeql-action src/fingerprints.test.ts `test("hash")`, via research/sarif.md §2.6.
describe('lineHashes reproduces the codeql-action vectors', () => {
  it('empty file', () => {
    expect(lineHashes('')).toEqual(['c129715d7a2bc9a3:1']);
  });

  it('spaces and tabs are ignored, a trailing line without a break still counts', () => {
    expect(lineHashes(' a\nb\n  \t\tc\n d')).toEqual([
      '271789c17abda88f:1',
      '54703d4cd895b18:1',
      '180aee12dab6264:1',
      'a23a3dc5e078b07b:1',
    ]);
  });

  it('identical windows are numbered :1, :2, ... in line order', () => {
    const hashes = lineHashes('Lorem ipsum dolor sit amet.\n'.repeat(10));
    expect(hashes.slice(0, 7)).toEqual([
      'a7f2ff13bc495cf2:1',
      'a7f2ff13bc495cf2:2',
      'a7f2ff13bc495cf2:3',
      'a7f2ff13bc495cf2:4',
      'a7f2ff13bc495cf2:5',
      'a7f2ff13bc495cf2:6',
      'a7f2ff1481e87703:1',
    ]);
    // Ten lines plus the position after the final break, which the Action hashes as line 11.
    expect(hashes).toHaveLength(11);
  });

  it('the research note sample manifest, line 12', () => {
    const manifest = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: etcd',
      '  namespace: kube-system',
      'spec:',
      '  containers:',
      '  - name: etcd',
      '    image: registry.k8s.io/etcd:3.5.12-0',
      '    command:',
      '    - etcd',
      '    - --auto-tls=true',
      '    - --data-dir=/var/lib/etcd',
      '',
    ].join('\n');
    expect(primaryLocationLineHash(manifest, 12)).toBe('ed8218595d7de3af:1');
  });
});

describe('lineHashes is stable under formatting changes GitHub ignores', () => {
  const lf = 'a: 1\nb:\n  - --auto-tls\n  - x\n';

  it('CRLF and CR line endings hash like LF', () => {
    expect(lineHashes(lf.replaceAll('\n', '\r\n'))).toEqual(lineHashes(lf));
    expect(lineHashes(lf.replaceAll('\n', '\r'))).toEqual(lineHashes(lf));
  });

  it('re-indenting does not change any hash', () => {
    expect(lineHashes(lf.replaceAll('  ', '\t    '))).toEqual(lineHashes(lf));
  });

  it('a space between CR and LF makes the LF a second line break, as in the Action', () => {
    expect(lineHashes('a\r \nb')).toHaveLength(3);
  });
});

// A direct BigInt transcription of the description in sarif.md §2.6, used as an oracle for the
// two-halves arithmetic (carries, negative intermediates, non-BMP code units, long lines).
function referenceHashes(text: string): string[] {
  const mod = 37n;
  const first = BigInt.asIntN(64, mod ** 100n);
  const window: number[] = new Array(100).fill(0);
  const lineAt: number[] = new Array(100).fill(-1);
  const counts = new Map<string, number>();
  const out: string[] = [];
  let h = 0n;
  let index = 0;
  let line = 0;
  let lineStart = true;
  let prevCR = false;
  const emit = (): void => {
    const hex = BigInt.asUintN(64, h).toString(16);
    const n = (counts.get(hex) ?? 0) + 1;
    counts.set(hex, n);
    out[(lineAt[index] as number) - 1] = `${hex}:${n}`;
    lineAt[index] = -1;
  };
  const roll = (c: number): void => {
    const begin = window[index] as number;
    window[index] = c;
    h = BigInt.asIntN(64, mod * h + BigInt(c) - first * BigInt(begin));
    index = (index + 1) % 100;
  };
  const codes = [...Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)), 65535];
  for (let c of codes) {
    if (c === 32 || c === 9 || (prevCR && c === 10)) {
      prevCR = false;
      continue;
    }
    prevCR = c === 13;
    if (prevCR) c = 10;
    if (lineAt[index] !== -1) emit();
    if (lineStart) {
      lineStart = false;
      line++;
      lineAt[index] = line;
    }
    if (c === 10) lineStart = true;
    roll(c);
  }
  for (let i = 0; i < 100; i++) {
    if (lineAt[index] !== -1) emit();
    roll(0);
  }
  return out;
}

describe('lineHashes agrees with a BigInt reference', () => {
  // Deterministic pseudo-random texts (no Math.random: failures must reproduce).
  function randomText(seed: number, length: number): string {
    const alphabet = [
      'a',
      'Z',
      '-',
      '=',
      ' ',
      '\t',
      '\n',
      '\r',
      '\r\n',
      'é',
      '😀',
      '\uffff',
      '\u0000',
      'x'.repeat(150),
    ];
    let state = seed;
    let text = '';
    while (text.length < length) {
      state = (state * 1103515245 + 12345) % 2147483648;
      text += alphabet[state % alphabet.length];
    }
    return text;
  }

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('random text %i', (seed) => {
    const text = randomText(seed, 3000);
    expect(lineHashes(text)).toEqual(referenceHashes(text));
  });
});

describe('primaryLocationLineHash', () => {
  it('returns the hash of the requested 1-based line', () => {
    expect(primaryLocationLineHash(' a\nb\n  \t\tc\n d', 3)).toBe('180aee12dab6264:1');
  });

  it('rejects lines outside the text', () => {
    expect(() => primaryLocationLineHash('a\nb', 0)).toThrow(RangeError);
    expect(() => primaryLocationLineHash('a\nb', 3)).toThrow(RangeError);
    expect(() => primaryLocationLineHash('a\nb', 1.5)).toThrow(RangeError);
  });
});

describe('large input', () => {
  // Speed is measured by `npm run bench`, not here; this checks a 10 MB file gives one hash per line.
  it('hashes every line of a 10 MB manifest with CRLF line ends', () => {
    const block = 'spec:\n  containers:\n  - command:\n    - etcd\n    - --auto-tls=true\r\n';
    const text = block.repeat(Math.ceil((10 * 1024 * 1024) / block.length));
    const hashes = lineHashes(text);
    expect(hashes.length).toBe(text.split('\n').length);
  });
});
