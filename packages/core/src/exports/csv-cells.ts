import { stringify } from 'csv-stringify/sync';

/**
 * A cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab, a
 * carriage return or NUL) gets a leading apostrophe, which spreadsheets show as text (OWASP CSV
 * injection; ASVS 1.2.10). The import strips that apostrophe again, so exported files re-import.
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r\0]/.test(value) ? `'${value}` : value;
}

/** Rows as RFC 4180 CSV (CRLF, quoted where needed), every cell neutralized. */
export function csvLines(rows: (string | null)[][]): string {
  return stringify(
    rows.map((row) => row.map((cell) => (cell === null ? '' : neutralizeCell(cell)))),
    { record_delimiter: '\r\n' },
  );
}

/** A stored value as one cell: lists joined with `; `, money as `amount currency`, dates as ISO. */
export function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => cellText(item) ?? '').join('; ');
  if (typeof value === 'object') {
    const money = value as { amount?: unknown; currency?: unknown };
    if (typeof money.amount === 'string' && typeof money.currency === 'string')
      return `${money.amount} ${money.currency}`;
    return JSON.stringify(value);
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}
