import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  createTestApp,
  createTestTenant,
  type TestApp,
  type TestTenant,
} from './support/test-app.js';

interface Item {
  type: string;
  id: string;
  title: string;
  subtitle: string | null;
  score: number;
}

let h: TestApp;
let a: TestTenant;
let b: TestTenant;
const ids: Record<string, string> = {};

async function create(
  tenant: TestTenant,
  path: string,
  payload: object,
  role: keyof TestTenant['users'] = 'admin',
): Promise<string> {
  const res = await h.app.inject({
    method: 'POST',
    url: `/api/v1/${path}`,
    headers: bearer(tenant.users[role].token),
    payload,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

async function search(
  tenant: TestTenant,
  query: string,
  role: keyof TestTenant['users'] = 'admin',
): Promise<Item[]> {
  const res = await h.app.inject({
    method: 'GET',
    url: `/api/v1/search?${query}`,
    headers: bearer(tenant.users[role].token),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: Item[] }>().items;
}

const q = (text: string, extra = '') => `q=${encodeURIComponent(text)}${extra}`;

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Alpha');
  b = await createTestTenant(h, 'Beta');
  ids.petrov = await create(a, 'contacts', {
    firstName: 'Иван',
    lastName: 'Петров',
    emails: ['ivan.petrov@example.com'],
    position: 'Директор',
  });
  ids.petrova = await create(a, 'contacts', {
    firstName: 'Анна',
    lastName: 'Петрова',
    phones: ['+7 900 555-12-34'],
  });
  ids.sidorov = await create(a, 'contacts', { firstName: 'Олег', lastName: 'Сидоров' });
  ids.ivanov = await create(a, 'contacts', { firstName: 'Peter', lastName: 'Ivanov' });
  ids.deleted = await create(a, 'contacts', { firstName: 'Удалённый', lastName: 'Петровский' });
  ids.account = await create(a, 'accounts', {
    name: 'Global Shipping Companies',
    taxId: '7707083893',
    industry: 'Logistics',
  });
  ids.rusAccount = await create(a, 'accounts', { name: 'Северные поставки', industry: 'Оптовая торговля' });
  ids.deal = await create(a, 'deals', {
    title: 'Поставка оборудования для склада',
    amount: '150000',
    currency: 'RUB',
  });
  ids.enDeal = await create(a, 'deals', { title: 'Shipping contract renewals' });
  const deleted = await h.app.inject({
    method: 'DELETE',
    url: `/api/v1/contacts/${ids.deleted}`,
    headers: bearer(a.users.admin.token),
  });
  expect(deleted.statusCode).toBe(200);
  ids.repOwn = await create(a, 'contacts', { firstName: 'Repina', lastName: 'Ownova' }, 'sales_rep');
  ids.adminOnly = await create(a, 'contacts', { firstName: 'Repina', lastName: 'Adminova' });
  // Tenant B has records with the very same names; none may ever show up for A.
  ids.bPetrov = await create(b, 'contacts', {
    firstName: 'Иван',
    lastName: 'Петров',
    emails: ['ivan.petrov@example.com'],
  });
  ids.bAccount = await create(b, 'accounts', { name: 'Global Shipping Companies', taxId: '7707083893' });
  ids.bDeal = await create(b, 'deals', { title: 'Поставка оборудования для склада' });
});
afterAll(async () => h.close());

describe('GET /api/v1/search: ranking, stemming and typos', () => {
  it('finds Russian surnames across their forms, the exact form first', async () => {
    const petrova = await search(a, q('Петрова'));
    expect(petrova[0]?.id).toBe(ids.petrova);
    expect(petrova.map((i) => i.id)).toContain(ids.petrov);
    const petrov = await search(a, q('Петров'));
    expect(petrov[0]?.id).toBe(ids.petrov);
    expect(petrov.map((i) => i.id)).toContain(ids.petrova);
    const prefix = await search(a, q('Петро'));
    expect(prefix.map((i) => i.id)).toEqual(expect.arrayContaining([ids.petrov, ids.petrova]));
    expect(petrov.map((i) => i.id)).not.toContain(ids.sidorov);
  });

  it('orders by score, best first, with a title and subtitle per item', async () => {
    const items = await search(a, q('Иван Петров'));
    expect(items[0]).toMatchObject({
      type: 'contact',
      id: ids.petrov,
      title: 'Петров Иван',
      subtitle: 'Директор · ivan.petrov@example.com',
    });
    const scores = items.map((i) => i.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
  });

  it('stems Russian and English words in accounts and deals', async () => {
    expect((await search(a, q('оборудование поставки'))).map((i) => i.id)).toContain(ids.deal);
    expect((await search(a, q('поставка'))).map((i) => i.id)).toEqual(
      expect.arrayContaining([ids.deal, ids.rusAccount]),
    );
    expect((await search(a, q('company'))).map((i) => i.id)).toContain(ids.account);
    expect((await search(a, q('renewal shipped'))).map((i) => i.id)).toContain(ids.enDeal);
    expect((await search(a, q('торговля'))).map((i) => i.id)).toContain(ids.rusAccount);
  });

  it('tolerates typos in names and titles', async () => {
    expect((await search(a, q('Ivanvo')))[0]?.id).toBe(ids.ivanov);
    expect((await search(a, q('Сидров'))).map((i) => i.id)).toContain(ids.sidorov);
    expect((await search(a, q('Петрво'))).map((i) => i.id)).toContain(ids.petrov);
    expect((await search(a, q('Shiping Compnies'))).map((i) => i.id)).toContain(ids.account);
    // A dropped letter and swapped letters in a short word; a word's beginning.
    expect((await search(a, q('Ivnov')))[0]?.id).toBe(ids.ivanov);
    expect((await search(a, q('Ivaonv')))[0]?.id).toBe(ids.ivanov);
    expect((await search(a, q('Сидо'))).map((i) => i.id)).toContain(ids.sidorov);
    // Nothing close: nothing found (no far-fetched matches).
    expect(await search(a, q('Qwrtzy'))).toEqual([]);
  });

  it("corrects typos only with words of the caller's own tenant", async () => {
    await create(b, 'contacts', { firstName: 'Ксаверий', lastName: 'Зюзюкин' });
    // B's word is one edit away; A has no such word, so A finds nothing, and B finds its contact.
    expect(await search(a, q('Зюзюкен'))).toEqual([]);
    expect((await search(b, q('Зюзюкен'))).length).toBe(1);
  });

  it('corrects typos with words of records the caller may not see, but never shows those records', async () => {
    const ownOnly = await search(a, q('Adminvoa'), 'sales_rep');
    expect(ownOnly.map((i) => i.id)).not.toContain(ids.adminOnly);
    expect((await search(a, q('Adminvoa'))).map((i) => i.id)).toContain(ids.adminOnly);
  });

  it('matches e-mail, phone and tax id exactly, above everything else', async () => {
    const byEmail = await search(a, q('Ivan.Petrov@example.com'));
    expect(byEmail[0]).toMatchObject({ id: ids.petrov });
    expect(byEmail[0]?.score).toBeGreaterThan(1);
    expect((await search(a, q('+7 900 555-12-34')))[0]?.id).toBe(ids.petrova);
    const byTaxId = await search(a, q('RU 7707083893'));
    expect(byTaxId[0]).toMatchObject({
      type: 'account',
      id: ids.account,
      subtitle: '7707083893 · Logistics',
    });
  });

  it('filters by type and caps the result count', async () => {
    const deals = await search(a, q('поставка', '&types=deal'));
    expect(deals.map((i) => i.type)).toEqual(['deal']);
    expect(deals[0]?.subtitle).toContain('150000.00 RUB');
    const both = await search(a, q('Петров', '&types=contact,account&limit=1'));
    expect(both).toHaveLength(1);
    const bad = await h.app.inject({
      method: 'GET',
      url: `/api/v1/search?${q('x', '&types=invoice')}`,
      headers: bearer(a.users.admin.token),
    });
    expect(bad.statusCode).toBe(400);
  });

  it('leaves out soft-deleted records', async () => {
    expect((await search(a, q('Петровский'))).map((i) => i.id)).not.toContain(ids.deleted);
  });
});

describe('GET /api/v1/search: who sees what', () => {
  it("never returns another tenant's records, whatever the query", async () => {
    const foreign = new Set([ids.bPetrov, ids.bAccount, ids.bDeal]);
    for (const text of [
      'Петров',
      'ivan.petrov@example.com',
      'Global Shipping',
      '7707083893',
      'Поставка оборудования',
    ]) {
      const items = await search(a, q(text));
      expect(items.length).toBeGreaterThan(0);
      expect(items.filter((i) => foreign.has(i.id))).toEqual([]);
    }
    const fromB = await search(b, q('Петров'));
    expect(fromB.map((i) => i.id)).toEqual([ids.bPetrov]);
    expect(JSON.stringify(fromB)).not.toContain(a.tenantId);
  });

  it('lets a sales rep find only own records', async () => {
    const items = await search(a, q('Repina'), 'sales_rep');
    expect(items.map((i) => i.id)).toEqual([ids.repOwn]);
    expect((await search(a, q('Петров'), 'sales_rep')).length).toBe(0);
    const admin = await search(a, q('Repina'));
    expect(admin.map((i) => i.id)).toEqual(expect.arrayContaining([ids.repOwn, ids.adminOnly]));
  });

  it('hides fields the role may not read (deal amount for support)', async () => {
    const items = await search(a, q('поставка', '&types=deal'), 'support_agent');
    expect(items[0]?.id).toBe(ids.deal);
    expect(items[0]?.subtitle ?? '').not.toContain('150000');
  });

  it('validates the query', async () => {
    const headers = bearer(a.users.admin.token);
    for (const query of ['q=', `q=${'x'.repeat(201)}`, 'q=%00abc', 'q=abc&limit=500', 'q=abc&tenantId=x']) {
      const res = await h.app.inject({ method: 'GET', url: `/api/v1/search?${query}`, headers });
      expect(res.statusCode, query).toBe(400);
    }
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/search?q=abc' })).statusCode).toBe(401);
  });

  it('is described in the OpenAPI document', async () => {
    const paths = Object.keys(
      (await h.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{ paths: object }>().paths,
    );
    expect(paths).toEqual(expect.arrayContaining(['/search', '/imports/{id}']));
  });
});
