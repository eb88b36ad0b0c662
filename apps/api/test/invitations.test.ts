import { hashToken } from '@crm/core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../src/http/mailer.js';
import {
  getMe,
  logIn,
  session,
  sessionTokenOf,
  signUp,
  uniqueEmail,
  type SignedUp,
} from './support/auth-helpers.js';
import { startSmtpCapture, type SmtpCapture } from '@crm/core/testing';
import { createTestApp, PUBLIC_URL, type TestApp } from './support/test-app.js';

let smtp: SmtpCapture;
let h: TestApp;
let admin: SignedUp;
const REFUSED = 'bounce@example.test';

beforeAll(async () => {
  smtp = await startSmtpCapture({ refuse: (address) => address === REFUSED });
  h = await createTestApp({ mailer: createMailer(smtp.url, 'CRM <no-reply@crm.test>', () => undefined) });
  admin = await signUp(h, { workspaceName: 'Invite Co', name: 'Ada Admin' });
});
afterAll(async () => {
  await h.close();
  await smtp.close();
});

const invite = (token: string, email: string, roleKey: string) =>
  h.app.inject({
    method: 'POST',
    url: '/api/v1/invitations',
    headers: session(token),
    payload: { email, roleKey },
  });
const accept = (payload: object, headers: Record<string, string> = {}) =>
  h.app.inject({ method: 'POST', url: '/api/v1/invitations/accept', headers, payload });
const errorOf = (res: LightMyRequestResponse) =>
  res.json<{ error: { code: string; details: { fields?: { field: string }[] } } }>().error;

/** Invites through the API and returns the token from the link in the e-mail the SMTP server received. */
async function inviteAndCapture(email: string, roleKey: string): Promise<string> {
  const since = smtp.messages.length;
  const res = await invite(admin.token, email, roleKey);
  expect(res.statusCode, res.body).toBe(201);
  const mail = await smtp.waitFor(email, since);
  const link = /(http:\/\/crm\.test\/invite\/(crm_inv_[A-Za-z0-9_-]{43}))/.exec(mail.text);
  expect(link?.[1]?.startsWith(`${PUBLIC_URL}/invite/`)).toBe(true);
  return link?.[2] ?? '';
}

