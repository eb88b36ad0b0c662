import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../src/http/mailer.js';
import { startSmtpCapture, type SmtpCapture } from '@crm/core/testing';
import {
  getMe,
  logIn,
  sessionTokenOf,
  signUp,
  uniqueEmail,
  uniqueIp,
  type SignedUp,
} from './support/auth-helpers.js';
import { createTestApp, PUBLIC_URL, type TestApp } from './support/test-app.js';

// Forgotten passwords: a one-time link by e-mail (over real SMTP), then a new password with its token.

let smtp: SmtpCapture;
let h: TestApp;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  h = await createTestApp({ mailer: createMailer(smtp.url, 'CRM <no-reply@crm.test>', () => undefined) });
});
afterAll(async () => {
  await h.close();
  await smtp.close();
});

const ask = (email: string, ip = uniqueIp()) =>
  h.app.inject({
    method: 'POST',
    url: '/api/v1/auth/password-reset',
    remoteAddress: ip,
    payload: { email },
  });
const confirm = (token: string, password: string) =>
  h.app.inject({
    method: 'POST',
    url: '/api/v1/auth/password-reset/confirm',
    remoteAddress: uniqueIp(),
    payload: { token, password },
  });

/** Asks for a link and returns the token from the e-mail the SMTP server received. */
async function linkFor(email: string): Promise<string> {
  const since = smtp.messages.length;
  const res = await ask(email);
  expect(res.statusCode, res.body).toBe(200);
  const mail = await smtp.waitFor(email, since);
  expect(mail.headers.subject).toBe('Reset your CRM password');
  const link = /(\S+)\/reset-password\/(crm_pwr_[A-Za-z0-9_-]{43})/.exec(mail.text);
  expect(link?.[1]).toBe(PUBLIC_URL);
  return link?.[2] ?? '';
}

describe('password reset', () => {
  it('sets a new password from the e-mailed link, ends every session and signs in; the link works once', async () => {
    const owner: SignedUp = await signUp(h);
    const elsewhere = sessionTokenOf(await logIn(h, owner.email, owner.password)) ?? '';
    const token = await linkFor(owner.email);

    const weak = await confirm(token, 'password');
    expect(weak.statusCode).toBe(400);
    expect(weak.json<{ error: { details: { fields: { field: string }[] } } }>().error.details.fields).toEqual(
      [expect.objectContaining({ field: 'password' })],
    );

    const done = await confirm(token, 'a brand new passphrase');
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ user: { email: owner.email }, tenant: { id: owner.tenantId } });
    const fresh = sessionTokenOf(done) ?? '';
    expect((await getMe(h, fresh)).statusCode).toBe(200);
    for (const old of [owner.token, elsewhere]) expect((await getMe(h, old)).statusCode).toBe(401);
    expect((await logIn(h, owner.email, owner.password)).statusCode).toBe(401);
    expect((await logIn(h, owner.email, 'a brand new passphrase')).statusCode).toBe(200);

    expect((await confirm(token, 'yet another passphrase')).statusCode).toBe(404);
    const audit = await h.t.db.withTenant(owner.tenantId, (db) =>
      db.auditLog.findMany({
        where: { action: 'auth.password_reset', recordId: owner.userId },
        select: { actorUserId: true },
      }),
    );
    expect(audit).toEqual([{ actorUserId: owner.userId }]);
  });

  it('answers an unknown address exactly like a known one and sends nothing', async () => {
    const known = await signUp(h);
    const unknown = uniqueEmail('nobody');
    const since = smtp.messages.length;
    const a = await ask(known.email);
    const b = await ask(unknown);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(b.body).toBe(a.body);
    await smtp.waitFor(known.email, since);
    expect(smtp.messages.slice(since).some((mail) => mail.to.includes(unknown))).toBe(false);
    const stored = await h.t.db.withPlatform((db) =>
      db.passwordReset.count({ where: { user: { email: unknown } } }),
    );
    expect(stored).toBe(0);
  });

  it('ends the older link when a newer one is sent, and refuses an expired or made-up one', async () => {
    const owner = await signUp(h);
    const older = await linkFor(owner.email);
    const newer = await linkFor(owner.email);
    expect((await confirm(older, 'a passphrase too late')).statusCode).toBe(404);
    await h.t.db.withPlatform((db) =>
      db.passwordReset.updateMany({
        where: { user: { email: owner.email }, usedAt: null },
        data: { expiresAt: new Date(Date.now() - 1000) },
      }),
    );
    expect((await confirm(newer, 'a passphrase too late')).statusCode).toBe(404);
    expect((await confirm(`crm_pwr_${'a'.repeat(43)}`, 'a passphrase made up')).statusCode).toBe(404);
    expect((await logIn(h, owner.email, owner.password)).statusCode).toBe(200);
  });

  it('limits how often one address can be sent a link (429), whatever the IP', async () => {
    const owner = await signUp(h);
    const codes: number[] = [];
    for (let i = 0; i < 6; i += 1) codes.push((await ask(owner.email)).statusCode);
    expect(codes).toEqual([200, 200, 200, 200, 200, 429]);
    // Sign-in is counted apart: the owner can still sign in.
    expect((await logIn(h, owner.email, owner.password)).statusCode).toBe(200);
  });
});
