import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { newId, webhooks, workflows, type Prisma } from '@crm/core';
import {
  createTestTemporalClient,
  startTestWorker,
  testTaskQueue,
  type RunningTestWorker,
} from '@crm/core/testing';
import {
  createActivityRegistry,
  createOutboxRelay,
  type OutboxRelay,
  type TemporalClient,
} from '@crm/core/workflow-engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxDispatcher } from '../src/workflow-runtime/outbox-dispatcher.js';
import { fieldsOf, restClient, type ErrorBody } from './support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from './support/test-app.js';
import { startWebhookReceiver, type ReceivedCall, type WebhookReceiver } from './support/webhook-receiver.js';

// Through the REST API, a real worker and relay on the run's Temporal dev server, and a loopback
// receiver: subscriptions, signed and retried deliveries, the delivery log, the SSRF guard at save time.

interface Webhook {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  secretHint: string;
  secret?: string;
}
interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  responseStatus: number | null;
  redeliveryOf: string | null;
}
interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

let h: TestApp;
let a: TestTenant;
let b: TestTenant;
let receiver: WebhookReceiver;
let temporal: TemporalClient;
let worker: RunningTestWorker;
let relay: OutboxRelay;
const taskQueue = testTaskQueue('api-webhooks');
const { call, create } = restClient(() => h);

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  h = await createTestApp();
  a = await createTestTenant(h, 'Hooks A');
  b = await createTestTenant(h, 'Hooks B');
  temporal = createTestTemporalClient();
  worker = await startTestWorker({
    database: h.t.db,
    taskQueue,
    activities: createActivityRegistry(
      workflows.createWorkflowActivities({ database: h.t.db, sendMail: () => Promise.resolve() }),
      webhooks.createWebhookActivities({ database: h.t.db }),
    ),
  });
  relay = createOutboxRelay({
    database: h.t.db,
    dispatch: createOutboxDispatcher({ database: h.t.db, temporal, taskQueue }),
    listenUrl: h.t.url,
    pollIntervalMs: 200,
  });
  relay.start();
});
afterAll(async () => {
  await relay.stop();
  await worker.stop();
  await temporal.close();
  await h.close();
  await receiver.close();
});

const admin = () => a.users.admin.token;

