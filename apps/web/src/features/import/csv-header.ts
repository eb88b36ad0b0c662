/** The delimiters the import accepts, in the order they are tried. */
const delimiters = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof delimiters)[number];

/** Splits one CSV line, honouring double quotes ("" is a quote inside a quoted field). */
function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line.charAt(index);
    if (quoted) {
      if (char === '"' && line.charAt(index + 1) === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * The header row of a CSV file and its delimiter (the one that splits the header into the most
 * columns), read in the browser so that columns can be mapped before the upload.
 */
export function readHeader(text: string): { columns: string[]; delimiter: Delimiter } {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  let best: { columns: string[]; delimiter: Delimiter } = { columns: splitLine(first, ','), delimiter: ',' };
  for (const delimiter of delimiters) {
    const columns = splitLine(first, delimiter);
    if (columns.length > best.columns.length) best = { columns, delimiter };
  }
  return { columns: best.columns.filter((column) => column !== ''), delimiter: best.delimiter };
}
