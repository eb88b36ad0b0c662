import { hashToken, sessionPolicy, type TenantDb } from '@crm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMe, logIn, session, sessionTokenOf, signUp, uniqueEmail } from './support/auth-helpers.js';
import { bearer, createTestApp, createTestTenant, type TestApp } from './support/test-app.js';

let h: TestApp;
beforeAll(async () => {
  h = await createTestApp();
});
afterAll(async () => h.close());

function platform<T>(work: (db: TenantDb) => Promise<T>): Promise<T> {
  return h.t.db.withPlatform(work);
}

function post(url: string, token: string, payload: object = {}) {
  return h.app.inject({ method: 'POST', url, headers: session(token), payload });
}

const listContacts = (token: string) =>
  h.app.inject({ method: 'GET', url: '/api/v1/contacts', headers: session(token) });

describe('GET /api/v1/auth/me', () => {
  it('describes the user, active tenant, role, packed CASL rules and the tenants', async () => {
    const owner = await signUp(h, { workspaceName: 'Me Inc' });
    const me = await getMe(h, owner.token);
    expect(me.statusCode).toBe(200);
    const body = me.json<{ user: object; roleKey: string; rules: unknown[][]; tenants: object[] }>();
    expect(body.user).toEqual({ id: owner.userId, name: 'Owner', email: owner.email });
    expect(body.roleKey).toBe('admin');
    // packRules: [actions joined by ",", subject, ...]
    const contactRule = body.rules.find((rule) => rule[1] === 'Contact');
    expect(String(contactRule?.[0]).split(',')).toEqual(expect.arrayContaining(['read', 'create', 'delete']));
    expect(body.tenants).toEqual([{ id: owner.tenantId, name: 'Me Inc', roleKey: 'admin' }]);
    expect((await h.app.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
  });

  it("packs a narrower role's conditions, and tells an API key about its own tenant only", async () => {
    const tenant = await createTestTenant(h, 'Rules');
    const res = await h.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: bearer(tenant.users.sales_rep.token),
    });
    const body = res.json<{ roleKey: string; rules: unknown[][]; tenants: { id: string }[] }>();
    expect(body.roleKey).toBe('sales_rep');
    const contactRule = body.rules.find((rule) => rule[1] === 'Contact');
    expect(contactRule?.[2]).toEqual({ ownerId: tenant.users.sales_rep.userId });
    expect(body.rules.some((rule) => rule[1] === 'ApiKey')).toBe(false);
    expect(body.tenants.map((t) => t.id)).toEqual([tenant.tenantId]);
  });
});

