import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMe, session, signUp, type SignedUp } from './support/auth-helpers.js';
import {
  bearer,
  createTestApp,
  createTestTenant,
  type TestApp,
  type TestTenant,
} from './support/test-app.js';

let h: TestApp;
let t: TestTenant;
let other: TestTenant;
beforeAll(async () => {
  h = await createTestApp();
  t = await createTestTenant(h, 'Members');
  other = await createTestTenant(h, 'Other');
});
afterAll(async () => h.close());

interface Member {
  userId: string;
  email: string;
  roleKey: string;
  disabled: boolean;
}

function bearerOf(role: keyof TestTenant['users']) {
  return bearer(t.users[role].token);
}
const patch = (headers: Record<string, string>, userId: string, payload: object) =>
  h.app.inject({ method: 'PATCH', url: `/api/v1/members/${userId}`, headers, payload });
const list = (headers: Record<string, string>, query = '') =>
  h.app.inject({ method: 'GET', url: `/api/v1/members${query}`, headers });
const itemsOf = (res: LightMyRequestResponse) => res.json<{ items: Member[] }>().items;

/** A signed-up user who is also a member of tenant `t` with a role, active there. */
async function joined(role: 'admin' | 'viewer'): Promise<SignedUp> {
  const user = await signUp(h);
  await h.t.db.withTenant(t.tenantId, (db) =>
    db.membership.create({
      data: { tenantId: t.tenantId, id: user.userId, userId: user.userId, roleId: t.roleIds[role] },
    }),
  );
  await h.app.inject({
    method: 'POST',
    url: '/api/v1/auth/switch-tenant',
    headers: session(user.token),
    payload: { tenantId: t.tenantId },
  });
  return user;
}

describe('members', () => {
  it('lists the members of the tenant only, for every role, with search', async () => {
    const res = await list(bearerOf('viewer'));
    expect(res.statusCode).toBe(200);
    const members = itemsOf(res);
    expect(members.map((m) => m.userId).sort()).toEqual(
      Object.values(t.users)
        .map((u) => u.userId)
        .sort(),
    );
    expect(members.find((m) => m.userId === t.users.sales_rep.userId)).toMatchObject({
      roleKey: 'sales_rep',
      disabled: false,
    });
    const found = itemsOf(await list(bearerOf('viewer'), '?search=SALES_REP'));
    expect(found.map((m) => m.userId)).toEqual([t.users.sales_rep.userId]);
  });

  it('lets a tenant admin change a role, which applies to the next request', async () => {
    const user = await joined('viewer');
    expect(
      (
        await h.app.inject({
          method: 'POST',
          url: '/api/v1/contacts',
          headers: session(user.token),
          payload: { firstName: 'X' },
        })
      ).statusCode,
    ).toBe(403);
    const res = await patch(bearerOf('admin'), user.userId, { roleKey: 'marketer' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ userId: user.userId, roleKey: 'marketer', disabled: false });
    expect(
      (
        await h.app.inject({
          method: 'POST',
          url: '/api/v1/contacts',
          headers: session(user.token),
          payload: { firstName: 'X' },
        })
      ).statusCode,
    ).toBe(201);
    const audit = await h.t.db.withTenant(t.tenantId, (db) =>
      db.auditLog.findFirstOrThrow({ where: { action: 'member.updated', recordId: user.userId } }),
    );
    expect(audit.before).toEqual({ roleKey: 'viewer', disabled: false });
    expect(audit.after).toEqual({ roleKey: 'marketer', disabled: false });
  });

  it('ends access at once when disabled (sessions and API keys), and restores it when re-enabled', async () => {
    const user = await joined('viewer');
    const key = (
      await h.app.inject({
        method: 'POST',
        url: '/api/v1/api-keys',
        headers: session(user.token),
        payload: { name: 'k' },
      })
    ).json<{ token: string }>();
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/v1/contacts', headers: bearer(key.token) })).statusCode,
    ).toBe(200);
    expect((await patch(bearerOf('admin'), user.userId, { disabled: true })).json()).toMatchObject({
      disabled: true,
    });
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/v1/contacts', headers: session(user.token) }))
        .statusCode,
    ).toBe(401);
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/v1/contacts', headers: bearer(key.token) })).statusCode,
    ).toBe(401);
    // The user still has their own workspace.
    expect((await getMe(h, user.token)).json<{ tenants: unknown[] }>().tenants).toHaveLength(1);
    await patch(bearerOf('admin'), user.userId, { disabled: false });
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/v1/contacts', headers: session(user.token) }))
        .statusCode,
    ).toBe(200);
    // The key was revoked with the membership and stays revoked.
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/v1/contacts', headers: bearer(key.token) })).statusCode,
    ).toBe(401);
  });

  it('keeps at least one active admin', async () => {
    const solo = await signUp(h);
    const self = await patch(session(solo.token), solo.userId, { roleKey: 'viewer' });
    expect(self.statusCode).toBe(409);
    expect((await patch(session(solo.token), solo.userId, { disabled: true })).statusCode).toBe(409);
    const second = await joined('admin');
    expect((await patch(bearerOf('admin'), second.userId, { roleKey: 'viewer' })).statusCode).toBe(200);
  });

  it('keeps one admin even when two admins demote each other at the same moment', async () => {
    const first = await signUp(h);
    const second = await signUp(h);
    await h.t.db.withTenant(first.tenantId, async (db) => {
      const adminRole = await db.role.findFirstOrThrow({ where: { key: 'admin' }, select: { id: true } });
      await db.membership.create({
        data: { tenantId: first.tenantId, id: second.userId, userId: second.userId, roleId: adminRole.id },
      });
    });
    await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/switch-tenant',
      headers: session(second.token),
      payload: { tenantId: first.tenantId },
    });
    const results = await Promise.all([
      patch(session(first.token), second.userId, { roleKey: 'viewer' }),
      patch(session(second.token), first.userId, { roleKey: 'viewer' }),
    ]);
    // Overlapping: the second waits on the lock, then sees one admin left (409). Not overlapping: the
    // second caller is no longer an admin at all (403). Never both.
    const [won, lost] = results.map((r) => r.statusCode).sort();
    expect(won).toBe(200);
    expect([403, 409]).toContain(lost);
    const admins = await h.t.db.withTenant(first.tenantId, (db) =>
      db.membership.count({ where: { role: { key: 'admin' }, disabledAt: null } }),
    );
    expect(admins).toBe(1);
  });

  it('is refused to non-admins, and to another tenant', async () => {
    expect(
      (await patch(bearerOf('sales_manager'), t.users.viewer.userId, { roleKey: 'admin' })).statusCode,
    ).toBe(403);
    expect(
      (await patch(bearer(other.users.admin.token), t.users.viewer.userId, { disabled: true })).statusCode,
    ).toBe(404);
    expect(
      (await patch(bearerOf('admin'), t.users.viewer.userId, { roleKey: 'no_such_role' })).statusCode,
    ).toBe(400);
    expect((await patch(bearerOf('admin'), t.users.viewer.userId, {})).statusCode).toBe(400);
    expect(
      itemsOf(await list(bearerOf('admin'))).find((m) => m.userId === t.users.viewer.userId),
    ).toMatchObject({ roleKey: 'viewer', disabled: false });
  });
});
