import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  createTestApp,
  createTestTenant,
  type TestApp,
  type TestTenant,
} from './support/test-app.js';

type Role = keyof TestTenant['users'];

interface ImportView {
  id: string;
  status: string;
  dryRun: boolean;
  totalRows: number;
  processedRows: number;
  createdRows: number;
  updatedRows: number;
  skippedRows: number;
  errorRows: number;
  errors: { row: number; field: string; column?: string; message: string }[];
}

let h: TestApp;
let a: TestTenant;
let b: TestTenant;

function multipart(options: unknown, file: Buffer | string, fileName = 'contacts.csv') {
  const boundary = `----crm${randomUUID()}`;
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="options"\r\n\r\n${typeof options === 'string' ? options : JSON.stringify(options)}\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`;
  const body = Buffer.concat([
    Buffer.from(head),
    typeof file === 'string' ? Buffer.from(file) : file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function upload(tenant: TestTenant, options: unknown, file: Buffer | string, role: Role = 'admin') {
  const { payload, headers } = multipart(options, file);
  return h.app.inject({
    method: 'POST',
    url: '/api/v1/imports',
    headers: { ...headers, ...bearer(tenant.users[role].token) },
    payload,
  });
}

async function getImport(tenant: TestTenant, id: string, role: Role = 'admin') {
  return h.app.inject({
    method: 'GET',
    url: `/api/v1/imports/${id}`,
    headers: bearer(tenant.users[role].token),
  });
}

async function finished(tenant: TestTenant, id: string): Promise<ImportView> {
  for (let i = 0; i < 400; i += 1) {
    const view = (await getImport(tenant, id)).json<ImportView>();
    if (view.status === 'completed' || view.status === 'failed') return view;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`import ${id} did not finish`);
}

async function importCsv(
  tenant: TestTenant,
  options: unknown,
  file: Buffer | string,
  role: Role = 'admin',
): Promise<ImportView> {
  const res = await upload(tenant, options, file, role);
  expect(res.statusCode, res.body).toBe(202);
  expect(res.headers.location).toBe(`/api/v1/imports/${res.json<ImportView>().id}`);
  return finished(tenant, res.json<ImportView>().id);
}

const contacts = (tenant: TestTenant) =>
  h.t.db.withTenant(tenant.tenantId, (db) =>
    db.contact.findMany({
      select: {
        firstName: true,
        lastName: true,
        emails: true,
        phones: true,
        position: true,
        customFields: true,
        version: true,
      },
      orderBy: { createdAt: 'asc' },
    }),
  );
const countContacts = (tenant: TestTenant) => h.t.db.withTenant(tenant.tenantId, (db) => db.contact.count());

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Alpha');
  b = await createTestTenant(h, 'Beta');
});
afterAll(async () => h.close());

describe('POST /api/v1/imports: CSV parsing', () => {
  it('imports a file with BOM, CRLF, quoted line breaks, formulas and a tenantId column into the caller’s tenant only', async () => {
    const csv =
      '\uFEFFfirstName,lastName,email,position,tenantId\r\n' +
      `Иван,Петров,ivan@example.com,"Директор,\r\nпо продажам",${b.tenantId}\r\n` +
      `"=HYPERLINK(""http://evil"")",Formula,formula@example.com,+cmd,${b.tenantId}\n` +
      `Анна,"Смирнова ""Анна""",anna@example.com; anna2@example.com,@SUM(A1),${b.tenantId}\r\n`;
    const done = await importCsv(a, { objectType: 'contact' }, csv);
    expect(done).toMatchObject({
      status: 'completed',
      totalRows: 3,
      processedRows: 3,
      createdRows: 3,
      errorRows: 0,
      errors: [],
    });
    const rows = await contacts(a);
    expect(rows.map((r) => r.firstName)).toEqual(['Иван', '=HYPERLINK("http://evil")', 'Анна']);
    expect(rows[0]?.position).toBe('Директор,\r\nпо продажам');
    expect(rows[1]?.position).toBe('+cmd');
    expect(rows[2]).toMatchObject({
      lastName: 'Смирнова "Анна"',
      emails: ['anna@example.com', 'anna2@example.com'],
      position: '@SUM(A1)',
    });
    expect(await countContacts(b)).toBe(0);
    const audit = await h.t.db.withTenant(a.tenantId, (db) =>
      db.auditLog.findMany({
        where: { recordId: done.id },
        select: { action: true },
        orderBy: { id: 'asc' },
      }),
    );
    expect(audit.map((e) => e.action)).toEqual(['import.created', 'import.completed']);
  });

  it('refuses to map a tenantId column', async () => {
    const res = await upload(
      a,
      { objectType: 'contact', mapping: { firstName: 'firstName', tenantId: 'tenantId' } },
      `firstName,tenantId\nX,${b.tenantId}\n`,
    );
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json<{ error: { details: { fields: { field: string }[] } } }>()
        .error.details.fields.map((f) => f.field),
    ).toEqual(['mapping.tenantId']);
  });

  it('detects a semicolon delimiter and reads Windows-1251 when told', async () => {
    const csv = 'Имя;Фамилия;Телефон\r\nОльга;Кузнецова;+7 (900) 111-22-33\r\n';
    const mapping = { Имя: 'firstName', Фамилия: 'lastName', Телефон: 'phone' };
    const utf8 = await importCsv(a, { objectType: 'contact', mapping, dryRun: true }, csv);
    expect(utf8).toMatchObject({ status: 'completed', createdRows: 1, errorRows: 0 });
    const cp1251 = Buffer.from(
      Array.from({ length: csv.length }, (_, i) =>
        csv.charCodeAt(i) < 128 ? csv.charCodeAt(i) : csv.charCodeAt(i) - 0x410 + 0xc0,
      ),
    );
    const decoded = await importCsv(
      a,
      { objectType: 'contact', mapping, dryRun: true, encoding: 'windows-1251' },
      cp1251,
    );
    expect(decoded).toMatchObject({ status: 'completed', createdRows: 1, errorRows: 0 });
    const asUtf8 = await upload(a, { objectType: 'contact', mapping }, cp1251);
    expect(asUtf8.statusCode).toBe(400);
    expect(asUtf8.json<{ error: { message: string } }>().error.message).toMatch(/UTF-8/);
  });

  it('rejects duplicate headers, an empty file, broken quoting and too many columns', async () => {
    const dup = await upload(a, { objectType: 'contact' }, 'firstName,Email,email\nA,a@x.ru,b@x.ru\n');
    expect(dup.statusCode).toBe(400);
    expect(JSON.stringify(dup.json())).toContain('duplicate column header \\"email\\" (columns 2 and 3)');
    expect((await upload(a, { objectType: 'contact' }, '')).statusCode).toBe(400);
    const broken = await upload(a, { objectType: 'contact' }, 'firstName,lastName\n"Unclosed,quote\n');
    expect(broken.statusCode).toBe(400);
    const wide = await upload(
      a,
      { objectType: 'contact' },
      `${Array.from({ length: 1001 }, (_, i) => `c${i}`).join(',')}\n`,
    );
    expect(wide.statusCode).toBe(400);
  });

  it('checks the multipart shape', async () => {
    const noOptions = await upload(a, 'not json', 'firstName\nA\n');
    expect(noOptions.statusCode).toBe(400);
    const unknownOption = await upload(a, { objectType: 'contact', tenantId: b.tenantId }, 'firstName\nA\n');
    expect(unknownOption.statusCode).toBe(400);
    const json = await h.app.inject({
      method: 'POST',
      url: '/api/v1/imports',
      headers: bearer(a.users.admin.token),
      payload: { objectType: 'contact' },
    });
    expect(json.statusCode).toBe(415);
  });

  it('answers 413 beyond 50 MB and keeps the 1 MB JSON-only rule elsewhere', async () => {
    const big = Buffer.alloc(50 * 1024 * 1024 + 100 * 1024, 'a');
    big.write('firstName\n');
    const res = await upload(a, { objectType: 'contact' }, big);
    expect(res.statusCode).toBe(413);
    const { payload, headers } = multipart({ firstName: 'x' }, 'firstName\nA\n');
    const other = await h.app.inject({
      method: 'POST',
      url: '/api/v1/contacts',
      headers: { ...headers, ...bearer(a.users.admin.token) },
      payload,
    });
    expect(other.statusCode).toBe(415);
    const hugeJson = await h.app.inject({
      method: 'POST',
      url: '/api/v1/contacts',
      headers: bearer(a.users.admin.token),
      payload: { firstName: 'x'.repeat(1024 * 1024 + 10) },
    });
    expect(hugeJson.statusCode).toBe(413);
  });
});

describe('POST /api/v1/imports: validation, dry run and all-or-nothing', () => {
  it('reports every invalid row and writes nothing when any row is invalid', async () => {
    const before = await countContacts(a);
    const csv =
      'firstName,email,phone,extra\nGood,good@example.com,+7 900 000-00-01,x\n,no-name@example.com,,x\nBad,not-an-email,abc,x\nShort,short@example.com\n';
    const done = await importCsv(
      a,
      {
        objectType: 'contact',
        mapping: { firstName: 'firstName', email: 'email', phone: 'phone', extra: null },
      },
      csv,
    );
    expect(done.status).toBe('failed');
    expect(done).toMatchObject({ totalRows: 4, processedRows: 4, createdRows: 0, errorRows: 3 });
    expect(done.errors.map(({ row, field, column }) => ({ row, field, column }))).toEqual([
      { row: 3, field: 'firstName', column: 'firstName' },
      { row: 4, field: 'emails.0', column: 'email' },
      { row: 4, field: 'phones.0', column: 'phone' },
      { row: 5, field: '', column: undefined },
    ]);
    expect(done.errors.map((e) => e.message).slice(2)).toEqual([
      'must be a phone number',
      'has 2 cells; the header has 4',
    ]);
    expect(done.errors.every((e) => e.message.length > 0)).toBe(true);
    expect(await countContacts(a)).toBe(before);
  });

  it('dry-runs: reports what would happen and writes nothing', async () => {
    const before = await countContacts(a);
    const csv = 'firstName,email\nNew,new-dry@example.com\nKnown,ivan@example.com\nInvalid,@@\n';
    const done = await importCsv(
      a,
      { objectType: 'contact', dryRun: true, dedupe: { by: ['email'], mode: 'skip' } },
      csv,
    );
    expect(done).toMatchObject({
      status: 'completed',
      dryRun: true,
      totalRows: 3,
      createdRows: 1,
      skippedRows: 1,
      errorRows: 1,
    });
    expect(done.errors.map((e) => e.row)).toEqual([4]);
    expect(await countContacts(a)).toBe(before);
  });

  it('validates custom fields by their definitions and refuses sensitive ones to roles that may not write them', async () => {
    const admin = bearer(a.users.admin.token);
    for (const payload of [
      { objectType: 'contact', key: 'budget', label: 'Budget', type: 'money' },
      { objectType: 'contact', key: 'since', label: 'Since', type: 'date' },
      { objectType: 'contact', key: 'passport', label: 'Passport', type: 'text', sensitive: true },
    ]) {
      expect(
        (await h.app.inject({ method: 'POST', url: '/api/v1/custom-fields', headers: admin, payload }))
          .statusCode,
      ).toBe(201);
    }
    const csv = 'firstName,cf.budget,cf.since\nCustom,"1 500,50 RUB",31.12.2024\nWrong,lots,yesterday\n';
    const done = await importCsv(a, { objectType: 'contact', dryRun: true }, csv);
    expect(done).toMatchObject({ createdRows: 1, errorRows: 1 });
    expect(done.errors.map((e) => e.column)).toEqual(['cf.budget', 'cf.since']);
    const sensitive = await upload(
      a,
      { objectType: 'contact' },
      'firstName,cf.passport\nX,123\n',
      'marketer',
    );
    expect(sensitive.statusCode).toBe(400);
    expect(JSON.stringify(sensitive.json())).toContain('sensitive');
  });
});

describe('POST /api/v1/imports: duplicates', () => {
  it('skips rows matching existing records or earlier rows (by e-mail or phone)', async () => {
    await importCsv(
      a,
      { objectType: 'contact' },
      'firstName,email,phone\nDedupe,dedupe@example.com,8 (901) 222-33-44\n',
    );
    const before = await countContacts(a);
    const csv =
      'firstName,email,phone\nSame mail,DEDUPE@example.com,\nSame phone,,+7 901 222 33 44\nFresh,fresh@example.com,\nFresh again,fresh@example.com,\n';
    const done = await importCsv(
      a,
      { objectType: 'contact', dedupe: { by: ['email', 'phone'], mode: 'skip' } },
      csv,
    );
    expect(done).toMatchObject({ status: 'completed', createdRows: 1, skippedRows: 3, updatedRows: 0 });
    expect(await countContacts(a)).toBe(before + 1);
  });

  it('updates the matched record in update mode: given values overwrite, lists merge', async () => {
    const csv = 'firstName,lastName,email,position\nDedupe,Updated,dedupe@example.com,CTO\n';
    const done = await importCsv(
      a,
      { objectType: 'contact', dedupe: { by: ['email'], mode: 'update' } },
      csv,
    );
    expect(done).toMatchObject({ status: 'completed', createdRows: 0, updatedRows: 1 });
    const updated = (await contacts(a)).find((c) => c.emails.includes('dedupe@example.com'));
    expect(updated).toMatchObject({
      lastName: 'Updated',
      position: 'CTO',
      phones: ['8 (901) 222-33-44'],
      version: 2,
    });
  });

  it('fails the whole import in update mode when rows repeat each other', async () => {
    const before = await contacts(a);
    const csv =
      'firstName,email\nFirst,twice@example.com\nSecond,twice@example.com\nThird,dedupe@example.com\n';
    const done = await importCsv(
      a,
      { objectType: 'contact', dedupe: { by: ['email'], mode: 'update' } },
      csv,
    );
    expect(done.status).toBe('failed');
    expect(done.errors).toEqual([{ row: 3, field: 'dedupe', message: 'repeats row 2 of this file' }]);
    expect(await contacts(a)).toEqual(before);
  });

  it('imports accounts deduplicated by tax id, and deals into named stages', async () => {
    const accounts =
      'name,taxId,industry\nRomashka,7707083893,Retail\nRomashka again,RU 7707083893,Retail\nBad INN,7707083890,\n';
    const failed = await importCsv(
      a,
      { objectType: 'account', dedupe: { by: ['taxId'], mode: 'skip' } },
      accounts,
    );
    expect(failed).toMatchObject({
      status: 'failed',
      errorRows: 1,
      errors: [{ row: 4, field: 'taxId', column: 'taxId' }],
    });
    const ok = await importCsv(
      a,
      { objectType: 'account', dedupe: { by: ['taxId'], mode: 'skip' } },
      accounts.split('\n').slice(0, 3).join('\n'),
    );
    expect(ok).toMatchObject({ status: 'completed', createdRows: 1, skippedRows: 1 });
    const noDedupe = await upload(
      a,
      { objectType: 'deal', dedupe: { by: ['email'], mode: 'skip' } },
      'title\nX\n',
    );
    expect(noDedupe.statusCode).toBe(400);
    const deals = await importCsv(
      a,
      { objectType: 'deal' },
      'title,amount,stage\nBig deal,"150000.50",\nOther,10,No such stage\n',
    );
    expect(deals).toMatchObject({ status: 'failed', errors: [{ row: 3, field: 'stage', column: 'stage' }] });
  });
});

describe('POST /api/v1/imports: who may import, and progress', () => {
  it('requires Import create and the import action on the record type', async () => {
    expect((await upload(a, { objectType: 'contact' }, 'firstName\nA\n', 'sales_rep')).statusCode).toBe(403);
    expect((await upload(a, { objectType: 'contact' }, 'firstName\nA\n', 'viewer')).statusCode).toBe(403);
    expect((await upload(a, { objectType: 'account' }, 'name\nA\n', 'marketer')).statusCode).toBe(403);
    const marketer = await upload(a, { objectType: 'contact', dryRun: true }, 'firstName\nA\n', 'marketer');
    expect(marketer.statusCode).toBe(202);
    await finished(a, marketer.json<ImportView>().id);
    expect((await getImport(b, marketer.json<ImportView>().id)).statusCode).toBe(404);
    expect((await getImport(a, marketer.json<ImportView>().id, 'sales_rep')).statusCode).toBe(403);
  });

  it('shows progress while a large import runs, then the final counts', async () => {
    const rows = 30_000;
    const lines = Array.from(
      { length: rows },
      (_, i) => `Bulk${i},bulk${i}@example.com,+7 900 ${String(i).padStart(7, '0')}`,
    );
    const res = await upload(a, { objectType: 'contact' }, `firstName,email,phone\n${lines.join('\n')}\n`);
    expect(res.statusCode).toBe(202);
    expect(res.json<ImportView>()).toMatchObject({ status: 'pending', totalRows: rows, processedRows: 0 });
    const id = res.json<ImportView>().id;
    const seen: ImportView[] = [];
    for (;;) {
      const view = (await getImport(a, id)).json<ImportView>();
      seen.push(view);
      if (view.status === 'completed' || view.status === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(seen.at(-1)).toMatchObject({
      status: 'completed',
      totalRows: rows,
      processedRows: rows,
      createdRows: rows,
    });
    const processed = seen.map((v) => v.processedRows);
    expect([...processed].sort((x, y) => x - y)).toEqual(processed);
    expect(seen.some((v) => v.status === 'running' && v.processedRows > 0 && v.processedRows < rows)).toBe(
      true,
    );
  }, 120_000);
});