describe('POST /api/v1/auth/switch-tenant', () => {
  it('switches only to a tenant the user is an active member of', async () => {
    const owner = await signUp(h, { workspaceName: 'Home' });
    const other = await signUp(h, { workspaceName: 'Elsewhere' });
    const second = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { workspaceName: 'Second', name: 'x', email: owner.email, password: owner.password },
    });
    const secondId = second.json<{ tenant: { id: string } }>().tenant.id;

    const switched = await post('/api/v1/auth/switch-tenant', owner.token, { tenantId: secondId });
    expect(switched.statusCode).toBe(200);
    expect(switched.json()).toEqual({ tenant: { id: secondId, name: 'Second' }, roleKey: 'admin' });
    expect((await getMe(h, owner.token)).json<{ tenant: { id: string } }>().tenant.id).toBe(secondId);

    const foreign = await post('/api/v1/auth/switch-tenant', owner.token, { tenantId: other.tenantId });
    expect(foreign.statusCode).toBe(404);
    const unknown = await post('/api/v1/auth/switch-tenant', owner.token, {
      tenantId: '01900000-0000-7000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual(foreign.json());

    await h.t.db.withTenant(owner.tenantId, (db) =>
      db.membership.updateMany({ data: { disabledAt: new Date() } }),
    );
    expect(
      (await post('/api/v1/auth/switch-tenant', owner.token, { tenantId: owner.tenantId })).statusCode,
    ).toBe(404);
  });

  it('refuses API keys, which belong to one tenant', async () => {
    const tenant = await createTestTenant(h, 'Keyed');
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/switch-tenant',
      headers: bearer(tenant.users.admin.token),
      payload: { tenantId: tenant.tenantId },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('POST /api/v1/auth/change-password', () => {
  it('needs the current password, ends every session and starts a new one for the caller', async () => {
    const owner = await signUp(h);
    const elsewhere = sessionTokenOf(await logIn(h, owner.email, owner.password)) ?? '';
    const wrong = await post('/api/v1/auth/change-password', owner.token, {
      currentPassword: 'not it at all',
      newPassword: 'a brand new passphrase',
    });
    expect(wrong.statusCode).toBe(400);
    expect(
      wrong.json<{ error: { details: { fields: { field: string }[] } } }>().error.details.fields[0]?.field,
    ).toBe('currentPassword');
    const weak = await post('/api/v1/auth/change-password', owner.token, {
      currentPassword: owner.password,
      newPassword: 'password123',
    });
    expect(weak.statusCode).toBe(400);

    const before = new Date();
    const res = await post('/api/v1/auth/change-password', owner.token, {
      currentPassword: owner.password,
      newPassword: 'a brand new passphrase',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ passwordChanged: true, sessionsEnded: 2 });
    const fresh = sessionTokenOf(res) ?? '';
    expect(fresh).not.toBe(owner.token);
    expect((await getMe(h, owner.token)).statusCode).toBe(401);
    expect((await getMe(h, elsewhere)).statusCode).toBe(401);
    expect((await getMe(h, fresh)).statusCode).toBe(200);
    expect((await listContacts(fresh)).statusCode).toBe(200);

    expect((await logIn(h, owner.email, owner.password)).statusCode).toBe(401);
    expect((await logIn(h, owner.email, 'a brand new passphrase')).statusCode).toBe(200);
    const user = await platform((db) =>
      db.user.findUniqueOrThrow({ where: { id: owner.userId }, select: { passwordChangedAt: true } }),
    );
    expect(user.passwordChangedAt?.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    const audit = await h.t.db.withTenant(owner.tenantId, (db) =>
      db.auditLog.findMany({ select: { action: true, before: true, after: true } }),
    );
    expect(audit.map((a) => a.action)).toContain('auth.password_changed');
    expect(JSON.stringify(audit)).not.toMatch(/passphrase|crm_sess_/);
  });
});

describe('session lifetime (ASVS v7.3, A7 #13)', () => {
  it('ends a session idle for longer than the idle timeout', async () => {
    const owner = await signUp(h);
    const idleSince = new Date(Date.now() - sessionPolicy.idleTimeoutMs - 1000);
    await platform((db) =>
      db.session.update({ where: { id: hashToken(owner.token) }, data: { lastSeenAt: idleSince } }),
    );
    expect((await getMe(h, owner.token)).statusCode).toBe(401);
    expect((await listContacts(owner.token)).statusCode).toBe(401);
  });

  it('keeps an active session alive by recording use, within the idle timeout', async () => {
    const owner = await signUp(h);
    const recently = new Date(Date.now() - sessionPolicy.idleTimeoutMs + 60_000);
    await platform((db) =>
      db.session.update({ where: { id: hashToken(owner.token) }, data: { lastSeenAt: recently } }),
    );
    expect((await getMe(h, owner.token)).statusCode).toBe(200);
    const row = await platform((db) =>
      db.session.findUniqueOrThrow({ where: { id: hashToken(owner.token) }, select: { lastSeenAt: true } }),
    );
    expect(row.lastSeenAt.getTime()).toBeGreaterThan(recently.getTime());
  });

  it('ends a session at its absolute lifetime, however active', async () => {
    const owner = await signUp(h);
    await platform((db) =>
      db.session.update({
        where: { id: hashToken(owner.token) },
        data: { expiresAt: new Date(Date.now() - 1000) },
      }),
    );
    expect((await getMe(h, owner.token)).statusCode).toBe(401);
    expect((await listContacts(owner.token)).statusCode).toBe(401);
  });

  it('ends all access of a disabled user, and refuses their sign-in like a wrong password', async () => {
    const owner = await signUp(h);
    await platform((db) => db.user.update({ where: { id: owner.userId }, data: { disabledAt: new Date() } }));
    expect((await getMe(h, owner.token)).statusCode).toBe(401);
    expect((await listContacts(owner.token)).statusCode).toBe(401);
    const login = await logIn(h, owner.email, owner.password);
    const unknown = await logIn(h, uniqueEmail('nobody'), owner.password);
    expect(login.statusCode).toBe(401);
    expect(login.json()).toEqual(unknown.json());
  });

  it('ends access to a tenant at once when the membership is disabled', async () => {
    const owner = await signUp(h);
    expect((await listContacts(owner.token)).statusCode).toBe(200);
    await h.t.db.withTenant(owner.tenantId, (db) =>
      db.membership.updateMany({ data: { disabledAt: new Date() } }),
    );
    expect((await listContacts(owner.token)).statusCode).toBe(401);
    expect((await getMe(h, owner.token)).json()).toMatchObject({
      tenant: null,
      roleKey: null,
      rules: [],
      tenants: [],
    });
  });
});

describe('over tRPC', () => {
  it('answers auth.me and auth.logout called with no input at all', async () => {
    const owner = await signUp(h);
    const me = await h.app.inject({ method: 'GET', url: '/trpc/auth.me', headers: session(owner.token) });
    expect(me.statusCode).toBe(200);
    expect(me.json<{ result: { data: { user: { id: string } } } }>().result.data.user.id).toBe(owner.userId);
    const out = await h.app.inject({
      method: 'POST',
      url: '/trpc/auth.logout',
      headers: { ...session(owner.token), 'content-type': 'application/json' },
    });
    expect(out.statusCode).toBe(200);
    expect((await getMe(h, owner.token)).statusCode).toBe(401);
  });

  it('answers a batch of many procedures (a path longer than Fastify’s default 100-character parameter)', async () => {
    const owner = await signUp(h);
    const paths = Array.from({ length: 20 }, () => 'auth.me').join(',');
    const input = encodeURIComponent(JSON.stringify({}));
    const batch = await h.app.inject({
      method: 'GET',
      url: `/trpc/${paths}?batch=1&input=${input}`,
      headers: session(owner.token),
    });
    expect(batch.statusCode).toBe(200);
    expect(batch.json<unknown[]>()).toHaveLength(20);
  });
});
