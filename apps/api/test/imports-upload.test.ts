import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importClient, multipart, type ImportView } from './support/import-helpers.js';
import {
  bearer,
  createTestApp,
  createTestTenant,
  type TestApp,
  type TestTenant,
} from './support/test-app.js';

// CSV import uploads: how a file is read, the multipart shape and size limits, who may import, and
// progress. What happens to the rows (validation, dry run, duplicates): imports-rows.test.ts.

let h: TestApp;
let a: TestTenant;
let b: TestTenant;
const { upload, getImport, finished, importCsv, contacts, countContacts } = importClient(() => h);

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
