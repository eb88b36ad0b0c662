import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import type { BenchTenant } from './dataset.js';

const firstNames = ['Артём', 'Дарья', 'Kirill', 'Sophia', 'Григорий', 'Полина', 'Oliver', 'Ксения'];
const lastNames = ['Орлов', 'Зайцева', 'Hughes', 'Baker', 'Соловьёв', 'Киселёва', 'Walker', 'Макаров'];

interface CsvRow {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  position: string;
}

function row(n: number, tag: string): CsvRow {
  return {
    firstName: firstNames[n % firstNames.length] ?? 'A',
    lastName: lastNames[(n * 7) % lastNames.length] ?? 'B',
    email: `import${n}.${tag}@example.org`,
    phone: `+7 8${String(n).padStart(9, '0')}`,
    position: n % 3 === 0 ? 'Закупки' : 'Sales',
  };
}

/** The CSV files of the import: 50 MB per upload is the product's limit, so big imports are split. */
export function importFiles(rows: number, tag: string, rowsPerFile = 400_000): string[] {
  const files: string[] = [];
  for (let start = 0; start < rows; start += rowsPerFile) {
    const lines = ['firstName,lastName,email,phone,position'];
    for (let n = start; n < Math.min(rows, start + rowsPerFile); n++) {
      const r = row(n, tag);
      lines.push(`${r.firstName},${r.lastName},${r.email},${r.phone},${r.position}`);
    }
    files.push(`${lines.join('\n')}\n`);
  }
  return files;
}

/** Where an import's time went: the upload, the time before the first record is written, the writing. */
export interface ImportPhases {
  uploadSeconds: number;
  stagingSeconds: number;
  writingSeconds: number;
}

async function uploadAndWait(port: number, token: string, csv: string, phases: ImportPhases): Promise<void> {
  const started = performance.now();
  const boundary = `----bench${randomUUID()}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="options"\r\n\r\n${JSON.stringify({ objectType: 'contact' })}\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="contacts.csv"\r\nContent-Type: text/csv\r\n\r\n`;
  const body = Buffer.concat([Buffer.from(head), Buffer.from(csv), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const headers = { authorization: `Bearer ${token}` };
  const response = await fetch(`http://127.0.0.1:${port}/api/v1/imports`, {
    method: 'POST',
    headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    body,
  });
  if (response.status !== 202 && response.status !== 201)
    throw new Error(`import upload: ${response.status} ${await response.text()}`);
  const { id } = (await response.json()) as { id: string };
  const uploaded = performance.now();
  phases.uploadSeconds += (uploaded - started) / 1000;
  // Progress is polled: the phases are accurate to the poll interval.
  let staged: number | null = null;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const state = (await (
      await fetch(`http://127.0.0.1:${port}/api/v1/imports/${id}`, { headers })
    ).json()) as { status: string; processedRows: number; totalRows: number; createdRows: number };
    if (staged === null && (state.createdRows > 0 || state.status === 'completed'))
      staged = performance.now();
    if (state.status === 'completed') {
      const done = performance.now();
      phases.stagingSeconds += ((staged ?? done) - uploaded) / 1000;
      phases.writingSeconds += (done - (staged ?? done)) / 1000;
      return;
    }
    if (state.status === 'failed') throw new Error(`import failed: ${JSON.stringify(state).slice(0, 500)}`);
  }
}

/** CSV import through the API (upload, parse, validate, dedupe, RLS), all files one after another. */
export async function timeImport(
  port: number,
  tenant: BenchTenant,
  files: string[],
): Promise<{ seconds: number; phases: ImportPhases }> {
  const phases: ImportPhases = { uploadSeconds: 0, stagingSeconds: 0, writingSeconds: 0 };
  const started = performance.now();
  for (const csv of files) await uploadAndWait(port, tenant.apiToken, csv, phases);
  return { seconds: (performance.now() - started) / 1000, phases };
}

/** The raw baseline: COPY of the same rows into the same indexed table, for another tenant. */
export async function timeCopy(url: string, tenant: BenchTenant, rows: number, tag: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    const copy = client.query(
      copyStreams.from(
        'COPY "Contact" ("tenantId", "id", "firstName", "lastName", "emails", "phones", "position", "ownerId") FROM STDIN',
      ),
    );
    function* lines() {
      let batch = '';
      for (let n = 0; n < rows; n++) {
        const r = row(n, tag);
        batch += `${tenant.tenantId}\t${randomUUID()}\t${r.firstName}\t${r.lastName}\t{${r.email}}\t{"${r.phone}"}\t${r.position}\t${tenant.userId}\n`;
        if (batch.length > 1 << 20) {
          yield batch;
          batch = '';
        }
      }
      if (batch) yield batch;
    }
    await pipeline(Readable.from(lines()), copy);
    return (performance.now() - started) / 1000;
  } finally {
    await client.end();
  }
}
