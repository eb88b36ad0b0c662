import { hashToken } from '@crm/core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { session, signUp } from './support/auth-helpers.js';
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

interface KeyView {
  id: string;
  name: string;
  prefix: string;
  userId: string;
  revokedAt: string | null;
}

/** A signed-in member of tenant A with the given role (sessions may create keys; API keys may not). */
async function memberSession(role: 'admin' | 'sales_rep' | 'viewer'): Promise<string> {
  const user = await signUp(h);
  await h.t.db.withTenant(a.tenantId, (db) =>
    db.membership.create({
      data: { tenantId: a.tenantId, id: user.userId, userId: user.userId, roleId: a.roleIds[role] },
    }),
  );
  const switched = await h.app.inject({
    method: 'POST',
    url: '/api/v1/auth/switch-tenant',
    headers: session(user.token),
    payload: { tenantId: a.tenantId },
  });
  expect(switched.statusCode).toBe(200);
  return user.token;
}

const createKey = (token: string, name: string) =>
  h.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: session(token), payload: { name } });
const list = (headers: Record<string, string>) =>
  h.app.inject({ method: 'GET', url: '/api/v1/api-keys?limit=200', headers });
const revoke = (headers: Record<string, string>, id: string) =>
  h.app.inject({ method: 'DELETE', url: `/api/v1/api-keys/${id}`, headers });
const items = (res: LightMyRequestResponse) => res.json<{ items: KeyView[] }>().items;

describe('API keys', () => {
  it('creates a key whose token is shown once, stored only as its hash, and works as a bearer token', async () => {
    const admin = await memberSession('admin');
    const res = await createKey(admin, 'Zapier');
    expect(res.statusCode).toBe(201);
    const created = res.json<{
      id: string;
      name: string;
      prefix: string;
      token: string;
      createdAt: string;
    }>();
    expect(Object.keys(created).sort()).toEqual(['createdAt', 'id', 'name', 'prefix', 'token']);
    expect(created.token).toMatch(/^crm_key_[A-Za-z0-9_-]{43}$/);
    expect(created.token.startsWith(created.prefix)).toBe(true);
    expect(created.prefix).toHaveLength(16);

    const stored = await h.t.db.withTenant(a.tenantId, (db) =>
      db.apiKey.findFirstOrThrow({ where: { id: created.id } }),
    );
    expect(stored.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(stored)).not.toContain(created.token);

    expect(
      (await h.app.inject({ method: 'GET', url: '/api/v1/contacts', headers: bearer(created.token) }))
        .statusCode,
    ).toBe(200);
    const listed = await list(session(admin));
    expect(listed.body).not.toContain(created.token);
    expect(items(listed).find((k) => k.id === created.id)).toMatchObject({
      name: 'Zapier',
      prefix: created.prefix,
      revokedAt: null,
    });
    const audit = await h.t.db.withTenant(a.tenantId, (db) =>
      db.auditLog.findMany({ where: { recordId: created.id }, select: { action: true, after: true } }),
    );
    expect(audit.map((e) => e.action)).toEqual(['apiKey.created']);
    expect(JSON.stringify(audit)).not.toContain(created.token.slice(16));
  });

  it('stops a revoked key at once', async () => {
    const rep = await memberSession('sales_rep');
    const created = (await createKey(rep, 'script')).json<{ id: string; token: string }>();
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/v1/contacts', headers: bearer(created.token) }))
        .statusCode,
    ).toBe(200);
    const res = await revoke(session(rep), created.id);
    expect(res.statusCode).toBe(200);
    expect(res.json<KeyView>().revokedAt).not.toBeNull();
    const after = await h.app.inject({
      method: 'GET',
      url: '/api/v1/contacts',
      headers: bearer(created.token),
    });
    expect(after.statusCode).toBe(401);
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer(created.token) }))
        .statusCode,
    ).toBe(401);
    // Idempotent.
    expect((await revoke(session(rep), created.id)).statusCode).toBe(200);
  });

  it('lets members see and revoke only their own keys; a tenant admin manages all', async () => {
    const rep = await memberSession('sales_rep');
    const viewer = await memberSession('viewer');
    const admin = await memberSession('admin');
    const repKey = (await createKey(rep, 'rep key')).json<{ id: string; token: string }>();
    const viewerKey = (await createKey(viewer, 'viewer key')).json<{ id: string }>();

    const seenByViewer = items(await list(session(viewer)));
    expect(seenByViewer.map((k) => k.id)).toEqual([viewerKey.id]);
    const seenByAdmin = items(await list(session(admin)));
    expect(seenByAdmin.map((k) => k.id)).toEqual(expect.arrayContaining([repKey.id, viewerKey.id]));
    expect(new Set(seenByAdmin.map((k) => k.userId)).size).toBeGreaterThan(2);

    const foreign = await revoke(session(viewer), repKey.id);
    expect(foreign.statusCode).toBe(404);
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/v1/contacts', headers: bearer(repKey.token) }))
        .statusCode,
    ).toBe(200);
    expect((await revoke(session(admin), repKey.id)).statusCode).toBe(200);
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/v1/contacts', headers: bearer(repKey.token) }))
        .statusCode,
    ).toBe(401);
  });

  it("never reaches another tenant's keys", async () => {
    const bKey = await h.t.db.withTenant(b.tenantId, (db) =>
      db.apiKey.findFirstOrThrow({ select: { id: true } }),
    );
    const res = await revoke(bearer(a.users.admin.token), bKey.id);
    expect(res.statusCode).toBe(404);
    const listed = items(await list(bearer(a.users.admin.token)));
    expect(listed.every((k) => Object.values(b.users).every((u) => u.userId !== k.userId))).toBe(true);
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/v1/contacts', headers: bearer(b.users.admin.token) }))
        .statusCode,
    ).toBe(200);
  });

  it('refuses to mint a key with a key (a leaked key cannot outlive its revocation)', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: bearer(a.users.admin.token),
      payload: { name: 'child' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('pages the list with a cursor and validates input', async () => {
    const admin = await memberSession('admin');
    for (const name of ['p1', 'p2', 'p3']) await createKey(admin, name);
    const first = await h.app.inject({
      method: 'GET',
      url: '/api/v1/api-keys?limit=2',
      headers: session(admin),
    });
    const page = first.json<{ items: KeyView[]; nextCursor: string }>();
    expect(page.items).toHaveLength(2);
    const next = await h.app.inject({
      method: 'GET',
      url: `/api/v1/api-keys?limit=2&cursor=${page.nextCursor}`,
      headers: session(admin),
    });
    const ids = new Set([...page.items, ...items(next)].map((k) => k.id));
    expect(ids.size).toBe(page.items.length + items(next).length);
    expect((await createKey(admin, '')).statusCode).toBe(400);
    expect(
      (
        await h.app.inject({
          method: 'POST',
          url: '/api/v1/api-keys',
          headers: session(admin),
          payload: { name: 'x', userId: a.users.admin.userId },
        })
      ).statusCode,
    ).toBe(400);
  });
});
