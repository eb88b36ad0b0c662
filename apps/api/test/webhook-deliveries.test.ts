import { newId } from '@crm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restClient } from './support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from './support/test-app.js';
import {
  receiverAccepts,
  signatureVerifies,
  startDeliveryRuntime,
  webhookSteps,
  type Delivery,
  type Page,
  type Webhook,
} from './support/webhook-harness.js';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.js';

// Webhook deliveries through the REST API, a real worker and relay on the run's Temporal dev server,
// and a loopback receiver: signed, retried, logged, sent again, and refused at delivery time when the
// address is internal.

let h: TestApp;
let a: TestTenant;
let receiver: WebhookReceiver;
const { call } = restClient(() => h);
const admin = () => a.users.admin.token;
const { deliveriesOf, settled, subscribe, updateDealTitle, callsFor } = webhookSteps(() => ({
  h,
  token: admin(),
  receiver,
}));
let runtime: { stop(): Promise<void> };

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  h = await createTestApp();
  a = await createTestTenant(h, 'Deliveries');
  runtime = await startDeliveryRuntime(h);
});
afterAll(async () => {
  await runtime.stop();
  await h.close();
  await receiver.close();
});

describe('webhook deliveries', () => {
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
    expect(delivery.attemptLog.map((t) => [t.attempt, t.responseStatus, t.error])).toEqual([
      [1, 500, 'the receiver answered 500'],
      [2, 204, null],
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

  it('signs with both secrets for the overlap window after a rotation, then with the new one only', async () => {
    const hook = await subscribe(['account.deleted']);
    const rotated = await call<Webhook & { secret: string }>(
      admin(),
      'POST',
      `/webhooks/${hook.id}/rotate-secret`,
    );
    expect(rotated.status).toBe(200);
    const newSecret = rotated.body.secret;
    expect(newSecret).not.toBe(hook.secret);
    // The replaced secret is never answered, in no shape.
    const shown = await call<Webhook>(admin(), 'GET', `/webhooks/${hook.id}`);
    expect(JSON.stringify([rotated.body, shown.body])).not.toContain(hook.secret);
    expect(Object.keys(shown.body)).not.toContain('previousSecret');

    await call(admin(), 'POST', `/webhooks/${hook.id}/test`);
    const during = await settled(hook.id, 'webhook.test');
    const [overlap] = callsFor(hook, during.eventId);
    if (!overlap) throw new Error('no call');
    expect(signatureVerifies(overlap, newSecret)).toBe(true);
    expect(signatureVerifies(overlap, hook.secret, 'x-crm-signature-previous')).toBe(true);
    expect(receiverAccepts(overlap, hook.secret)).toBe(true);
    expect(receiverAccepts(overlap, newSecret)).toBe(true);
    expect(receiverAccepts(overlap, 'whsec_not-the-secret')).toBe(false);

    // The window is over (its end moved into the past, as the clock would): only the new secret signs,
    // and the replaced one is gone from the database.
    await h.t.db.withTenant(a.tenantId, (db) =>
      db.webhookSubscription.updateMany({
        where: { tenantId: a.tenantId, id: hook.id },
        data: { previousSecretExpiresAt: new Date(Date.now() - 1000) },
      }),
    );
    const again = await call<Delivery>(
      admin(),
      'POST',
      `/webhooks/${hook.id}/deliveries/${during.id}/redeliver`,
    );
    await expect
      .poll(async () => (await deliveriesOf(hook.id)).find((d) => d.id === again.body.id)?.status, {
        timeout: 25_000,
      })
      .toBe('succeeded');
    const after = callsFor(hook, during.eventId).at(-1);
    if (!after) throw new Error('no call');
    expect(after.headers['x-crm-signature-previous']).toBeUndefined();
    expect(receiverAccepts(after, newSecret)).toBe(true);
    expect(receiverAccepts(after, hook.secret)).toBe(false);
    const stored = await h.t.db.withTenant(a.tenantId, (db) =>
      db.webhookSubscription.findFirst({
        where: { tenantId: a.tenantId, id: hook.id },
        select: { previousSecret: true, previousSecretExpiresAt: true },
      }),
    );
    expect(stored).toEqual({ previousSecret: null, previousSecretExpiresAt: null });
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
