import { createReadStream } from 'node:fs';
import { checkHeader, csvRecords, readSample, sniffDelimiter, type Delimiter } from './csv-reader.js';
import type { ImportOptions } from './import.schema.js';

export interface InspectedCsv {
  delimiter: Delimiter;
  header: string[];
  /** Records after the header. */
  totalRows: number;
}

/** The delimiter to read a file with: the one asked for, else sniffed from its header line. */
export async function delimiterOf(
  path: string,
  options: Pick<ImportOptions, 'delimiter'>,
): Promise<Delimiter> {
  return options.delimiter ?? sniffDelimiter(await readSample(path));
}

/**
 * Reads a (UTF-8) CSV file once, as it is uploaded: its delimiter, its checked header and how many
 * records follow. Broken quoting, a missing, too wide or duplicated header end it with BAD_REQUEST.
 */
export async function inspectCsv(
  path: string,
  options: Pick<ImportOptions, 'delimiter'>,
): Promise<InspectedCsv> {
  const delimiter = await delimiterOf(path, options);
  let header: string[] | undefined;
  let totalRows = 0;
  for await (const record of csvRecords(createReadStream(path), delimiter)) {
    if (header === undefined) header = checkHeader(record.cells);
    else totalRows += 1;
  }
  return { delimiter, header: checkHeader(header), totalRows };
}
