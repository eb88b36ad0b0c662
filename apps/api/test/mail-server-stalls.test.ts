import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../src/http/mailer.js';
import { session, signUp, uniqueEmail, type SignedUp } from './support/auth-helpers.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// A mail server that accepts the connection and then says nothing: the invitation, e-mailed inside its
// unit of work, must fail within the mailer's bounded wait and leave nothing behind.
let silent: Server;
let silentUrl: string;
const sockets = new Set<Socket>();
let h: TestApp;
let admin: SignedUp;

beforeAll(async () => {
  silent = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  silentUrl = `smtp://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  const timeouts = { connect: 1_000, greeting: 500, socket: 1_000 };
  h = await createTestApp({
    mailer: createMailer(silentUrl, 'CRM <no-reply@crm.test>', () => undefined, timeouts),
  });
  admin = await signUp(h, { workspaceName: 'Silent Mail Co', name: 'Ada Admin' });
});
afterAll(async () => {
  await h.close();
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
});

// Each test is bounded well below nodemailer's own waits (30 s to greet, 2 min to connect), so a mailer
// that ignored its timeouts fails here instead of passing slowly.
const bounded = { timeout: 8_000 };

describe('a mail server that never answers', () => {
  it('fails the send after the greeting wait instead of hanging', bounded, async () => {
    const mailer = createMailer(silentUrl, 'CRM <no-reply@crm.test>', () => undefined, {
      connect: 1_000,
      greeting: 300,
      socket: 1_000,
    });
    await expect(
      mailer.send({ to: 'someone@example.test', subject: 'Hello', text: 'Hi' }),
    ).rejects.toMatchObject({ code: 'ETIMEDOUT' });
  });

  it('refuses the invitation with a clear error and writes nothing', bounded, async () => {
    const email = uniqueEmail('unsent');
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/invitations',
      headers: session(admin.token),
      payload: { email, roleKey: 'viewer' },
    });
    expect(res.statusCode).toBe(500);
    expect(res.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: 'INTERNAL',
      message: 'The invitation e-mail could not be sent; try again later',
    });
    const kept = await h.t.db.withTenant(admin.tenantId, (db) => db.invitation.count({ where: { email } }));
    expect(kept).toBe(0);
  });
});