describe('invitations over real SMTP', () => {
  it('e-mails a one-time link; the invited person joins with the role, signs in, and the link dies', async () => {
    const email = uniqueEmail('invitee');
    const since = smtp.messages.length;
    const res = await invite(admin.token, email, 'viewer');
    expect(res.statusCode).toBe(201);
    const invitation = res.json<{ id: string; email: string; roleKey: string; expiresAt: string }>();
    expect(invitation).toMatchObject({ email, roleKey: 'viewer' });
    const days = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    const mail = await smtp.waitFor(email, since);
    expect(mail.headers.subject).toBe('Ada Admin invited you to Invite Co');
    expect(mail.headers.to).toContain(email);
    const token = /\/invite\/(crm_inv_[A-Za-z0-9_-]{43})/.exec(mail.text)?.[1] ?? '';
    expect(token).not.toBe('');
    const stored = await h.t.db.withTenant(admin.tenantId, (db) =>
      db.invitation.findFirstOrThrow({ where: { id: invitation.id } }),
    );
    expect(stored.tokenHash).toBe(hashToken(token));

    const accepted = await accept({ token, name: 'Ivy Invitee', password: 'an invited passphrase' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({
      user: { name: 'Ivy Invitee', email },
      tenant: { id: admin.tenantId, name: 'Invite Co' },
    });
    expect(sessionTokenOf(accepted)).not.toBeNull();

    const login = await logIn(h, email, 'an invited passphrase');
    expect(login.statusCode).toBe(200);
    const ivy = sessionTokenOf(login) ?? '';
    expect((await getMe(h, ivy)).json()).toMatchObject({ tenant: { id: admin.tenantId }, roleKey: 'viewer' });
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/v1/contacts', headers: session(ivy) })).statusCode,
    ).toBe(200);
    const write = await h.app.inject({
      method: 'POST',
      url: '/api/v1/contacts',
      headers: session(ivy),
      payload: { firstName: 'Nope' },
    });
    expect(write.statusCode).toBe(403);

    const again = await accept({ token, name: 'Eve', password: 'another passphrase' });
    expect(again.statusCode).toBe(404);
    const audit = await h.t.db.withTenant(admin.tenantId, (db) =>
      db.auditLog.findMany({ where: { recordId: invitation.id }, select: { action: true } }),
    );
    expect(audit.map((e) => e.action).sort()).toEqual(['invitation.accepted', 'invitation.sent']);
  });

  it('lets a signed-in user accept for their own address only, and keeps the link usable after a refusal', async () => {
    const existing = await signUp(h, { workspaceName: 'Own place' });
    const stranger = await signUp(h);
    const token = await inviteAndCapture(existing.email, 'sales_manager');

    const wrongUser = await accept({ token }, session(stranger.token));
    expect(wrongUser.statusCode).toBe(403);
    const noSession = await accept({ token, name: 'Dup', password: 'a duplicate passphrase' });
    expect(noSession.statusCode).toBe(409);

    const res = await accept({ token }, session(existing.token));
    expect(res.statusCode).toBe(200);
    expect(sessionTokenOf(res)).toBeNull();
    const me = (await getMe(h, existing.token)).json<{
      tenant: { id: string };
      roleKey: string;
      tenants: unknown[];
    }>();
    expect(me).toMatchObject({ tenant: { id: admin.tenantId }, roleKey: 'sales_manager' });
    expect(me.tenants).toHaveLength(2);
  });

  it('asks a new user for a name and an acceptable password', async () => {
    const token = await inviteAndCapture(uniqueEmail('newbie'), 'viewer');
    const missing = await accept({ token });
    expect(missing.statusCode).toBe(400);
    expect(
      errorOf(missing)
        .details.fields?.map((f) => f.field)
        .sort(),
    ).toEqual(['name', 'password']);
    const weak = await accept({ token, name: 'N', password: 'iloveyou' });
    expect(weak.statusCode).toBe(400);
    expect((await accept({ token, name: 'N', password: 'finally a good passphrase' })).statusCode).toBe(200);
  });

  it('refuses expired and superseded links', async () => {
    const email = uniqueEmail('late');
    const old = await inviteAndCapture(email, 'viewer');
    const newer = await inviteAndCapture(email, 'marketer');
    expect((await accept({ token: old, name: 'L', password: 'late passphrase here' })).statusCode).toBe(404);
    await h.t.db.withTenant(admin.tenantId, (db) =>
      db.invitation.updateMany({
        where: { tokenHash: hashToken(newer) },
        data: { expiresAt: new Date(Date.now() - 1000) },
      }),
    );
    const expired = await accept({ token: newer, name: 'L', password: 'late passphrase here' });
    expect(expired.statusCode).toBe(404);
    expect(await h.t.db.withPlatform((db) => db.user.count({ where: { email } }))).toBe(0);
  });

  it('is for tenant admins only, for people not yet members, with a role of the tenant', async () => {
    const viewerEmail = uniqueEmail('viewer');
    const token = await inviteAndCapture(viewerEmail, 'viewer');
    const viewer = sessionTokenOf(await accept({ token, name: 'V', password: 'viewer passphrase ok' })) ?? '';
    expect((await invite(viewer, uniqueEmail('x'), 'admin')).statusCode).toBe(403);
    expect((await invite(admin.token, viewerEmail, 'admin')).statusCode).toBe(409);
    const unknownRole = await invite(admin.token, uniqueEmail('x'), 'overlord');
    expect(unknownRole.statusCode).toBe(400);
    expect(errorOf(unknownRole).details.fields?.[0]?.field).toBe('roleKey');
  });

  it('keeps no invitation when the mail server refuses the message', async () => {
    const res = await invite(admin.token, REFUSED, 'viewer');
    expect(res.statusCode).toBe(500);
    expect(errorOf(res).code).toBe('INTERNAL');
    const kept = await h.t.db.withTenant(admin.tenantId, (db) =>
      db.invitation.count({ where: { email: REFUSED } }),
    );
    expect(kept).toBe(0);
  });
});
