import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@crm/core';
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

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Alpha');
  b = await createTestTenant(h, 'Beta');
});
afterAll(async () => h.close());

interface Account {
  id: string;
  name: string;
  taxId: string | null;
  ownerId: string | null;
  version: number;
  customFields: Record<string, unknown>;
}
type Page<T> = { items: T[]; nextCursor: string | null };
type ErrorBody = { error: { code: string; details: { fields?: { field: string; message: string }[] } } };

function as(token: string) {
  const headers = bearer(token);
  return {
    get: (url: string) => h.app.inject({ method: 'GET', url: `/api/v1${url}`, headers }),
    post: (url: string, payload: object = {}) =>
      h.app.inject({ method: 'POST', url: `/api/v1${url}`, headers, payload }),
    patch: (url: string, payload: object) =>
      h.app.inject({ method: 'PATCH', url: `/api/v1${url}`, headers, payload }),
    delete: (url: string) => h.app.inject({ method: 'DELETE', url: `/api/v1${url}`, headers }),
  };
}
const fieldsOf = (body: ErrorBody) => (body.error.details.fields ?? []).map((f) => f.field);

describe('REST accounts', () => {
  it('creates, reads, searches, updates with optimistic concurrency, deletes and restores', async () => {
    const admin = as(a.users.admin.token);
    const created = await admin.post('/accounts', {
      name: 'ООО Ромашка',
      taxId: 'RU 7707 083 893',
      industry: 'Retail',
      region: 'Москва',
      website: 'romashka.ru',
      phone: '+7 495 123-45-67',
    });
    expect(created.statusCode).toBe(201);
    const account = created.json<Account & { tenantId: string }>();
    expect(account).toMatchObject({
      taxId: '7707083893',
      version: 1,
      tenantId: a.tenantId,
      ownerId: a.users.admin.userId,
    });

    expect((await admin.get(`/accounts/${account.id}`)).statusCode).toBe(200);
    for (const query of [
      'search=ромаш',
      'search=RU7707083893',
      'taxId=7707083893',
      'industry=retail&region=москва',
    ]) {
      const list = await admin.get(`/accounts?${encodeURI(query)}`);
      expect(list.statusCode).toBe(200);
      expect(list.json<Page<Account>>().items.map((x) => x.id)).toEqual([account.id]);
    }

    const patched = await admin.patch(`/accounts/${account.id}`, {
      expectedVersion: 1,
      name: 'АО Ромашка',
      industry: null,
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json<Account>()).toMatchObject({ name: 'АО Ромашка', version: 2 });
    const stale = await admin.patch(`/accounts/${account.id}`, { expectedVersion: 1, name: 'Stale' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorBody>().error.code).toBe('CONFLICT');

    expect((await admin.delete(`/accounts/${account.id}`)).statusCode).toBe(200);
    expect((await admin.get(`/accounts/${account.id}`)).statusCode).toBe(404);
    const trash = await admin.get('/accounts?deleted=only');
    expect(trash.json<Page<Account>>().items.map((x) => x.id)).toContain(account.id);
    expect((await admin.post(`/accounts/${account.id}/restore`)).statusCode).toBe(200);
    expect((await admin.get(`/accounts/${account.id}`)).json<Account>().name).toBe('АО Ромашка');
  });

  it('names every invalid field, including a wrong INN check digit, and writes nothing', async () => {
    const admin = as(a.users.admin.token);
    const res = await admin.post('/accounts', {
      name: ' ',
      taxId: '7707083894',
      website: 'not a site',
      phone: 'call me',
      tenantId: b.tenantId,
    });
    expect(res.statusCode).toBe(400);
    const fields = fieldsOf(res.json<ErrorBody>());
    expect(fields).toEqual(expect.arrayContaining(['name', 'taxId', 'website', 'phone']));
    expect(fields.some((f) => f === 'tenantId' || f === '')).toBe(true);
    const tooLong = await admin.post('/accounts', { name: 'Foreign Ltd', taxId: 'GB'.padEnd(33, '9') });
    expect(fieldsOf(tooLong.json<ErrorBody>())).toEqual(['taxId']);
    const foreign = await admin.post('/accounts', { name: 'Foreign GmbH', taxId: 'DE 123456789' });
    expect(foreign.json<Account>().taxId).toBe('DE 123456789');
  });

  it("answers 404 for another tenant's account, for every operation", async () => {
    const { id } = (await as(a.users.admin.token).post('/accounts', { name: 'Alpha only' })).json<Account>();
    const intruder = as(b.users.admin.token);
    expect((await intruder.get(`/accounts/${id}`)).statusCode).toBe(404);
    expect((await intruder.patch(`/accounts/${id}`, { name: 'Hacked' })).statusCode).toBe(404);
    expect((await intruder.delete(`/accounts/${id}`)).statusCode).toBe(404);
    expect((await intruder.get(`/accounts/${id}/contacts`)).statusCode).toBe(404);
    expect((await as(a.users.admin.token).get(`/accounts/${id}`)).json<Account>().name).toBe('Alpha only');
  });

  it('lets a sales rep see and change only own accounts, and not reassign them', async () => {
    const rep = as(a.users.sales_rep.token);
    const mine = (await rep.post('/accounts', { name: 'Rep own account' })).json<Account>();
    const other = (
      await as(a.users.admin.token).post('/accounts', { name: 'Admin account' })
    ).json<Account>();
    const names = (await rep.get('/accounts?limit=200')).json<Page<Account>>().items.map((x) => x.name);
    expect(names).toEqual(['Rep own account']);
    expect((await rep.get(`/accounts/${other.id}`)).statusCode).toBe(404);
    expect((await rep.patch(`/accounts/${other.id}`, { name: 'Taken' })).statusCode).toBe(404);
    const reassign = await rep.patch(`/accounts/${mine.id}`, { ownerId: a.users.admin.userId });
    expect(reassign.statusCode).toBe(403);
    expect((await rep.delete(`/accounts/${mine.id}`)).statusCode).toBe(403);
    expect(
      (await as(a.users.viewer.token).patch(`/accounts/${mine.id}`, { name: 'Viewer edit' })).statusCode,
    ).toBe(403);
  });

  it('gives a role nothing through scoped queries for an action it lacks (contacts too)', async () => {
    const { id } = (await as(a.users.admin.token).post('/contacts', { firstName: 'Guarded' })).json<{
      id: string;
    }>();
    // Neither role has the action at all: refused outright, and nothing is changed.
    expect(
      (await as(a.users.viewer.token).patch(`/contacts/${id}`, { firstName: 'Defaced' })).statusCode,
    ).toBe(403);
    expect((await as(a.users.sales_rep.token).delete(`/contacts/${id}`)).statusCode).toBe(403);
    expect(
      (await as(a.users.admin.token).get(`/contacts/${id}`)).json<{ firstName: string }>().firstName,
    ).toBe('Guarded');
  });

  it('hides a sensitive custom field from a sales rep and refuses its writes; filters by custom field', async () => {
    await h.t.db.withTenant(a.tenantId, async (db) => {
      await db.customFieldDefinition.createMany({
        data: [
          {
            tenantId: a.tenantId,
            id: newId(),
            objectType: 'account',
            key: 'creditLimit',
            label: 'Credit limit',
            type: 'number',
            sensitive: true,
          },
          {
            tenantId: a.tenantId,
            id: newId(),
            objectType: 'account',
            key: 'segment',
            label: 'Segment',
            type: 'select',
            options: ['smb', 'enterprise'],
          },
        ],
      });
    });
    const admin = as(a.users.admin.token);
    const created = await admin.post('/accounts', {
      name: 'Sensitive Co',
      ownerId: a.users.sales_rep.userId,
      customFields: { creditLimit: 5_000_000, segment: 'enterprise' },
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json<Account>();
    expect((await admin.get(`/accounts/${id}`)).json<Account>().customFields).toEqual({
      creditLimit: 5_000_000,
      segment: 'enterprise',
    });

    const rep = as(a.users.sales_rep.token);
    expect((await rep.get(`/accounts/${id}`)).json<Account>().customFields).toEqual({
      segment: 'enterprise',
    });
    const listed = (await rep.get('/accounts?cf.segment=enterprise')).json<Page<Account>>().items;
    expect(listed.map((x) => [x.id, x.customFields])).toEqual([[id, { segment: 'enterprise' }]]);
    const write = await rep.patch(`/accounts/${id}`, { customFields: { creditLimit: 1 } });
    expect(write.statusCode).toBe(400);
    expect(fieldsOf(write.json<ErrorBody>())).toEqual(['customFields.creditLimit']);
    const badFilter = await rep.get('/accounts?cf.nope=1&colour=red');
    expect(fieldsOf(badFilter.json<ErrorBody>()).sort()).toEqual(['cf.nope', 'colour']);
  });

  it('links contacts with their roles and lists them on the account', async () => {
    const admin = as(a.users.admin.token);
    const ceo = (await admin.post('/contacts', { firstName: 'Анна', lastName: 'Директорова' })).json<{
      id: string;
    }>();
    const cfo = (await admin.post('/contacts', { firstName: 'Борис', lastName: 'Финансов' })).json<{
      id: string;
    }>();
    const missing = await admin.post('/accounts', {
      name: 'Linked',
      contacts: [{ contactId: ceo.id }, { contactId: newId() }],
    });
    expect(missing.statusCode).toBe(400);
    expect(fieldsOf(missing.json<ErrorBody>())).toEqual(['contacts.1.contactId']);

    const account = (
      await admin.post('/accounts', {
        name: 'Linked',
        contacts: [{ contactId: ceo.id, role: 'CEO', isPrimary: true }],
      })
    ).json<Account>();
    await admin.patch(`/accounts/${account.id}`, {
      contacts: [
        { contactId: ceo.id, role: 'Генеральный директор', isPrimary: true },
        { contactId: cfo.id, role: 'CFO' },
      ],
    });
    const linked = await admin.get(`/accounts/${account.id}/contacts?sort=firstName`);
    expect(linked.statusCode).toBe(200);
    const items = linked.json<Page<{ id: string; role: string | null; isPrimary: boolean }>>().items;
    expect(items.map((c) => [c.id, c.role, c.isPrimary])).toEqual([
      [ceo.id, 'Генеральный директор', true],
      [cfo.id, 'CFO', false],
    ]);
    const fromContact = (await admin.get(`/contacts?accountId=${account.id}`)).json<Page<{ id: string }>>();
    expect(fromContact.items).toHaveLength(2);
  });

  it('searches names literally: % and _ are not wildcards', async () => {
    const other = await createTestTenant(h, 'Search');
    const admin = as(other.users.admin.token);
    for (const name of ['Скидка 100%', 'Магазин 1000', 'a_b', 'axb']) await admin.post('/accounts', { name });
    const search = async (term: string) =>
      (await admin.get(`/accounts?search=${encodeURIComponent(term)}`))
        .json<Page<Account>>()
        .items.map((x) => x.name);
    expect(await search('100%')).toEqual(['Скидка 100%']);
    expect(await search('a_b')).toEqual(['a_b']);
    expect((await search('МАГАЗИН')).sort()).toEqual(['Магазин 1000']);
  });

  it('filters by tag', async () => {
    const admin = as(a.users.admin.token);
    const tagged = (await admin.post('/accounts', { name: 'Tagged account' })).json<Account>();
    await admin.post('/accounts', { name: 'Untagged account' });
    const tagId = newId();
    await h.t.db.withTenant(a.tenantId, async (db) => {
      await db.tag.create({ data: { tenantId: a.tenantId, id: tagId, name: 'vip' } });
      await db.recordTag.create({
        data: { tenantId: a.tenantId, tagId, recordType: 'account', recordId: tagged.id },
      });
    });
    const list = (await admin.get(`/accounts?tagId=${tagId}`)).json<Page<Account>>();
    expect(list.items.map((x) => x.id)).toEqual([tagged.id]);
  });

  it('pages through accounts changed in one transaction without losing or repeating any', async () => {
    const other = await createTestTenant(h, 'Paging');
    const names = ['Gamma', 'alpha', 'Delta', 'beta', 'Epsilon'];
    await h.t.db.withTenant(other.tenantId, async (db) => {
      for (const name of names)
        await db.account.create({ data: { tenantId: other.tenantId, id: newId(), name } });
      await db.account.updateMany({ data: { region: 'Урал' } }); // one updatedAt, with microseconds, for all
    });
    const admin = as(other.users.admin.token);
    for (const sort of ['-updatedAt', 'updatedAt', 'name', '-createdAt']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `/accounts?limit=2&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`;
        const page: Page<Account> = (await admin.get(query)).json<Page<Account>>();
        seen.push(...page.items.map((x) => x.name));
        cursor = page.nextCursor;
      } while (cursor && seen.length <= names.length);
      expect([...seen].sort()).toEqual([...names].sort());
      if (sort === 'name') expect(seen).toEqual(['Delta', 'Epsilon', 'Gamma', 'alpha', 'beta']);
    }
  });
});
