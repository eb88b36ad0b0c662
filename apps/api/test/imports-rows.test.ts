import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importClient } from './support/import-helpers.js';
import { restClient } from './support/rest-call.js';
import {
  bearer,
  createTestApp,
  createTestTenant,
  type TestApp,
  type TestTenant,
} from './support/test-app.js';

// CSV import rows: validation, dry run, all-or-nothing and duplicates. Reading the upload itself, access
// and progress: imports-upload.test.ts.

let h: TestApp;
let a: TestTenant;
const { upload, importCsv, contacts, countContacts } = importClient(() => h);

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Alpha');
  // A known contact: the dry run below meets its e-mail again.
  await restClient(() => h).create(a.users.admin.token, '/contacts', {
    firstName: 'Иван',
    lastName: 'Петров',
    emails: ['ivan@example.com'],
  });
});
afterAll(async () => h.close());

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

  it('writes nothing when the only invalid row comes after thousands of valid ones', async () => {
    // Without deduplication rows are written as they are read: batches of 1 000 are already in the
    // table when the last row fails, and must be rolled back with it.
    const before = await countContacts(a);
    const valid = Array.from({ length: 3_500 }, (_, i) => `Late${i},late${i}@example.com`);
    const csv = ['firstName,email', ...valid, ',missing-name@example.com'].join('\n');
    const done = await importCsv(a, { objectType: 'contact' }, csv);
    expect(done).toMatchObject({ status: 'failed', totalRows: 3_501, createdRows: 0, errorRows: 1 });
    expect(done.errors.map(({ row, field }) => ({ row, field }))).toEqual([
      { row: 3_502, field: 'firstName' },
    ]);
    expect(await countContacts(a)).toBe(before);
    const fixed = await importCsv(a, { objectType: 'contact' }, [`firstName,email`, ...valid].join('\n'));
    expect(fixed).toMatchObject({ status: 'completed', createdRows: 3_500, errorRows: 0 });
    expect(await countContacts(a)).toBe(before + 3_500);
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
