import { hashToken } from '@crm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../src/http/mailer.js';
import { session, sessionTokenOf, signUp, uniqueEmail, type SignedUp } from './support/auth-helpers.js';
import { startSmtpCapture, type SmtpCapture } from '@crm/core/testing';
import { createTestApp, type TestApp } from './support/test-app.js';

// Pending invitations (list, revoke, send again) and the link's preview for the invitation page.
// Sending and accepting: invitations.test.ts.

interface Pending {
  id: string;
  email: string;
  roleKey: string;
  roleName: string;
  invitedByName: string;
  expiresAt: string;
}

let smtp: SmtpCapture;
let h: TestApp;
let admin: SignedUp;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  h = await createTestApp({ mailer: createMailer(smtp.url, 'CRM <no-reply@crm.test>', () => undefined) });
  admin = await signUp(h, { workspaceName: 'Pending Co', name: 'Ada Admin' });
});
afterAll(async () => {
  await h.close();
  await smtp.close();
});

const api = (token: string | null, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
  h.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: token ? session(token) : {},
    ...(payload ? { payload } : {}),
  });
const preview = (token: string) => api(null, 'POST', '/invitations/preview', { token });
const pendingOf = async (token: string) =>
  (await api(token, 'GET', '/invitations')).json<{ items: Pending[] }>().items;

/** Invites through the API; the link's token from the captured e-mail and the invitation's id. */
async function invite(email: string, roleKey: string): Promise<{ id: string; token: string }> {
  const since = smtp.messages.length;
  const res = await api(admin.token, 'POST', '/invitations', { email, roleKey });
  expect(res.statusCode, res.body).toBe(201);
  const mail = await smtp.waitFor(email, since);
  const token = /\/invite\/(crm_inv_[A-Za-z0-9_-]{43})/.exec(mail.text)?.[1] ?? '';
  expect(token).not.toBe('');
  return { id: res.json<{ id: string }>().id, token };
}

describe('the invitation link preview', () => {
  it('tells the holder the workspace, role, inviter and address, and whether the address has an account', async () => {
    const email = uniqueEmail('newcomer');
    const { token } = await invite(email, 'sales_manager');
    const res = await preview(token);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ expiresAt: string }>();
    expect(body).toMatchObject({
      email,
      workspaceName: 'Pending Co',
      roleName: 'Sales manager',
      invitedByName: 'Ada Admin',
      hasAccount: false,
    });
    expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.now() + 6 * 86_400_000);

    const existing = await signUp(h, { workspaceName: 'Elsewhere' });
    const known = await invite(existing.email, 'viewer');
    expect((await preview(known.token)).json()).toMatchObject({ email: existing.email, hasAccount: true });
  });

  it('answers 404 for an unknown, used or superseded link, and 400 naming a missing token', async () => {
    expect((await preview('crm_inv_' + 'x'.repeat(43))).statusCode).toBe(404);
    const missing = await api(null, 'POST', '/invitations/preview', {});
    expect(missing.statusCode).toBe(400);
    expect(
      missing.json<{ error: { details: { fields: { field: string }[] } } }>().error.details.fields,
    ).toEqual([expect.objectContaining({ field: 'token' })]);

    const email = uniqueEmail('once');
    const first = await invite(email, 'viewer');
    const second = await invite(email, 'viewer');
    expect((await preview(first.token)).statusCode).toBe(404);
    const accepted = await api(null, 'POST', '/invitations/accept', {
      token: second.token,
      name: 'Olga',
      password: 'a passphrase for once',
    });
    expect(accepted.statusCode).toBe(200);
    expect((await preview(second.token)).statusCode).toBe(404);
  });
});

describe('pending invitations', () => {
  it('lists what waits for an answer with role and inviter, and leaves out accepted ones', async () => {
    const waiting = await invite(uniqueEmail('waiting'), 'marketer');
    const taken = await invite(uniqueEmail('taken'), 'viewer');
    await api(null, 'POST', '/invitations/accept', {
      token: taken.token,
      name: 'T',
      password: 'taken passphrase ok',
    });
    const items = await pendingOf(admin.token);
    expect(items.find((item) => item.id === waiting.id)).toMatchObject({
      roleKey: 'marketer',
      roleName: 'Marketer',
      invitedByName: 'Ada Admin',
    });
    expect(items.some((item) => item.id === taken.id)).toBe(false);
  });

  it('revokes a link at once, keeps the row for the audit trail, and says 404 the second time', async () => {
    const email = uniqueEmail('revoked');
    const { id, token } = await invite(email, 'viewer');
    const res = await api(admin.token, 'DELETE', `/invitations/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ id, revoked: true });
    expect((await preview(token)).statusCode).toBe(404);
    const late = await api(null, 'POST', '/invitations/accept', {
      token,
      name: 'R',
      password: 'revoked passphrase',
    });
    expect(late.statusCode).toBe(404);
    expect((await pendingOf(admin.token)).some((item) => item.id === id)).toBe(false);
    expect((await api(admin.token, 'DELETE', `/invitations/${id}`)).statusCode).toBe(404);

    const stored = await h.t.db.withTenant(admin.tenantId, (db) =>
      db.invitation.findFirstOrThrow({ where: { id }, select: { tokenHash: true, acceptedAt: true } }),
    );
    expect(stored).toEqual({ tokenHash: hashToken(token), acceptedAt: null });
    const audit = await h.t.db.withTenant(admin.tenantId, (db) =>
      db.auditLog.findMany({ where: { recordId: id }, select: { action: true } }),
    );
    expect(audit.map((entry) => entry.action).sort()).toEqual(['invitation.revoked', 'invitation.sent']);
  });

  it('is for tenant admins only', async () => {
    const { token } = await invite(uniqueEmail('rep'), 'sales_rep');
    const accepted = await api(null, 'POST', '/invitations/accept', {
      token,
      name: 'Rep',
      password: 'a sales rep passphrase',
    });
    const rep = sessionTokenOf(accepted) ?? '';
    const { id } = await invite(uniqueEmail('other'), 'viewer');
    expect((await api(rep, 'GET', '/invitations')).statusCode).toBe(403);
    expect((await api(rep, 'DELETE', `/invitations/${id}`)).statusCode).toBe(403);
    expect((await pendingOf(admin.token)).some((item) => item.id === id)).toBe(true);
  });
});
