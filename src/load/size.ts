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
