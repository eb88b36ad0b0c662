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

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Roles');
});
afterAll(async () => h.close());

const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, token: string, payload?: object) =>
  h.app.inject({ method, url: `/api/v1${url}`, headers: bearer(token), ...(payload ? { payload } : {}) });

describe('custom roles', () => {
  it('lets an admin define a role whose permissions apply to its members at once', async () => {
    const admin = a.users.admin.token;
    const created = await call('POST', '/roles', admin, {
      name: 'Call centre',
      permissions: { grants: { Contact: { actions: ['read'], scope: 'all' } }, seesSensitiveFields: false },
    });
    expect(created.statusCode).toBe(201);
    const role = created.json<{ id: string; key: string }>();
    expect(role.key).toBe('custom_call_centre');

    // Move the viewer into the custom role: contacts readable, accounts no longer.
    const moved = await call('PATCH', `/members/${a.users.viewer.userId}`, admin, { roleKey: role.key });
    expect(moved.statusCode).toBe(200);
    const viewer = a.users.viewer.token;
    expect((await call('GET', '/contacts', viewer)).statusCode).toBe(200);
    expect((await call('GET', '/accounts', viewer)).statusCode).toBe(403);

    // Widen the role: the next request sees it.
    const widened = await call('PATCH', `/roles/${role.id}`, admin, {
      permissions: {
        grants: {
          Contact: { actions: ['read'], scope: 'all' },
          Account: { actions: ['read'], scope: 'all' },
        },
        seesSensitiveFields: false,
      },
    });
    expect(widened.statusCode).toBe(200);
    expect((await call('GET', '/accounts', viewer)).statusCode).toBe(200);

    // In use: cannot be deleted.
    expect((await call('DELETE', `/roles/${role.id}`, admin)).statusCode).toBe(409);
  });

  it('keeps system roles fixed and refuses non-admins', async () => {
    const list = await call('GET', '/roles', a.users.admin.token);
    const system = list
      .json<{ items: { id: string; key: string; isSystem: boolean }[] }>()
      .items.find((r) => r.key === 'sales_rep');
    expect(system?.isSystem).toBe(true);
    expect(
      (await call('PATCH', `/roles/${system?.id ?? ''}`, a.users.admin.token, { name: 'Renamed' }))
        .statusCode,
    ).toBe(409);
    const rep = await call('POST', '/roles', a.users.sales_rep.token, {
      name: 'Mine',
      permissions: { grants: {}, seesSensitiveFields: true },
    });
    expect(rep.statusCode).toBe(403);
  });

  it('names invalid permission fields', async () => {
    const res = await call('POST', '/roles', a.users.admin.token, {
      name: 'Broken',
      permissions: { grants: { Contact: { actions: ['fly'], scope: 'galaxy' } }, seesSensitiveFields: 'yes' },
    });
    expect(res.statusCode).toBe(400);
    const fields = res
      .json<{ error: { details: { fields: { field: string }[] } } }>()
      .error.details.fields.map((f) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'permissions.grants.Contact.actions.0',
        'permissions.grants.Contact.scope',
        'permissions.seesSensitiveFields',
      ]),
    );
  });
});

describe('teams', () => {
  it("gives a manager's team scope over the team's records", async () => {
    const admin = a.users.admin.token;
    const rep = a.users.sales_rep;
    const repContact = await call('POST', '/contacts', rep.token, { firstName: 'Rep client' });
    expect(repContact.statusCode).toBe(201);
    const manager = a.users.sales_manager.token;
    const before = await call('GET', '/contacts', manager);
    expect(before.json<{ items: { firstName: string }[] }>().items.map((c) => c.firstName)).not.toContain(
      'Rep client',
    );

    const team = await call('POST', '/teams', admin, {
      name: 'Москва',
      members: [
        { userId: a.users.sales_manager.userId, isManager: true },
        { userId: rep.userId, isManager: false },
      ],
    });
    expect(team.statusCode).toBe(201);
    const after = await call('GET', '/contacts', manager);
    expect(after.json<{ items: { firstName: string }[] }>().items.map((c) => c.firstName)).toContain(
      'Rep client',
    );

    const duplicate = await call('POST', '/teams', admin, { name: 'Москва' });
    expect(duplicate.statusCode).toBe(409);
    const stranger = await call('POST', '/teams', admin, {
      name: 'Ghosts',
      members: [{ userId: '00000000-0000-7000-8000-000000000000' }],
    });
    expect(stranger.statusCode).toBe(400);
  });
});
