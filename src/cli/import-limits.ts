// How big a spreadsheet `import cases` accepts: XINFANG_IMPORT_MAX_MB (unpacked size) and XINFANG_IMPORT_MAX_ROWS.
// The defaults hold ten years of a busy office's ledger; a file beyond them is refused before it is parsed.
import { InputError } from '../errors.js';
import { msg } from './messages.js';
import type { ImportLimits } from '../io/xlsx.js';

const DEFAULT_MAX_MB = 200;
const DEFAULT_MAX_ROWS = 200_000;

function fromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1) throw new InputError(msg('cases.importLimitEnv', { name, value: raw.slice(0, 20) }));
  return Number(raw);
}

export function importLimits(): ImportLimits {
  return { maxUnpackedBytes: fromEnv('XINFANG_IMPORT_MAX_MB', DEFAULT_MAX_MB) * 1048576, maxRows: fromEnv('XINFANG_IMPORT_MAX_ROWS', DEFAULT_MAX_ROWS) };
}

/** A CSV is its own unpacked size; its rows are counted after parsing (its memory is bounded by the size). */
export function checkCsvLimits(file: string, bytes: number, rows: number, limits: ImportLimits): void {
  if (bytes > limits.maxUnpackedBytes) throw new InputError(msg('cases.importTooLarge', { file, mb: Math.ceil(limits.maxUnpackedBytes / 1048576) }));
  if (rows > limits.maxRows + 1) throw new InputError(msg('cases.importTooManyRows', { file, rows, max: limits.maxRows }));
}
