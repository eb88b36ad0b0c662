import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restClient, type ErrorBody } from './support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from './support/test-app.js';

interface View {
  id: string;
  name: string;
  ownerId: string;
  shared: boolean;
  definition: { search?: string; sort?: string; filters: Record<string, string>; columns: string[] };
}

let h: TestApp;
let a: TestTenant;
let b: TestTenant;
const { call } = restClient(() => h);

async function save(token: string, name: string, shared: boolean): Promise<View> {
  const res = await call<View>(token, 'POST', '/saved-views', {
    objectType: 'contact',
    name,
    shared,
    definition: { search: 'ivan', sort: '-updatedAt', filters: { 'cf.region': 'north' }, columns: ['name'] },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}
const listed = async (token: string) =>
  (await call<{ items: View[] }>(token, 'GET', '/saved-views?objectType=contact')).body.items.map(
    (v) => v.name,
  );

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Alpha');
  b = await createTestTenant(h, 'Beta');
});
afterAll(async () => h.close());

describe('saved views', () => {
  it('keeps personal views to their owner and shows shared ones to the workspace only', async () => {
    const mine = await save(a.users.sales_rep.token, 'My hot leads', false);
    expect(mine.definition).toEqual({
      search: 'ivan',
      sort: '-updatedAt',
      filters: { 'cf.region': 'north' },
      columns: ['name'],
    });
    await save(a.users.sales_manager.token, 'Team pipeline', true);
    expect(await listed(a.users.sales_rep.token)).toEqual(['Team pipeline', 'My hot leads']);
    expect(await listed(a.users.marketer.token)).toEqual(['Team pipeline']);
    expect(await listed(b.users.admin.token)).toEqual([]);
  });

  it('refuses a second view of the same name for the same owner, naming the field', async () => {
    await save(a.users.viewer.token, 'Dup', false);
    const res = await call<ErrorBody>(a.users.viewer.token, 'POST', '/saved-views', {
      objectType: 'contact',
      name: 'Dup',
      definition: {},
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('name');
  });

  it('refuses an owner filter naming someone outside the workspace', async () => {
    const res = await call<ErrorBody>(a.users.admin.token, 'POST', '/saved-views', {
      objectType: 'deal',
      name: 'Foreign owner',
      definition: { ownerId: b.users.admin.userId },
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('definition.ownerId');
  });

  it('lets only the owner, or an admin for a shared view, delete it', async () => {
    const shared = await save(a.users.sales_rep.token, 'Shared by rep', true);
    const personal = await save(a.users.sales_rep.token, 'Private of rep', false);
    expect((await call(a.users.marketer.token, 'DELETE', `/saved-views/${shared.id}`)).status).toBe(403);
    expect((await call(a.users.admin.token, 'DELETE', `/saved-views/${personal.id}`)).status).toBe(404);
    expect((await call(b.users.admin.token, 'DELETE', `/saved-views/${shared.id}`)).status).toBe(404);
    expect((await call(a.users.admin.token, 'DELETE', `/saved-views/${shared.id}`)).status).toBe(200);
    expect((await call(a.users.sales_rep.token, 'DELETE', `/saved-views/${personal.id}`)).status).toBe(200);
    expect(await listed(a.users.sales_rep.token)).not.toContain('Shared by rep');
  });
});

describe('audit log', () => {
  it('lists the workspace trail newest first with filters, for admins only', async () => {
    const contact = await call<{ id: string }>(a.users.admin.token, 'POST', '/contacts', {
      firstName: 'Audited',
    });
    await call(a.users.admin.token, 'PATCH', `/contacts/${contact.body.id}`, { firstName: 'Audited again' });
    const res = await call<{ items: { action: string; recordId: string | null; at: string }[] }>(
      a.users.admin.token,
      'GET',
      `/audit-log?recordId=${contact.body.id}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.items.map((entry) => entry.action)).toEqual(['contact.updated', 'contact.created']);
    const filtered = await call<{ items: { action: string }[] }>(
      a.users.admin.token,
      'GET',
      '/audit-log?action=saved_view.',
    );
    expect(filtered.body.items.length).toBeGreaterThan(0);
    expect(filtered.body.items.every((entry) => entry.action.startsWith('saved_view.'))).toBe(true);
    const page = await call<{ items: unknown[]; nextCursor: string | null }>(
      a.users.admin.token,
      'GET',
      '/audit-log?limit=1',
    );
    expect(page.body.items).toHaveLength(1);
    expect(page.body.nextCursor).not.toBeNull();
    expect((await call(a.users.sales_rep.token, 'GET', '/audit-log')).status).toBe(403);
    const other = await call<{ items: unknown[] }>(
      b.users.admin.token,
      'GET',
      `/audit-log?recordId=${contact.body.id}`,
    );
    expect(other.body.items).toEqual([]);
  });
});
