const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
};

/**
 * The largest `max-file-size` accepted: 256 MiB. A file is held in memory twice while it is decoded
 * (bytes, then a string), and V8's longest string is 512 Mi UTF-16 units (2^29 - 24): a larger
 * limit would let one padded file stop the scan with an out-of-memory error instead of a notice.
 */
export const MAX_FILE_SIZE_LIMIT = 256 * 1024 ** 2;

/**
 * A `max-file-size` value as bytes, or why it is not one: a size (see parseSize) from 1 byte up to
 * MAX_FILE_SIZE_LIMIT.
 */
export function parseMaxFileSize(text: string): { bytes: number } | { problem: string } {
  const bytes = parseSize(text);
  if (bytes === undefined) return { problem: `must be a size such as 10MB or 512k (got "${text}")` };
  if (bytes > MAX_FILE_SIZE_LIMIT)
    return { problem: `must be at most ${MAX_FILE_SIZE_LIMIT / 1024 ** 2}MB (got "${text}")` };
  return { bytes };
}

/**
 * Reads a file-size limit written as bytes or with a binary unit (`10MB`, `512k`, `1048576`).
 * Returns undefined for anything else, so adapters can report a usage error.
 */
export function parseSize(text: string): number | undefined {
  const match = /^(\d{1,12})\s*([a-z]{0,2})$/i.exec(text.trim());
  if (!match) return undefined;
  const unit = UNITS[(match[2] ?? '').toLowerCase()];
  const value = Number(match[1]) * (unit ?? Number.NaN);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}
