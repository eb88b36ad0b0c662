import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/server.js';
import { getMe, logIn, session, sessionTokenOf, SESSION_COOKIE, signUp } from './support/auth-helpers.js';
import { bearer, createTestApp, createTestTenant, PUBLIC_URL, type TestApp } from './support/test-app.js';

let h: TestApp;
let web: FastifyInstance;
beforeAll(async () => {
  h = await createTestApp();
  const webRoot = mkdtempSync(join(tmpdir(), 'crm-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>CRM</title>');
  web = await buildServer(h.services, { webRoot });
  await web.ready();
});
afterAll(async () => {
  await web.close();
  await h.close();
});

const errorCode = (res: LightMyRequestResponse) => res.json<{ error: { code: string } }>().error.code;

describe('session cookie and security headers (A7 #12)', () => {
  it('sets the session cookie as __Host-, Secure, HttpOnly, SameSite=Lax, Path=/', async () => {
    const owner = await signUp(h);
    const res = await logIn(h, owner.email, owner.password);
    const cookie = String(res.headers['set-cookie']);
    const [pair, ...attributes] = cookie.split(';').map((part) => part.trim());
    expect(pair?.startsWith(`${SESSION_COOKIE}=crm_sess_`)).toBe(true);
    expect(attributes).toEqual(expect.arrayContaining(['Secure', 'HttpOnly', 'SameSite=Lax', 'Path=/']));
    expect(attributes.some((a) => a.startsWith('Domain='))).toBe(false);
  });

  it.each([
    ['an HTML page', () => web.inject({ method: 'GET', url: '/' })],
    ['an API answer', () => h.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })],
    ['an error', () => h.app.inject({ method: 'GET', url: '/api/v1/auth/me' })],
  ])('sends HSTS, CSP with frame-ancestors, nosniff and a Referrer-Policy on %s', async (_what, request) => {
    const res = await request();
    const hsts = String(res.headers['strict-transport-security']);
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(String(res.headers['content-security-policy'])).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });
});

describe('cross-site request forgery (A7 #11)', () => {
  let token: string;
  let tenantId: string;
  beforeAll(async () => {
    ({ token, tenantId } = await signUp(h));
  });
  const cookie = () => `${SESSION_COOKIE}=${token}`;
  const keysCount = () => h.t.db.withTenant(tenantId, (db) => db.apiKey.count());

  it('refuses a cross-origin POST with the session cookie, on REST and tRPC', async () => {
    for (const url of ['/api/v1/api-keys', '/trpc/apiKeys.create']) {
      const res = await h.app.inject({
        method: 'POST',
        url,
        headers: { cookie: cookie(), origin: 'https://evil.example' },
        payload: { name: 'csrf' },
      });
      expect(res.statusCode, url).toBe(403);
    }
    expect(await keysCount()).toBe(0);
  });

  it.each(['cross-site', 'same-site'])('refuses Sec-Fetch-Site: %s', async (site) => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: { cookie: cookie(), 'sec-fetch-site': site },
      payload: { name: 'csrf' },
    });
    expect(res.statusCode).toBe(403);
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(await keysCount()).toBe(0);
  });

  it.each([
    ['text/plain', '{"name":"csrf"}'],
    ['application/x-www-form-urlencoded', 'name=csrf'],
    [
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\ncsrf\r\n--x--',
    ],
  ])(
    'refuses a %s body (what an HTML form can send) with 415, on REST and tRPC',
    async (contentType, body) => {
      for (const url of ['/api/v1/api-keys', '/trpc/apiKeys.create']) {
        const res = await h.app.inject({
          method: 'POST',
          url,
          headers: { cookie: cookie(), 'content-type': contentType },
          payload: body,
        });
        expect(res.statusCode, url).toBe(415);
      }
      expect(await keysCount()).toBe(0);
    },
  );

  it('refuses a forged sign-in from another origin (login CSRF), even without a cookie', async () => {
    const owner = await signUp(h);
    const res = await logIn(h, owner.email, owner.password, { origin: 'https://evil.example' });
    expect(res.statusCode).toBe(403);
    expect(sessionTokenOf(res)).toBeNull();
  });

  it('accepts a same-origin JSON POST with the session cookie', async () => {
    for (const headers of [session(token), { cookie: cookie(), origin: PUBLIC_URL }, { cookie: cookie() }]) {
      const res = await h.app.inject({
        method: 'POST',
        url: '/api/v1/api-keys',
        headers,
        payload: { name: 'mine' },
      });
      expect(res.statusCode).toBe(201);
    }
  });

  it('never changes state over GET', async () => {
    const before = await keysCount();
    const viaTrpc = await h.app.inject({
      method: 'GET',
      url: `/trpc/apiKeys.create?input=${encodeURIComponent(JSON.stringify({ name: 'via-get' }))}`,
      headers: { cookie: cookie() },
    });
    expect(viaTrpc.statusCode).toBe(405);
    const logout = await h.app.inject({
      method: 'GET',
      url: '/trpc/auth.logout',
      headers: { cookie: cookie() },
    });
    expect(logout.statusCode).toBe(405);
    const viaRest = await h.app.inject({
      method: 'GET',
      url: '/api/v1/auth/logout',
      headers: { cookie: cookie() },
    });
    expect(viaRest.statusCode).toBe(404);
    expect(await keysCount()).toBe(before);
    expect((await getMe(h, token)).statusCode).toBe(200);
  });

  it('does not apply to API-key requests, which carry no ambient credential', async () => {
    const tenant = await createTestTenant(h, 'Bearer');
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/contacts',
      headers: { ...bearer(tenant.users.admin.token), origin: 'https://integration.example' },
      payload: { firstName: 'Via key' },
    });
    expect(res.statusCode).toBe(201);
  });
});

describe('request size', () => {
  it.each(['/api/v1/auth/login', '/trpc/auth.login'])(
    'answers a body over 1 MB on %s with 413 and the error JSON',
    async (url) => {
      const res = await h.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ email: 'a@b.test', password: 'x'.repeat(1024 * 1024 + 10) }),
      });
      expect(res.statusCode).toBe(413);
      if (url.startsWith('/api')) {
        const { error } = res.json<{ error: { code: string; message: string; details: object } }>();
        expect(error).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: error.message, details: {} });
        expect(error.message).toMatch(/larger than allowed/);
      }
    },
  );
});

describe('session lifecycle (A7 #13)', () => {
  it('rejects a session token after logout, after a password change, and for a disabled user', async () => {
    const a = await signUp(h);
    const contacts = () =>
      h.app.inject({ method: 'GET', url: '/api/v1/contacts', headers: session(a.token) });
    expect((await contacts()).statusCode).toBe(200);
    await h.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session(a.token) });
    expect((await getMe(h, a.token)).statusCode).toBe(401);
    expect((await contacts()).statusCode).toBe(401);

    const b = await signUp(h);
    const changed = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/change-password',
      headers: session(b.token),
      payload: { currentPassword: b.password, newPassword: 'fresh passphrase here' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await getMe(h, b.token)).statusCode).toBe(401);

    const c = await signUp(h);
    await h.t.db.withPlatform((db) =>
      db.user.update({ where: { id: c.userId }, data: { disabledAt: new Date() } }),
    );
    expect((await getMe(h, c.token)).statusCode).toBe(401);
  });
});
