import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { AppError } from '../errors/index.js';
import { MAX_IMPORT_COLUMNS, MAX_RECORD_CHARS, type ImportOptions } from './import.schema.js';

export type Delimiter = NonNullable<ImportOptions['delimiter']>;
const candidates: Delimiter[] = [',', ';', '\t', '|'];

/**
 * The delimiter of a CSV file, read off its header line: the candidate (`,` `;` tab `|`) that occurs
 * most often outside quotes. Spreadsheets in Russian locales write `;`.
 */
export function sniffDelimiter(sample: string): Delimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of sample.replace(/^\uFEFF/, '')) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (candidates as string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  for (const delimiter of candidates)
    if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

/** The first 64 KiB of a (UTF-8) file, for sniffing. */
export async function readSample(path: string): Promise<string> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await file.close();
  }
}

export interface CsvRecord {
  /** The spreadsheet row: the header is 1. */
  row: number;
  cells: string[];
}

function csvProblem(error: unknown, row: number): AppError {
  const detail = error instanceof CsvError ? error.message : 'unreadable data';
  return new AppError('BAD_REQUEST', `The file is not valid CSV near row ${row}: ${detail}`, {
    fields: [{ field: 'file', message: detail }],
  });
}

/**
 * The records of a CSV stream, header first, parsed as they arrive (memory stays bounded by one
 * record, at most MAX_RECORD_CHARS). Handles a BOM, CRLF and LF line ends and quoted cells with
 * delimiters, quotes and line breaks; blank lines are skipped. A record with the wrong number of
 * cells is passed on (the caller reports it for that row); broken quoting ends the file with
 * BAD_REQUEST.
 */
export async function* csvRecords(input: Readable, delimiter: Delimiter): AsyncGenerator<CsvRecord> {
  const parser = parse({
    delimiter,
    bom: true,
    // Files mix line ends (a CRLF file with LF lines pasted in): accept each of them anywhere.
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_CHARS,
  });
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  let row = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { row, cells };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw csvProblem(error, row + 1);
  } finally {
    input.unpipe(parser);
    input.destroy();
  }
}

/**
 * The column names of a header record, trimmed. Refuses a file without columns, one wider than
 * MAX_IMPORT_COLUMNS, and duplicate names (compared case-insensitively), naming both positions.
 */
export function checkHeader(cells: string[] | undefined): string[] {
  if (!cells || cells.every((cell) => cell.trim() === '')) {
    throw AppError.invalid([{ field: 'file', message: 'the file has no header row' }], 'The file is empty');
  }
  if (cells.length > MAX_IMPORT_COLUMNS) {
    throw AppError.invalid([
      { field: 'file', message: `has ${cells.length} columns; at most ${MAX_IMPORT_COLUMNS} are accepted` },
    ]);
  }
  const header = cells.map((cell) => cell.trim());
  const seen = new Map<string, number>();
  const issues = [];
  for (const [index, name] of header.entries()) {
    if (name === '') continue;
    const first = seen.get(name.toLowerCase());
    if (first !== undefined) {
      issues.push({
        field: 'file',
        message: `duplicate column header "${name}" (columns ${first + 1} and ${index + 1})`,
      });
    } else {
      seen.set(name.toLowerCase(), index);
    }
  }
  if (issues.length > 0) throw AppError.invalid(issues, 'The file has duplicate column headers');
  return header;
}
