import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoginLimiter } from '../src/http/login-limiter.js';
import { accountRefOf, createSecurityLog } from '../src/http/security-log.js';
import { buildServer } from '../src/server.js';
import {
  getMe,
  logIn,
  session,
  sessionTokenOf,
  SESSION_COOKIE,
  signUp,
  uniqueEmail,
  uniqueIp,
} from './support/auth-helpers.js';
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

describe('brute force and enumeration (ASVS v6.3.1, v6.3.8)', () => {
  it('throttles guessing one account (429 with Retry-After), even with the right password afterwards', async () => {
    const owner = await signUp(h);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await logIn(h, owner.email, `wrong guess ${attempt}`)).statusCode).toBe(401);
    }
    const blocked = await logIn(h, owner.email, owner.password);
    expect(blocked.statusCode).toBe(429);
    expect(errorCode(blocked)).toBe('RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(sessionTokenOf(blocked)).toBeNull();
  });

  it('throttles an unknown address the same way (the 429 reveals nothing)', async () => {
    const email = uniqueEmail('ghost');
    const statuses = [];
    for (let attempt = 1; attempt <= 6; attempt += 1)
      statuses.push((await logIn(h, email, 'whatever it is')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('tells the platform security log of failed and refused attempts, known address or not, without the address', async () => {
    const owner = await signUp(h);
    const ghost = uniqueEmail('ghost');
    const ip = uniqueIp();
    h.securityEvents.length = 0;
    expect((await logIn(h, owner.email, 'not the password', {}, ip)).statusCode).toBe(401);
    for (let attempt = 1; attempt <= 6; attempt += 1) await logIn(h, ghost, 'whatever it is', {}, ip);
    const events = h.securityEvents.map(({ event, attempt, ip: from, accountRef }) => ({
      event,
      attempt,
      from,
      accountRef,
    }));
    expect(events).toEqual([
      { event: 'auth.login_failed', attempt: 'login', from: ip, accountRef: accountRefOf(owner.email) },
      ...Array.from({ length: 5 }, () => ({
        event: 'auth.login_failed',
        attempt: 'login',
        from: ip,
        accountRef: accountRefOf(ghost),
      })),
      { event: 'auth.rate_limited', attempt: 'login', from: ip, accountRef: accountRefOf(ghost) },
    ]);
    expect(accountRefOf(ghost.toUpperCase())).toBe(accountRefOf(ghost));
    expect(JSON.stringify(h.securityEvents)).not.toContain('@');
  });

  it('writes the security log as JSON lines on its own channel', () => {
    const lines: string[] = [];
    const log = createSecurityLog({ write: (line: string) => lines.push(line) });
    log.record({
      event: 'auth.login_failed',
      attempt: 'login',
      requestId: 'r-1',
      ip: '10.0.0.1',
      accountRef: 'abc',
    });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      channel: 'security',
      level: 40,
      event: 'auth.login_failed',
      attempt: 'login',
      requestId: 'r-1',
      ip: '10.0.0.1',
      accountRef: 'abc',
    });
  });

  it('throttles one IP spraying many accounts', async () => {
    const ip = uniqueIp();
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 51; attempt += 1)
      statuses.push((await logIn(h, uniqueEmail('spray'), 'summer is here', {}, ip)).statusCode);
    expect(statuses.slice(0, 50).every((status) => status === 401)).toBe(true);
    expect(statuses[50]).toBe(429);
  });

  it('answers an unknown address and a wrong password identically', async () => {
    const owner = await signUp(h);
    const unknown = await logIn(h, uniqueEmail('nobody'), 'some password here');
    const wrong = await logIn(h, owner.email, 'some password here');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.body).toBe(wrong.body);
  });
});

describe('login limiter', () => {
  it('counts failures per IP and per account, but gives a successful attempt back to its IP', async () => {
    const limiter = createLoginLimiter({ perAccount: 2, perIp: 3, windowSeconds: 60, database: h.t.db });
    for (let i = 0; i < 10; i += 1) {
      await limiter.consume('10.9.9.9', `colleague-${i}@office.test`);
      await limiter.reset(`colleague-${i}@office.test`, '10.9.9.9');
    }
    await limiter.consume('10.9.9.9', 'a@office.test');
    await limiter.consume('10.9.9.9', 'a@office.test');
    const perAccount = await limiter.consume('10.1.1.1', 'a@office.test').catch((error: unknown) => error);
    expect(perAccount).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: 60 } });
    await limiter.consume('10.9.9.9', 'b@office.test');
    const perIp = await limiter.consume('10.9.9.9', 'c@office.test').catch((error: unknown) => error);
    expect(perIp).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('shares its counters between API processes through the database, keyed by hashes only', async () => {
    const options = { perAccount: 3, perIp: 100, windowSeconds: 60, database: h.t.db };
    const [first, second] = [createLoginLimiter(options), createLoginLimiter(options)];
    await first.consume('10.7.7.7', 'Shared@Office.test');
    await first.consume('10.7.7.8', 'shared@office.test');
    await second.consume('10.7.7.9', 'shared@office.test');
    const refused = await second.consume('10.7.7.10', 'shared@office.test').catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'RATE_LIMITED' });
    // A process that keeps its counters to itself would have allowed that fourth guess.
    const alone = createLoginLimiter({ ...options, database: undefined });
    await expect(alone.consume('10.7.7.10', 'shared@office.test')).resolves.toBeUndefined();

    const stored = await h.t.db.withPlatform((db) => db.loginThrottle.findMany({ select: { key: true } }));
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.map((row) => row.key).join(' ')).not.toMatch(/office\.test|10\.7\./);

    await second.reset('shared@office.test');
    await expect(first.consume('10.7.7.11', 'shared@office.test')).resolves.toBeUndefined();
  });
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