/** What a receiver does: recompute the HMAC of "<timestamp>.<body>" and compare in constant time. */
function signatureVerifies(received: ReceivedCall, secret: string): boolean {
  const timestamp = String(received.headers['x-crm-timestamp']);
  const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${received.body}`).digest('hex')}`;
  const given = String(received.headers['x-crm-signature']);
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/** What the receiver got for one subscription (its own path) and one event. */
const callsFor = (hook: Webhook, eventId: string) =>
  receiver.calls.filter(
    (c) => c.path === new URL(hook.url).pathname && (JSON.parse(c.body) as { id: string }).id === eventId,
  );

async function deliveriesOf(webhookId: string): Promise<Delivery[]> {
  const res = await call<Page<Delivery>>(admin(), 'GET', `/webhooks/${webhookId}/deliveries`);
  expect(res.status).toBe(200);
  return res.body.items;
}

async function settled(webhookId: string, eventType: string): Promise<Delivery> {
  let found: Delivery | undefined;
  await expect
    .poll(
      async () => {
        found = (await deliveriesOf(webhookId)).find((d) => d.eventType === eventType);
        return found?.status;
      },
      { timeout: 25_000, interval: 300 },
    )
    .toBe('succeeded');
  if (!found) throw new Error('no delivery');
  return found;
}

async function subscribe(events: string[]): Promise<Webhook & { secret: string }> {
  const hook = await create<Webhook & { secret: string }>(admin(), '/webhooks', {
    url: `${receiver.url}/hooks/${randomUUID()}`,
    description: 'ERP sync',
    events,
  });
  expect(hook.secret).toMatch(/^whsec_/);
  return hook;
}

async function updateDealTitle(title: string): Promise<string> {
  const deal = await create<{ id: string; version: number }>(admin(), '/deals', { title: 'Hooked deal' });
  const res = await call(admin(), 'PATCH', `/deals/${deal.id}`, { expectedVersion: deal.version, title });
  expect(res.status).toBe(200);
  return deal.id;
}

describe('webhook subscriptions', () => {
  it('are in the OpenAPI document at the documented paths', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const methods = (path: string) => Object.keys(doc.paths[path] ?? {}).sort();
    expect(methods('/webhooks')).toEqual(['get', 'post']);
    expect(methods('/webhooks/{id}')).toEqual(['delete', 'get', 'patch']);
    expect(methods('/webhooks/{id}/rotate-secret')).toEqual(['post']);
    expect(methods('/webhooks/{id}/test')).toEqual(['post']);
    expect(methods('/webhooks/{id}/deliveries')).toEqual(['get']);
    expect(methods('/webhooks/{id}/deliveries/{deliveryId}/redeliver')).toEqual(['post']);
  });

  it('shows the secret only on create, masked afterwards', async () => {
    const hook = await subscribe(['contact.created']);
    const one = await call<Webhook>(admin(), 'GET', `/webhooks/${hook.id}`);
    expect(one.status).toBe(200);
    expect(one.body).not.toHaveProperty('secret');
    expect(one.body.secretHint).toBe(`${hook.secret.slice(0, 12)}…`);
    const list = await call<Page<Webhook>>(admin(), 'GET', '/webhooks');
    expect(JSON.stringify(list.body)).not.toContain(hook.secret);
    const rotated = await call<Webhook & { secret: string }>(
      admin(),
      'POST',
      `/webhooks/${hook.id}/rotate-secret`,
    );
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(hook.secret);
    expect(JSON.stringify((await call(admin(), 'GET', `/webhooks/${hook.id}`)).body)).not.toContain(
      rotated.body.secret,
    );
  });

  it('delivers one signed request for a deal update, and logs it', async () => {
    const hook = await subscribe(['deal.updated']);
    const dealId = await updateDealTitle('Signed update');
    const delivery = await settled(hook.id, 'deal.updated');
    expect(delivery).toMatchObject({ attempts: 1, responseStatus: 204 });
    const calls = callsFor(hook, delivery.eventId);
    expect(calls).toHaveLength(1);
    const [received] = calls;
    if (!received) throw new Error('no call');
    expect(signatureVerifies(received, hook.secret)).toBe(true);
    expect(signatureVerifies(received, 'whsec_not-the-secret')).toBe(false);
    expect(received.headers['idempotency-key']).toBe(`${delivery.eventId}:${hook.id}`);
    const body = JSON.parse(received.body) as { id: string; type: string; occurredAt: string; data: object };
    expect(body).toMatchObject({
      id: delivery.eventId,
      type: 'deal.updated',
      data: { recordType: 'deal', recordId: dealId, changed: ['title'] },
    });
    expect(Number.isNaN(Date.parse(body.occurredAt))).toBe(false);
    // The payload is thin: names of changed fields, never their values.
    expect(received.body).not.toContain('Signed update');
  });

  it('retries a receiver that answers 500, with the same idempotency key, until it succeeds', async () => {
    const hook = await subscribe(['deal.updated']);
    receiver.failNext(new URL(hook.url).pathname, 1, 500);
    await updateDealTitle('Retried update');
    const delivery = await settled(hook.id, 'deal.updated');
    expect(delivery).toMatchObject({ attempts: 2, responseStatus: 204 });
    const calls = callsFor(hook, delivery.eventId);
    expect(calls).toHaveLength(2);
    expect(new Set(calls.map((c) => c.headers['idempotency-key'])).size).toBe(1);
    expect(calls.every((c) => signatureVerifies(c, hook.secret))).toBe(true);
    const attempts = await h.t.db.withTenant(a.tenantId, (db) =>
      db.webhookDeliveryAttempt.findMany({
        where: { deliveryId: delivery.id },
        orderBy: { attempt: 'asc' },
        select: { attempt: true, responseStatus: true } satisfies Prisma.WebhookDeliveryAttemptSelect,
      }),
    );
    expect(attempts).toEqual([
      { attempt: 1, responseStatus: 500 },
      { attempt: 2, responseStatus: 204 },
    ]);
  });

  it('sends a test event and redelivers it as a new delivery of the same event', async () => {
    const hook = await subscribe(['account.deleted']);
    const test = await call<Delivery>(admin(), 'POST', `/webhooks/${hook.id}/test`);
    expect(test.status).toBe(201);
    const first = await settled(hook.id, 'webhook.test');
    const again = await call<Delivery>(
      admin(),
      'POST',
      `/webhooks/${hook.id}/deliveries/${first.id}/redeliver`,
    );
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ eventId: first.eventId, redeliveryOf: first.id, status: 'pending' });
    await expect
      .poll(async () => (await deliveriesOf(hook.id)).find((d) => d.id === again.body.id)?.status, {
        timeout: 25_000,
      })
      .toBe('succeeded');
    expect(callsFor(hook, first.eventId).every((c) => signatureVerifies(c, hook.secret))).toBe(true);
    expect(callsFor(hook, first.eventId)).toHaveLength(2);
  });

  it('refuses private and internal URLs at save time, naming url, and writes nothing', async () => {
    const before = (await call<Page<Webhook>>(admin(), 'GET', '/webhooks')).body.items.length;
    for (const url of [
      'http://10.0.0.5/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://[fd00:ec2::254]/',
      'ftp://example.com/hook',
    ]) {
      const res = await call<ErrorBody>(admin(), 'POST', '/webhooks', { url, events: ['deal.updated'] });
      expect(res.status, url).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['url']);
    }
    const none = await call<ErrorBody>(admin(), 'POST', '/webhooks', {
      url: `${receiver.url}/x`,
      events: [],
    });
    expect(none.status).toBe(400);
    expect(fieldsOf(none.body)).toEqual(['events']);
    expect((await call<Page<Webhook>>(admin(), 'GET', '/webhooks')).body.items).toHaveLength(before);
    const hook = await subscribe(['deal.created']);
    const patch = await call<ErrorBody>(admin(), 'PATCH', `/webhooks/${hook.id}`, {
      url: 'http://192.168.0.10/',
    });
    expect(patch.status).toBe(400);
    expect(fieldsOf(patch.body)).toEqual(['url']);
    expect((await call<Webhook>(admin(), 'GET', `/webhooks/${hook.id}`)).body.url).toBe(hook.url);
  });

  it('refuses an internal address again at delivery time, at once and without retrying', async () => {
    // A row written around the save-time check (as if DNS had changed since): the relayed event's
    // delivery must not reach the metadata address, and must not be retried.
    const id = newId();
    await h.t.db.withTenant(a.tenantId, (db) =>
      db.webhookSubscription.create({
        data: {
          tenantId: a.tenantId,
          id,
          url: 'http://169.254.169.254/latest/meta-data/',
          events: ['deal.updated'],
          secret: 'whsec_metadata',
          createdById: a.users.admin.userId,
        },
        select: { id: true },
      }),
    );
    await updateDealTitle('Towards the metadata service');
    await expect.poll(async () => (await deliveriesOf(id))[0]?.status, { timeout: 25_000 }).toBe('failed');
    const [delivery] = await call<Page<Delivery & { lastError: string }>>(
      admin(),
      'GET',
      `/webhooks/${id}/deliveries`,
    ).then((res) => res.body.items);
    expect(delivery).toMatchObject({ attempts: 1, responseStatus: null });
    expect(delivery?.lastError).toMatch(/link-local, metadata or reserved/);
  });

  it('is for tenant admins only, and another tenant cannot read, change, test or redeliver', async () => {
    expect((await call(a.users.sales_manager.token, 'GET', '/webhooks')).status).toBe(403);
    expect(
      (
        await call(a.users.sales_rep.token, 'POST', '/webhooks', {
          url: `${receiver.url}/x`,
          events: ['deal.updated'],
        })
      ).status,
    ).toBe(403);
    const hook = await subscribe(['contact.updated']);
    await call(admin(), 'POST', `/webhooks/${hook.id}/test`);
    const delivery = await settled(hook.id, 'webhook.test');
    const intruder = b.users.admin.token;
    const attempts: [string, string, object?][] = [
      ['GET', `/webhooks/${hook.id}`],
      ['PATCH', `/webhooks/${hook.id}`, { active: false }],
      ['POST', `/webhooks/${hook.id}/rotate-secret`],
      ['POST', `/webhooks/${hook.id}/test`],
      ['GET', `/webhooks/${hook.id}/deliveries`],
      ['POST', `/webhooks/${hook.id}/deliveries/${delivery.id}/redeliver`],
      ['DELETE', `/webhooks/${hook.id}`],
    ];
    for (const [method, url, payload] of attempts) {
      const res = await call(intruder, method as 'GET', url, payload);
      expect(res.status, `${method} ${url}`).toBe(404);
    }
    expect((await call<Page<Webhook>>(intruder, 'GET', '/webhooks')).body.items).toEqual([]);
    const still = await call<Webhook>(admin(), 'GET', `/webhooks/${hook.id}`);
    expect(still.body).toMatchObject({ active: true, secretHint: hook.secretHint });
    expect(await deliveriesOf(hook.id)).toHaveLength(1);
  });

  it('disables and deletes a subscription: no delivery after that', async () => {
    const hook = await subscribe(['deal.updated']);
    const off = await call<Webhook>(admin(), 'PATCH', `/webhooks/${hook.id}`, { active: false });
    expect(off.body.active).toBe(false);
    const other = await subscribe(['deal.updated']);
    await updateDealTitle('While disabled');
    await settled(other.id, 'deal.updated');
    // The relay handled the update for both subscriptions in one event: the disabled one got nothing.
    expect(await deliveriesOf(hook.id)).toEqual([]);
    expect(receiver.calls.filter((c) => c.path === new URL(hook.url).pathname)).toEqual([]);
    const removed = await call(admin(), 'DELETE', `/webhooks/${hook.id}`);
    expect(removed.status).toBe(200);
    expect((await call(admin(), 'GET', `/webhooks/${hook.id}`)).status).toBe(404);
  });
});
