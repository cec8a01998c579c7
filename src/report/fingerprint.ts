// GitHub code scanning matches an alert across commits by `partialFingerprints.primaryLocationLineHash`.
// upload-sarif computes it client-side (github/codeql-action `src/fingerprints.ts`), but REST uploads
// must supply it, and a value that differs from the Action's makes the Action log a warning. So this
// is a faithful re-implementation of that algorithm (written from its description), including its
// quirks: it works on UTF-16 code units, ignores spaces and tabs, treats CR and CRLF as LF, and hashes
// the 100 kept characters that follow each line start, so a line's hash depends on the lines below it.

const BLOCK_SIZE = 100;
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
/** Appended once after the text, as the Action does, so the last lines differ from padding. */
const EOF = 0xffff;
const TWO_32 = 2 ** 32;

// 37^100 mod 2^64: the weight of the character that leaves the window. The hash is kept as two
// unsigned 32-bit halves in ordinary numbers: every intermediate product stays below 2^53, so it is
// exact, and it is several times faster than BigInt on multi-megabyte files.
const OUTGOING_WEIGHT = BigInt.asUintN(64, 37n ** BigInt(BLOCK_SIZE));
const WEIGHT_HI = Number(OUTGOING_WEIGHT >> 32n);
const WEIGHT_LO = Number(OUTGOING_WEIGHT & 0xffffffffn);

/** The 64-bit rolling hash over a window of the last BLOCK_SIZE kept characters. */
class LineHasher {
  private hi = 0;
  private lo = 0;
  private index = 0;
  private readonly window = new Uint16Array(BLOCK_SIZE);
  /** Line number whose first character sits in this window slot, or -1. */
  private readonly lineAt = new Int32Array(BLOCK_SIZE).fill(-1);
  private lineNumber = 0;
  private lineStart = true;
  private readonly counts = new Map<string, number>();
  readonly hashes: string[] = [];

  /** Feeds one kept character (CR already mapped to LF). */
  push(c: number): void {
    // The slot about to be overwritten started a line BLOCK_SIZE characters ago: its hash is complete.
    if (this.lineAt[this.index] !== -1) this.emit();
    if (this.lineStart) {
      this.lineStart = false;
      this.lineNumber++;
      this.lineAt[this.index] = this.lineNumber;
    }
    if (c === LF) this.lineStart = true;
    this.roll(c);
  }

  /** Pushes zeros until every started line has a full window, as the Action does at the end. */
  flush(): void {
    for (let i = 0; i < BLOCK_SIZE; i++) {
      if (this.lineAt[this.index] !== -1) this.emit();
      this.roll(0);
    }
  }

  /** h = 37*h + c - 37^100 * c_out (mod 2^64), on the two halves with an explicit carry. */
  private roll(c: number): void {
    const out = this.window[this.index];
    this.window[this.index] = c;
    const low = this.lo * 37 + c - WEIGHT_LO * out;
    const newLo = low >>> 0;
    const carry = (low - newLo) / TWO_32;
    this.hi = (this.hi * 37 + carry - WEIGHT_HI * out) >>> 0;
    this.lo = newLo;
    this.index = this.index + 1 === BLOCK_SIZE ? 0 : this.index + 1;
  }

  /** Records the hash of the line starting at the current slot; `:n` numbers repeats of a value. */
  private emit(): void {
    const line = this.lineAt[this.index];
    const hex =
      this.hi === 0 ? this.lo.toString(16) : this.hi.toString(16) + this.lo.toString(16).padStart(8, '0');
    const count = (this.counts.get(hex) ?? 0) + 1;
    this.counts.set(hex, count);
    this.hashes[line - 1] = `${hex}:${count}`;
    this.lineAt[this.index] = -1;
  }
}

/**
 * The `primaryLocationLineHash` of every line, index 0 = line 1, in one pass over the text.
 * `text` must be the file decoded as UTF-8 exactly as on disk (byte-order mark and CRs included), as
 * the Action reads it. A text that is empty or ends with a line break has one more entry than it has
 * lines: the Action hashes the position after the last break as a line of its own.
 */
export function lineHashes(text: string): string[] {
  const hasher = new LineHasher();
  let prevCR = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Whitespace changes and CRLF/LF conversions must not open new alerts.
    if (c === SPACE || c === TAB || (prevCR && c === LF)) {
      // The Action forgets the CR here, so in "\r \n" the LF counts as a second line break.
      prevCR = false;
      continue;
    }
    prevCR = c === CR;
    hasher.push(prevCR ? LF : c);
  }
  hasher.push(EOF);
  hasher.flush();
  return hasher.hashes;
}

/** The `primaryLocationLineHash` of one 1-based line (hashes the whole text: use lineHashes for many). */
export function primaryLocationLineHash(text: string, line: number): string {
  const hashes = lineHashes(text);
  const hash = Number.isInteger(line) && line >= 1 ? hashes[line - 1] : undefined;
  if (hash === undefined) {
    throw new RangeError(`line ${line} is outside the text (it has ${hashes.length} hashed lines)`);
  }
  return hash;
}
