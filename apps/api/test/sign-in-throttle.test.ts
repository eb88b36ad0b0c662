import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoginLimiter } from '../src/http/login-limiter.js';
import { accountRefOf, createSecurityLog } from '../src/http/security-log.js';
import { logIn, sessionTokenOf, signUp, uniqueEmail, uniqueIp } from './support/auth-helpers.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Sign-in throttling and enumeration (ASVS v6.3.1, v6.3.8): the login limiter and the security log.
// Cookies, headers, CSRF and sessions: security.test.ts.

let h: TestApp;
beforeAll(async () => {
  h = await createTestApp();
});
afterAll(async () => h.close());

const errorCode = (res: LightMyRequestResponse) => res.json<{ error: { code: string } }>().error.code;

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
