import { createSession, workflows } from '@crm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEventStream, type OpenEventStream, type StreamEvent } from './support/event-stream.js';
import { session } from './support/auth-helpers.js';
import { restClient } from './support/rest-call.js';
import {
  bearer,
  createTestApp,
  createTestTenant,
  type TestApp,
  type TestTenant,
} from './support/test-app.js';

// Server push of notifications over a real socket, on real Postgres: the Notification triggers
// NOTIFY on commit, the app's one LISTEN fans the news out to the open streams of that tenant's user.
let h: TestApp;
let one: TestTenant;
let two: TestTenant;
let baseUrl: string;
const { create } = restClient(() => h);
const streamPath = '/api/v1/notifications/stream';

beforeAll(async () => {
  h = await createTestApp({ notificationPush: true, env: { PUSH_HEARTBEAT_SECONDS: '1' } });
  one = await createTestTenant(h, 'One');
  two = await createTestTenant(h, 'Two');
  baseUrl = await h.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => h.close());

const named = (name: string) => (event: StreamEvent) => event.event === name;

/** A browser session of the user in the tenant (the web app's credential: the session cookie). */
async function sessionCookieOf(tenant: TestTenant, userId: string): Promise<Record<string, string>> {
  const { token } = await h.t.db.withPlatform((db) =>
    createSession(db, userId, tenant.tenantId, { requestId: 'test', ip: null, userAgent: null }),
  );
  return session(token);
}

const open = (headers: Record<string, string>) => openEventStream(`${baseUrl}${streamPath}`, headers);

/** Waits until the stream says push is on; returns the index after which news counts. */
async function untilPushing(stream: OpenEventStream): Promise<number> {
  const ready = await stream.waitFor(named('ready'));
  if ((ready.event.data as { push: boolean }).push) return ready.index + 1;
  // The listener connected after the stream opened: `mode` then a catch-up `notifications`.
  const live = await stream.waitFor((e) => e.event === 'mode' && (e.data as { push: boolean }).push);
  return (await stream.waitFor(named('notifications'), live.index + 1)).index + 1;
}

/** A task of the user that fell due a minute ago; the reminder sweep turns it into a notification. */
async function dueTaskOf(user: { userId: string; token: string }, subject: string): Promise<void> {
  const dueAt = new Date(Date.now() - 60_000).toISOString();
  await create(user.token, '/activities', { type: 'task', subject, dueAt, ownerId: user.userId });
}

// The worker's sweep activity itself (task-reminder-sweep.test.ts runs it on Temporal).
const sweep = () => workflows.sweepTaskReminders(h.t.db);

describe('notification stream', () => {
  it('refuses a caller without a credential, as every call', async () => {
    const stream = await open({});
    expect(stream.status).toBe(401);
    await stream.ended;
    expect(stream.events).toEqual([]);
  });

  it("pushes a notification to its user's stream only, never another user's or tenant's", async () => {
    const a = one.users.sales_rep;
    const b = one.users.sales_manager;
    const elsewhere = two.users.sales_rep;
    const streamA = await open(await sessionCookieOf(one, a.userId));
    expect(streamA.status).toBe(200);
    const streamB = await open(bearer(b.token));
    const streamElsewhere = await open(bearer(elsewhere.token));
    const fromA = await untilPushing(streamA);
    const fromB = await untilPushing(streamB);
    const fromElsewhere = await untilPushing(streamElsewhere);

    // B's and the other tenant's reminders reach their own streams...
    await dueTaskOf(b, 'For B only');
    await dueTaskOf(elsewhere, 'For tenant Two only');
    await sweep();
    await streamB.waitFor(named('notifications'), fromB);
    await streamElsewhere.waitFor(named('notifications'), fromElsewhere);

    // ...then A's own. One listener delivers in commit order, so news meant for B or tenant Two that
    // went to A's stream would have arrived before A's own: A sees exactly one.
    await dueTaskOf(a, 'For A');
    await sweep();
    const mine = await streamA.waitFor(named('notifications'), fromA);
    const news = streamA.events.slice(fromA, mine.index + 1).filter(named('notifications'));
    expect(news).toEqual([{ event: 'notifications', data: {} }]);

    // The push carries no content: the client refetches through the normal, RLS-checked list.
    const list = await h.app.inject({
      method: 'GET',
      url: '/api/v1/notifications',
      headers: bearer(a.token),
    });
    expect(list.json<{ items: { title: string }[] }>().items.map((n) => n.title)).toEqual(['For A']);
    for (const stream of [streamA, streamB, streamElsewhere]) stream.close();
  });

  it('sends heartbeats and ends the stream when the session is signed out', async () => {
    const headers = await sessionCookieOf(one, one.users.sales_rep.userId);
    const stream = await open(headers);
    await stream.waitFor(named('heartbeat'));
    const logout = await h.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers, payload: {} });
    expect(logout.statusCode).toBe(200);
    const end = await stream.waitFor(named('end'));
    expect(end.event.data).toEqual({ reason: 'signed-out' });
    await stream.ended;
  });

  it('ends open streams on shutdown, so closing the server does not wait for them', async () => {
    const stream = await open(bearer(one.users.admin.token));
    await stream.waitFor(named('ready'));
    await h.app.close();
    expect((await stream.waitFor(named('end'))).event.data).toEqual({ reason: 'shutdown' });
    await stream.ended;
  });
});
