import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('REST contacts', () => {
  it('creates, reads, lists, updates with optimistic concurrency and deletes', async () => {
    const admin = bearer(a.users.admin.token);
    const created = await h.app.inject({
      method: 'POST',
      url: '/api/v1/contacts',
      headers: admin,
      payload: {
        firstName: 'Иван',
        lastName: 'Петров',
        emails: ['Ivan@Example.com'],
        phones: ['+7 900 123-45-67'],
      },
    });
    expect(created.statusCode).toBe(201);
    const contact = created.json<{ id: string; version: number; emails: string[]; tenantId: string }>();
    expect(contact.emails).toEqual(['ivan@example.com']);
    expect(contact.version).toBe(1);
    expect(contact.tenantId).toBe(a.tenantId);

    const got = await h.app.inject({ method: 'GET', url: `/api/v1/contacts/${contact.id}`, headers: admin });
    expect(got.statusCode).toBe(200);

    const list = await h.app.inject({
      method: 'GET',
      url: '/api/v1/contacts?limit=10&search=петр',
      headers: admin,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json<{ items: { id: string }[] }>().items.map((c) => c.id)).toEqual([contact.id]);

    const patched = await h.app.inject({
      method: 'PATCH',
      url: `/api/v1/contacts/${contact.id}`,
      headers: admin,
      payload: { expectedVersion: 1, position: 'CFO' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json<{ version: number }>().version).toBe(2);

    const stale = await h.app.inject({
      method: 'PATCH',
      url: `/api/v1/contacts/${contact.id}`,
      headers: admin,
      payload: { expectedVersion: 1, position: 'CEO' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { code: string } }>().error.code).toBe('CONFLICT');

    const fromB = await h.app.inject({
      method: 'GET',
      url: `/api/v1/contacts/${contact.id}`,
      headers: bearer(b.users.admin.token),
    });
    expect(fromB.statusCode).toBe(404);

    const deleted = await h.app.inject({
      method: 'DELETE',
      url: `/api/v1/contacts/${contact.id}`,
      headers: admin,
    });
    expect(deleted.statusCode).toBe(200);
    const gone = await h.app.inject({ method: 'GET', url: `/api/v1/contacts/${contact.id}`, headers: admin });
    expect(gone.statusCode).toBe(404);
  });

  it('names every invalid field and writes nothing', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/contacts',
      headers: bearer(a.users.admin.token),
      payload: { firstName: '', emails: ['not-an-email'], tenantId: b.tenantId },
    });
    expect(res.statusCode).toBe(400);
    const fields = res
      .json<{ error: { details: { fields: { field: string }[] } } }>()
      .error.details.fields.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['firstName', 'emails.0']));
    expect(fields.some((f) => f === 'tenantId' || f === '')).toBe(true);
  });

  it('refuses requests without credentials', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/v1/contacts' });
    expect(res.statusCode).toBe(401);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('UNAUTHORIZED');
  });

  it('lets a sales rep see only own contacts', async () => {
    const rep = bearer(a.users.sales_rep.token);
    const mine = await h.app.inject({
      method: 'POST',
      url: '/api/v1/contacts',
      headers: rep,
      payload: { firstName: 'Own' },
    });
    expect(mine.statusCode).toBe(201);
    await h.app.inject({
      method: 'POST',
      url: '/api/v1/contacts',
      headers: bearer(a.users.admin.token),
      payload: { firstName: 'Other' },
    });
    const list = await h.app.inject({ method: 'GET', url: '/api/v1/contacts', headers: rep });
    const names = list.json<{ items: { firstName: string }[] }>().items.map((c) => c.firstName);
    expect(names).toEqual(['Own']);
  });

  it('serves the OpenAPI document', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json<{ paths: object }>().paths)).toContain('/contacts/{id}');
  });
});
