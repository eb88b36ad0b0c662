import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMe, logIn, session, sessionTokenOf, signUp } from './support/auth-helpers.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Where a user is signed in, and signing out other devices (ASVS v7.5.2).

interface ActiveSession {
  id: string;
  current: boolean;
  ip: string | null;
  userAgent: string | null;
  lastSeenAt: string;
}

let h: TestApp;

beforeAll(async () => {
  h = await createTestApp();
});
afterAll(async () => h.close());

const sessionsOf = async (token: string) => {
  const res = await h.app.inject({ method: 'GET', url: '/api/v1/auth/sessions', headers: session(token) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: ActiveSession[] }>().items;
};
const post = (token: string, url: string) =>
  h.app.inject({ method: 'POST', url: `/api/v1/auth/sessions${url}`, headers: session(token), payload: {} });

/** Signs the same user in from a device with its own user agent; the session token. */
async function signInOn(email: string, password: string, device: string): Promise<string> {
  const res = await logIn(h, email, password, { 'user-agent': device });
  expect(res.statusCode).toBe(200);
  return sessionTokenOf(res) ?? '';
}

describe('active sessions', () => {
  it("lists the user's live sessions with device and IP, the current one marked, never a token or hash", async () => {
    const owner = await signUp(h);
    const laptop = await signInOn(owner.email, owner.password, 'Laptop browser');
    await signInOn(owner.email, owner.password, 'Phone browser');
    const stranger = await signUp(h);

    const items = await sessionsOf(laptop);
    expect(items).toHaveLength(3);
    expect(items.filter((item) => item.current).map((item) => item.userAgent)).toEqual(['Laptop browser']);
    expect(items.map((item) => item.userAgent)).toContain('Phone browser');
    for (const item of items) {
      expect(item.id).toMatch(/^[0-9a-f]{16}$/);
      expect(item.ip).toBeTruthy();
    }
    expect(JSON.stringify(items)).not.toContain(laptop);
    expect((await sessionsOf(stranger.token)).map((item) => item.id)).not.toContain(items[0]?.id);
  });

  it('signs out one other device: its token stops working at once; a stranger cannot end it', async () => {
    const owner = await signUp(h);
    const laptop = await signInOn(owner.email, owner.password, 'Laptop browser');
    const phone = await signInOn(owner.email, owner.password, 'Phone browser');
    const phoneHandle =
      (await sessionsOf(laptop)).find((item) => item.userAgent === 'Phone browser')?.id ?? '';

    const stranger = await signUp(h);
    expect((await post(stranger.token, `/${phoneHandle}/end`)).statusCode).toBe(404);
    expect((await getMe(h, phone)).statusCode).toBe(200);

    const ended = await post(laptop, `/${phoneHandle}/end`);
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toEqual({ sessionsEnded: 1 });
    expect((await getMe(h, phone)).statusCode).toBe(401);
    expect((await getMe(h, laptop)).statusCode).toBe(200);
    expect((await post(laptop, `/${phoneHandle}/end`)).statusCode).toBe(404);
    const bad = await post(laptop, '/not-a-handle/end');
    expect(bad.statusCode).toBe(400);

    const audit = await h.t.db.withTenant(owner.tenantId, (db) =>
      db.auditLog.findMany({ where: { action: 'auth.session_ended' }, select: { actorUserId: true } }),
    );
    expect(audit).toEqual([{ actorUserId: owner.userId }]);
  });

  it('signs out everywhere else and keeps this session; an API key may not manage sessions', async () => {
    const owner = await signUp(h);
    const others = [
      await signInOn(owner.email, owner.password, 'Tablet'),
      await signInOn(owner.email, owner.password, 'Phone'),
    ];
    const res = await post(owner.token, '/end-others');
    expect(res.json()).toEqual({ sessionsEnded: 2 });
    for (const token of others) expect((await getMe(h, token)).statusCode).toBe(401);
    expect((await sessionsOf(owner.token)).map((item) => item.current)).toEqual([true]);

    const key = await h.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: session(owner.token),
      payload: { name: 'Robot' },
    });
    const bearer = { authorization: `Bearer ${key.json<{ token: string }>().token}` };
    const refused = await h.app.inject({ method: 'GET', url: '/api/v1/auth/sessions', headers: bearer });
    expect(refused.statusCode).toBe(403);
  });
});
