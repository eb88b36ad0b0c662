import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newId, newToken, type Prisma, type RolePermissions } from '@crm/core';
import {
  bearer,
  createTestApp,
  createTestTenant,
  type TestApp,
  type TestTenant,
} from './support/test-app.js';

let h: TestApp;
let a: TestTenant;
let b: TestTenant;
/** A custom role: exports its own contacts only, phones hidden, no sensitive custom fields. */
let ownExporter: { userId: string; token: string };

async function create(
  tenant: TestTenant,
  path: string,
  payload: object,
  token = tenant.users.admin.token,
): Promise<string> {
  const res = await h.app.inject({ method: 'POST', url: `/api/v1/${path}`, headers: bearer(token), payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

async function exportCsv(
  url: string,
  token: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string; rows: string[][] }> {
  const res = await h.app.inject({ method: 'GET', url, headers: bearer(token) });
  const rows = res.statusCode === 200 ? parse(res.body.replace(/^\uFEFF/, '')) : [];
  return { status: res.statusCode, headers: res.headers, body: res.body, rows };
}

async function addRoleUser(
  tenant: TestTenant,
  key: string,
  permissions: RolePermissions,
): Promise<{ userId: string; token: string }> {
  const { tenantId } = tenant;
  const [roleId, userId, token] = [newId(), newId(), newToken('crm_key')];
  await h.t.db.withTenant(tenantId, async (db) => {
    await db.role.create({
      data: {
        tenantId,
        id: roleId,
        key,
        name: key,
        permissions: JSON.parse(JSON.stringify(permissions)) as Prisma.InputJsonObject,
      },
    });
    await db.user.create({ data: { id: userId, email: `${key}-${tenantId}@example.test`, name: key } });
    await db.membership.create({ data: { tenantId, id: newId(), userId, roleId } });
    await db.apiKey.create({
      data: {
        tenantId,
        id: newId(),
        name: key,
        prefix: token.slice(0, 12),
        tokenHash: hashToken(token),
        userId,
      },
    });
  });
  return { userId, token };
}

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Alpha');
  b = await createTestTenant(h, 'Beta');
  const admin = bearer(a.users.admin.token);
  for (const payload of [
    { objectType: 'contact', key: 'passport', label: 'Passport', type: 'text', sensitive: true },
    {
      objectType: 'contact',
      key: 'segment',
      label: 'Segment',
      type: 'select',
      options: ['smb', 'enterprise'],
    },
  ]) {
    expect(
      (await h.app.inject({ method: 'POST', url: '/api/v1/custom-fields', headers: admin, payload }))
        .statusCode,
    ).toBe(201);
  }
  ownExporter = await addRoleUser(a, 'own_exporter', {
    grants: { Contact: { actions: ['read', 'create', 'export'], scope: 'own' } },
    seesSensitiveFields: false,
    hiddenFields: { Contact: ['phones'] },
  });
  await create(a, 'contacts', {
    firstName: '=HYPERLINK("http://evil.example","click")',
    lastName: '+SUM(1,2)',
    middleName: '-2+3',
    position: "@cmd|' /C calc'!A0",
    emails: ['formula@example.com'],
    phones: ['+7 900 123-45-67'],
    customFields: { passport: '4510 123456', segment: 'enterprise' },
  });
  await create(a, 'contacts', {
    firstName: 'Line',
    lastName: 'Breaks',
    position: 'Head of "Sales",\nMoscow',
    customFields: { segment: 'smb' },
  });
  await create(
    a,
    'contacts',
    { firstName: 'Own', lastName: 'Record', phones: ['+7 900 000-00-00'] },
    ownExporter.token,
  );
  await create(a, 'accounts', { name: 'Тест ООО', taxId: '7707083893' });
  await create(b, 'contacts', { firstName: 'Foreign', lastName: 'Tenant' });
});
afterAll(async () => h.close());

describe('GET /api/v1/{type}/export.csv', () => {
  it('streams UTF-8 CSV with a BOM, a header and RFC 4180 quoting', async () => {
    const res = await exportCsv('/api/v1/contacts/export.csv', a.users.admin.token);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="contacts-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(
      res.body.startsWith(
        '\uFEFFid,firstName,lastName,middleName,emails,phones,position,ownerId,accounts,createdAt,updatedAt',
      ),
    ).toBe(true);
    const [header, ...rows] = res.rows;
    expect(header).toContain('cf.passport');
    expect(rows).toHaveLength(3);
    const position = header?.indexOf('position') ?? -1;
    expect(rows.map((r) => r[position])).toContain('Head of "Sales",\nMoscow');
  });

  it('neutralises cells that a spreadsheet would run as formulas', async () => {
    const { rows } = await exportCsv('/api/v1/contacts/export.csv', a.users.admin.token);
    const [header = [], ...records] = rows;
    const evil = records.find((r) => r[header.indexOf('emails')] === 'formula@example.com') ?? [];
    const cell = (name: string) => evil[header.indexOf(name)];
    expect(cell('firstName')).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(cell('lastName')).toBe("'+SUM(1,2)");
    expect(cell('middleName')).toBe("'-2+3");
    expect(cell('position')).toBe("'@cmd|' /C calc'!A0");
    expect(cell('phones')).toBe("'+7 900 123-45-67");
    expect(cell('cf.passport')).toBe('4510 123456');
  });

  it('exports only what the caller may see: own records, no hidden or sensitive columns', async () => {
    const { status, rows } = await exportCsv('/api/v1/contacts/export.csv', ownExporter.token);
    expect(status).toBe(200);
    const [header = [], ...records] = rows;
    expect(header).not.toContain('phones');
    expect(header).not.toContain('cf.passport');
    expect(header).toContain('cf.segment');
    expect(records.map((r) => r[header.indexOf('firstName')])).toEqual(['Own']);
    expect(rows.flat().join()).not.toContain('+7 900 000-00-00');
  });

  it('takes the list filters', async () => {
    const bySegment = await exportCsv('/api/v1/contacts/export.csv?cf.segment=smb', a.users.admin.token);
    expect(bySegment.rows.slice(1).map((r) => r[1])).toEqual(['Line']);
    const bySearch = await exportCsv('/api/v1/contacts/export.csv?search=Record', a.users.admin.token);
    expect(bySearch.rows.slice(1).map((r) => r[1])).toEqual(['Own']);
    const bad = await h.app.inject({
      method: 'GET',
      url: '/api/v1/contacts/export.csv?sort=secret',
      headers: bearer(a.users.admin.token),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { code: string } }>().error.code).toBe('BAD_REQUEST');
  });

  it('keeps tenants apart and needs the export permission', async () => {
    const fromB = await exportCsv('/api/v1/contacts/export.csv', b.users.admin.token);
    expect(fromB.rows.slice(1).map((r) => r[1])).toEqual(['Foreign']);
    expect(fromB.body).not.toContain(a.tenantId);
    for (const role of ['viewer', 'sales_rep', 'support_agent'] as const) {
      const res = await h.app.inject({
        method: 'GET',
        url: '/api/v1/contacts/export.csv',
        headers: bearer(a.users[role].token),
      });
      expect(res.statusCode, role).toBe(403);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
    }
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/contacts/export.csv' })).statusCode).toBe(401);
    const accounts = await exportCsv('/api/v1/accounts/export.csv', a.users.marketer.token);
    expect(accounts.rows.slice(1).map((r) => r[1])).toEqual(['Тест ООО']);
    const deals = await exportCsv('/api/v1/deals/export.csv', a.users.admin.token);
    expect(deals.status).toBe(200);
    expect(deals.rows[0]?.slice(0, 3)).toEqual(['id', 'title', 'amount']);
  });

  it('exports every row exactly once across many pages, hiding fields field-level rules hide', async () => {
    const tenantId = b.tenantId;
    await h.t.db.withTenant(tenantId, (db) =>
      db.contact.createMany({
        data: Array.from({ length: 1234 }, (_, i) => ({
          tenantId,
          id: newId(),
          firstName: `Bulk${i}`,
          ownerId: b.users.admin.userId,
        })),
      }),
    );
    const res = await exportCsv('/api/v1/contacts/export.csv', b.users.admin.token);
    const names = res.rows.slice(1).map((r) => r[1]);
    expect(names).toHaveLength(1235);
    expect(new Set(names).size).toBe(1235);
    const hiding = await addRoleUser(b, 'deal_exporter', {
      grants: { Deal: { actions: ['read', 'export'], scope: 'all' } },
      seesSensitiveFields: false,
      hiddenFields: { Deal: ['amount'] },
    });
    await create(b, 'deals', { title: 'Secret amount', amount: '999999' });
    const deals = await exportCsv('/api/v1/deals/export.csv', hiding.token);
    expect(deals.rows[0]).not.toContain('amount');
    expect(deals.body).not.toContain('999999');
  });

  it('re-imports its own file: formula escapes are undone', async () => {
    const { body } = await exportCsv('/api/v1/contacts/export.csv', a.users.admin.token);
    const boundary = '----crm-roundtrip';
    const options = {
      objectType: 'contact',
      dryRun: true,
      mapping: { firstName: 'firstName', lastName: 'lastName', phones: 'phones', emails: 'emails' },
    };
    const payload =
      `--${boundary}\r\nContent-Disposition: form-data; name="options"\r\n\r\n${JSON.stringify(options)}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="contacts.csv"\r\nContent-Type: text/csv\r\n\r\n${body}\r\n--${boundary}--\r\n`;
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/imports',
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        ...bearer(a.users.admin.token),
      },
      payload,
    });
    expect(res.statusCode, res.body).toBe(202);
    let view = res.json<{ id: string; status: string; createdRows: number; errorRows: number }>();
    while (view.status === 'pending' || view.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      view = (
        await h.app.inject({
          method: 'GET',
          url: `/api/v1/imports/${view.id}`,
          headers: bearer(a.users.admin.token),
        })
      ).json();
    }
    expect(view).toMatchObject({ status: 'completed', createdRows: 3, errorRows: 0 });
  });
});
