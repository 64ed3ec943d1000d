import Papa from 'papaparse';

/**
 * CSV that opens cleanly in a spreadsheet: UTF-8 with a byte-order mark (Excel otherwise guesses
 * the encoding and mangles accents), CRLF line ends (RFC 4180), every field quoted when it holds a
 * comma, quote or line break, and formula injection defused: a cell that starts with = + - @ (or a
 * tab or carriage return, which some spreadsheets skip before reading a formula) gets a leading
 * single quote, so "=HYPERLINK(...)" typed into a note shows as text instead of running.
 */

export const BOM = '\uFEFF';
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: numbers stay numbers (a negative count is data, not a formula); text is guarded and quoted. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) || guarded !== guarded.trim() ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',');
}

/** A whole file: BOM, header, rows, CRLF after every row. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [csvRow(header)];
  for (const r of rows) lines.push(csvRow(r));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** A file name safe on every platform: "Pull list 2026-12-03.csv" style. */
export function csvFilename(...parts: string[]): string {
  const base = parts
    .join(' ')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are unsafe in file names
    .replace(/[\u0000-\u001F<>:"/\\|?*]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || 'export'}.csv`;
}

export interface ParsedCsv {
  /** Header names as written (trimmed). */
  columns: string[];
  /** Rows as objects keyed by the normalised header (lowercase, no spaces or punctuation). */
  rows: { line: number; values: Record<string, string> }[];
  errors: string[];
}

/** "Unit cost" -> "unitcost": headers match however a spreadsheet user spells them. */
export const normaliseHeader = (h: string): string => h.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Parses CSV text (BOM, CRLF or LF, quoted fields), skipping blank lines; line numbers count the header as 1. */
export function parseCsv(text: string): ParsedCsv {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const result = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy' });
  const errors = result.errors.map((e) => `Row ${(e.row ?? 0) + 1}: ${e.message}`);
  const [header, ...data] = result.data;
  if (!header) return { columns: [], rows: [], errors: [...errors, 'The file is empty: it needs a header row.'] };
  const columns = header.map((h) => h.trim());
  const keys = columns.map(normaliseHeader);
  const rows = data.map((cells, i) => ({
    line: i + 2,
    values: Object.fromEntries(keys.map((k, j) => [k, (cells[j] ?? '').trim()])),
  }));
  return { columns, rows, errors };
}
