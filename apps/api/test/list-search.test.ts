import type { TenantDb } from '@crm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  createTestApp,
  createTestTenant,
  type TestApp,
  type TestTenant,
} from './support/test-app.js';

// The lists' `search=` and `email=` filters, served by the crm_list_search_* functions (migration 006).

type Role = keyof TestTenant['users'];
interface Page {
  items: { id: string; tenantId: string }[];
  nextCursor: string | null;
}

let h: TestApp;
let a: TestTenant;
let b: TestTenant;
const ids: Record<string, string> = {};

async function create(tenant: TestTenant, path: string, payload: object, role: Role = 'admin') {
  const res = await h.app.inject({
    method: 'POST',
    url: `/api/v1/${path}`,
    headers: bearer(tenant.users[role].token),
    payload,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

async function page(tenant: TestTenant, url: string, role: Role = 'admin'): Promise<Page> {
  const res = await h.app.inject({
    method: 'GET',
    url: `/api/v1/${url}`,
    headers: bearer(tenant.users[role].token),
  });
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json<Page>();
  expect(body.items.every((item) => item.tenantId === tenant.tenantId)).toBe(true);
  return body;
}

/** The ids a list answers (one page of up to 200), sorted for comparison. */
const found = async (tenant: TestTenant, url: string, role: Role = 'admin') =>
  (await page(tenant, `${url}${url.includes('?') ? '&' : '?'}limit=200`, role)).items.map((i) => i.id).sort();
const q = encodeURIComponent;
const sorted = (...list: (string | undefined)[]) => list.map((id) => id ?? '').sort();

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Alpha');
  b = await createTestTenant(h, 'Beta');
  const petrov = { firstName: 'Иван', lastName: 'Петров', emails: ['Ivan.Petrov@Example.com'] };
  ids.petrov = await create(a, 'contacts', { ...petrov, phones: ['+7 900 555-12-34'] });
  ids.petrova = await create(a, 'contacts', { firstName: 'Анна', lastName: 'Петрова' });
  ids.sidorov = await create(a, 'contacts', {
    firstName: 'Олег',
    lastName: 'Сидоров',
    phones: ['8 (495) 111-22-33'],
  });
  ids.literal = await create(a, 'contacts', { firstName: 'Скидка', lastName: 'Ли_100%' });
  ids.repOwn = await create(a, 'contacts', { firstName: 'Сергей', lastName: 'Петровский' }, 'sales_rep');
  ids.trashed = await create(a, 'contacts', { firstName: 'Удалённый', lastName: 'Петров' });
  await h.app.inject({
    method: 'DELETE',
    url: `/api/v1/contacts/${ids.trashed}`,
    headers: bearer(a.users.admin.token),
  });
  // Tenant B holds the very same name, e-mail and phone, and more: none may ever reach A.
  ids.bPetrov = await create(b, 'contacts', { ...petrov, phones: ['+7 900 555-12-34'] });
  ids.bOnly = await create(b, 'contacts', {
    firstName: 'Борис',
    lastName: 'Петренко',
    emails: ['boris@beta.test'],
  });
  ids.account = await create(a, 'accounts', { name: 'ООО «Ромашка»', taxId: '7707083893' });
  ids.bAccount = await create(b, 'accounts', { name: 'ООО «Ромашка»', taxId: '7707083893' });
  ids.deal = await create(a, 'deals', { title: 'Поставка 100% оборудования' });
  ids.bDeal = await create(b, 'deals', { title: 'Поставка 100% оборудования' });
});
afterAll(async () => h.close());

describe('contact list search', () => {
  it('finds names by a fragment in any case, e-mails by a fragment or exactly, phones by their digits', async () => {
    const petr = sorted(ids.petrov, ids.petrova, ids.repOwn);
    expect(await found(a, `contacts?search=${q('петр')}`)).toEqual(petr);
    expect(await found(a, `contacts?search=${q('ПЕТРОВ ИВАН')}`)).toEqual([ids.petrov]);
    for (const term of ['ivan.petrov@', 'EXAMPLE.C', 'Ivan.Petrov@Example.com'])
      expect(await found(a, `contacts?search=${q(term)}`), term).toEqual([ids.petrov]);
    expect(await found(a, `contacts?email=${q('IVAN.PETROV@example.com')}`)).toEqual([ids.petrov]);
    expect(await found(a, `contacts?email=${q('ivan.petrov@')}`)).toEqual([]);
    expect(await found(a, `contacts?search=${q('петр')}&email=${q('ivan.petrov@example.com')}`)).toEqual([
      ids.petrov,
    ]);
    for (const term of ['900 555', '+7 (900) 555-12-34', '79005551234', '12-34'])
      expect(await found(a, `contacts?search=${q(term)}`), term).toEqual([ids.petrov]);
    expect(await found(a, `contacts?search=${q('(495) 111')}`)).toEqual([ids.sidorov]);
    expect(await found(a, `contacts?search=${q('Ли_100%')}`)).toEqual([ids.literal]);
    expect(await found(a, `contacts?search=${q('%')}`)).toEqual([ids.literal]);
    expect(await found(a, `contacts?search=${q('и_о')}`)).toEqual([]);
    expect(await found(a, `contacts?search=${q('петр')}&deleted=only`)).toEqual([ids.trashed]);
  });

  it("never answers another tenant's records, even when they match", async () => {
    expect(await found(a, `contacts?search=${q('Петренко')}`)).toEqual([]);
    expect(await found(a, `contacts?search=${q('boris@')}`)).toEqual([]);
    expect(await found(a, `contacts?email=${q('boris@beta.test')}`)).toEqual([]);
    expect(await found(b, `contacts?search=${q('петр')}`)).toEqual(sorted(ids.bPetrov, ids.bOnly));
    expect(await found(b, `contacts?search=${q('900 555')}`)).toEqual([ids.bPetrov]);
    // The function itself: the tenant comes from the unit of work, never from a parameter; a
    // position (after_id) in another tenant is no position; without a tenant there is nothing.
    const call = (afterId: string | null) => (db: TenantDb) =>
      db.$queryRaw<{ id: string }[]>`
        SELECT "id"::text AS "id" FROM crm_list_search_contacts('петр', NULL, NULL, ARRAY['name', 'email'],
          false, 'updatedAt', true, NULL, ${afterId}::uuid, 100)`;
    const inA = await h.t.db.withTenant(a.tenantId, call(null));
    expect(inA.map((r) => r.id).sort()).toEqual(sorted(ids.petrov, ids.petrova, ids.repOwn));
    expect(await h.t.db.withTenant(a.tenantId, call(ids.bOnly ?? null))).toEqual([]);
    expect(await h.t.db.withPlatform(call(null))).toEqual([]);
  });

  it("keeps a rep to the rep's own records and narrows by ownerId", async () => {
    const rep = a.users.sales_rep.userId;
    expect(await found(a, `contacts?search=${q('петр')}`, 'sales_rep')).toEqual([ids.repOwn]);
    expect(await found(a, `contacts?search=${q('900 555')}`, 'sales_rep')).toEqual([]);
    expect(await found(a, `contacts?email=${q('ivan.petrov@example.com')}`, 'sales_rep')).toEqual([]);
    expect(await found(a, `contacts?search=${q('петр')}&ownerId=${rep}`)).toEqual([ids.repOwn]);
    const admin = a.users.admin.userId;
    expect(await found(a, `contacts?search=${q('петр')}&ownerId=${admin}`, 'sales_rep')).toEqual([]);
  });

  it('does not match fields hidden from the role', async () => {
    const admin = bearer(a.users.admin.token);
    const role = await h.app.inject({
      method: 'POST',
      url: '/api/v1/roles',
      headers: admin,
      payload: {
        name: 'No contact keys',
        permissions: {
          grants: { Contact: { actions: ['read'], scope: 'all' } },
          seesSensitiveFields: false,
          hiddenFields: { Contact: ['emails', 'phones'] },
        },
      },
    });
    expect(role.statusCode, role.body).toBe(201);
    const roleKey = role.json<{ key: string }>().key;
    const moved = await h.app.inject({
      method: 'PATCH',
      url: `/api/v1/members/${a.users.viewer.userId}`,
      headers: admin,
      payload: { roleKey },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    for (const query of [`search=${q('900 555')}`, `search=${q('ivan.petrov@')}`])
      expect(await found(a, `contacts?${query}`, 'viewer'), query).toEqual([]);
    // A filter on a hidden field is refused outright (field-visibility.test.ts).
    const byEmail = await h.app.inject({
      method: 'GET',
      url: `/api/v1/contacts?email=${q('ivan.petrov@example.com')}`,
      headers: bearer(a.users.viewer.token),
    });
    expect(byEmail.statusCode).toBe(403);
    expect(await found(a, `contacts?search=${q('Петрова')}`, 'viewer')).toEqual([ids.petrova]);
  });
});

describe('paging a searched list', () => {
  it('answers every match exactly once, in order, in every sort and with other filters', async () => {
    const c = await createTestTenant(h, 'Paging');
    const names = ['Ян', 'Ада', 'Ева', 'Лев', 'Ада', 'Ким', 'Ия', 'Ной', 'Ян', 'Ева', 'Ума', 'Ася'];
    const made: string[] = [];
    for (const firstName of names) made.push(await create(c, 'contacts', { firstName, lastName: 'Пагинов' }));
    await create(c, 'contacts', { firstName: 'Другой', lastName: 'Контакт' });
    const tag = await create(c, 'tags', { name: 'vip' });
    const tagged = [made[0], made[5], made[11]].map((id) => id ?? '');
    const assign = { recordType: 'contact', recordIds: tagged };
    await h.app.inject({
      method: 'POST',
      url: `/api/v1/tags/${tag}/assign`,
      headers: bearer(c.users.admin.token),
      payload: assign,
    });
    const walk = async (query: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const next: Page = await page(c, `contacts?${query}&limit=5${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...next.items.map((i) => i.id));
        cursor = next.nextCursor;
      } while (cursor !== null && seen.length <= made.length);
      return seen;
    };
    for (const sort of ['-updatedAt', 'updatedAt', 'firstName', '-firstName', '-createdAt']) {
      const all = (await page(c, `contacts?sort=${sort}&limit=200`)).items.map((i) => i.id);
      const expected = all.filter((id) => made.includes(id));
      expect(await walk(`search=${q('пагин')}&sort=${sort}`), sort).toEqual(expected);
      expect(await walk(`search=${q('пагин')}&sort=${sort}&tagId=${tag}`), sort).toEqual(
        expected.filter((id) => tagged.includes(id)),
      );
    }
  });

  it('examines at most 10 000 matches for one page, then ends the page early with a cursor', async () => {
    const d = await createTestTenant(h, 'Many');
    const account = await create(d, 'accounts', { name: 'Связь' });
    const last = await h.t.db.withTenant(d.tenantId, async (db) => {
      await db.$executeRaw`
        INSERT INTO "Contact" ("tenantId", "id", "firstName", "lastName")
        SELECT ${d.tenantId}::uuid, gen_random_uuid(), 'Кап', 'Капов ' || g FROM generate_series(1, 10050) g`;
      // All share one "updatedAt": the list's last is the smallest id.
      const rows = await db.$queryRaw<
        { id: string }[]
      >`SELECT "id"::text AS "id" FROM "Contact" ORDER BY "id" LIMIT 1`;
      const id = rows[0]?.id ?? '';
      await db.$executeRaw`INSERT INTO "AccountContact" ("tenantId", "accountId", "contactId")
        VALUES (${d.tenantId}::uuid, ${account}::uuid, ${id}::uuid)`;
      return id;
    });
    const first = await page(d, `contacts?search=${q('капов')}&accountId=${account}&limit=10`);
    expect(first.items).toEqual([]);
    expect(first.nextCursor).not.toBeNull();
    const second = await page(
      d,
      `contacts?search=${q('капов')}&accountId=${account}&limit=10&cursor=${first.nextCursor ?? ''}`,
    );
    expect(second.items.map((i) => i.id)).toEqual([last]);
    expect(second.nextCursor).toBeNull();
    const plain = await page(d, `contacts?search=${q('капов 10')}&limit=3`);
    expect(plain.items).toHaveLength(3);
    expect(plain.nextCursor).not.toBeNull();
  });
});

describe('account and deal list search', () => {
  it('finds accounts by a name fragment or the tax id in any spelling, in the tenant and scope only', async () => {
    for (const term of ['ромаш', 'RU 7707083893', '7707-083-893'])
      expect(await found(a, `accounts?search=${q(term)}`), term).toEqual([ids.account]);
    expect(await found(a, `accounts?search=${q('ромаш')}`, 'sales_rep')).toEqual([]);
    expect(await found(b, `accounts?search=${q('ромаш')}`)).toEqual([ids.bAccount]);
  });

  it('finds deals by a title fragment, literally, in the tenant and scope only', async () => {
    for (const term of ['100%', 'ОБОРУД'])
      expect(await found(a, `deals?search=${q(term)}`), term).toEqual([ids.deal]);
    expect(await found(a, `deals?search=${q('10_%')}`)).toEqual([]);
    expect(await found(a, `deals?search=${q('оборуд')}`, 'sales_rep')).toEqual([]);
    expect(await found(b, `deals?search=${q('оборуд')}`)).toEqual([ids.bDeal]);
  });
});

describe('the list search functions in the catalog', () => {
  it('are SECURITY DEFINER, owned by crm_system, with a fixed search_path, executable by crm_app only', async () => {
    const functions = await h.t.db.withPlatform(
      (db) => db.$queryRaw<
        { name: string; definer: boolean; owner: string; config: string[] | null; grantees: string[] }[]
      >`
        SELECT p."proname"::text AS "name", p."prosecdef" AS "definer", pg_get_userbyid(p."proowner")::text AS "owner",
          p."proconfig" AS "config",
          ARRAY(SELECT CASE WHEN acl."grantee" = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(acl."grantee")::text END
                FROM aclexplode(coalesce(p."proacl", acldefault('f', p."proowner"))) acl
                WHERE acl."privilege_type" = 'EXECUTE' ORDER BY 1) AS "grantees"
        FROM pg_proc p JOIN pg_namespace n ON n."oid" = p."pronamespace"
        WHERE n."nspname" = 'public' AND (p."prosecdef" OR p."proname" LIKE 'crm\\_list\\_search\\_%')
        ORDER BY 1`,
    );
    const listSearch = functions.filter((f) => f.name.startsWith('crm_list_search_')).map((f) => f.name);
    expect(listSearch).toEqual([
      'crm_list_search_accounts',
      'crm_list_search_contacts',
      'crm_list_search_deals',
    ]);
    const [helper] = await h.t.db.withPlatform(
      (db) =>
        db.$queryRaw<{ app: boolean }[]>`SELECT has_function_privilege('crm_app',
        'crm_list_window(text, text, text, boolean, boolean, uuid)', 'EXECUTE') AS "app"`,
    );
    expect(helper?.app).toBe(false);
    const callable = functions.filter((f) => f.grantees.includes('crm_app')).map((f) => f.name);
    expect(callable).toEqual(
      expect.arrayContaining([...listSearch, 'crm_search_contacts', 'crm_search_deals']),
    );
    // Every SECURITY DEFINER function, these and the earlier ones: owned by crm_system, not PUBLIC; the
    // application may call the ones it needs, the rest (trigger functions, helpers) only crm_system.
    for (const f of functions) {
      expect(f, f.name).toMatchObject({ definer: true, owner: 'crm_system' });
      expect(['crm_app,crm_system', 'crm_system'], f.name).toContain(f.grantees.join(','));
      expect(
        f.config?.some((setting) => setting.startsWith('search_path=')),
        f.name,
      ).toBe(true);
    }
  });
});
