import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { webhooks, workflows } from '@crm/core';
import { createTestTemporalClient, startTestWorker, testTaskQueue } from '@crm/core/testing';
import { createActivityRegistry, createOutboxRelay } from '@crm/core/workflow-engine';
import { expect } from 'vitest';
import { createOutboxDispatcher } from '../../src/workflow-runtime/outbox-dispatcher.js';
import { restClient } from './rest-call.js';
import type { TestApp } from './test-app.js';
import type { ReceivedCall, WebhookReceiver } from './webhook-receiver.js';

export interface Webhook {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  secretHint: string;
  secret?: string;
}
export interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  status: string;
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
  redeliveryOf: string | null;
  attemptLog: { attempt: number; responseStatus: number | null; error: string | null }[];
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** What a receiver does: recompute the HMAC of "<timestamp>.<body>" and compare in constant time. */
export function signatureVerifies(
  received: ReceivedCall,
  secret: string,
  header: 'x-crm-signature' | 'x-crm-signature-previous' = 'x-crm-signature',
): boolean {
  const timestamp = String(received.headers['x-crm-timestamp']);
  const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${received.body}`).digest('hex')}`;
  const given = String(received.headers[header]);
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/** A receiver in the middle of a rotation: it accepts a call that either signature verifies. */
export function receiverAccepts(received: ReceivedCall, secret: string): boolean {
  return (
    signatureVerifies(received, secret) || signatureVerifies(received, secret, 'x-crm-signature-previous')
  );
}

/** The CRM worker (workflow and webhook activities) and the outbox relay on the run's dev server. */
export async function startDeliveryRuntime(h: TestApp): Promise<{ stop(): Promise<void> }> {
  const taskQueue = testTaskQueue('api-webhooks');
  const temporal = createTestTemporalClient();
  const worker = await startTestWorker({
    database: h.t.db,
    taskQueue,
    activities: createActivityRegistry(
      workflows.createWorkflowActivities({ database: h.t.db, sendMail: () => Promise.resolve() }),
      webhooks.createWebhookActivities({ database: h.t.db }),
    ),
  });
  const relay = createOutboxRelay({
    database: h.t.db,
    dispatch: createOutboxDispatcher({ database: h.t.db, temporal, taskQueue }),
    listenUrl: h.t.url,
    pollIntervalMs: 200,
  });
  relay.start();
  return {
    async stop() {
      await relay.stop();
      await worker.stop();
      await temporal.close();
    },
  };
}

/** REST steps of the webhook tests, as tenant A's admin (`token`), on the file's app and receiver. */
export function webhookSteps(get: () => { h: TestApp; token: string; receiver: WebhookReceiver }) {
  const { call, create } = restClient(() => get().h);
  const token = () => get().token;

  async function deliveriesOf(webhookId: string): Promise<Delivery[]> {
    const res = await call<Page<Delivery>>(token(), 'GET', `/webhooks/${webhookId}/deliveries`);
    expect(res.status).toBe(200);
    return res.body.items;
  }

  return {
    deliveriesOf,
    /** The delivery of `eventType`, once it succeeded. */
    settled: async (webhookId: string, eventType: string): Promise<Delivery> => {
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
    },
    /** A subscription on its own path of the receiver; its secret from the create answer. */
    subscribe: async (events: string[]): Promise<Webhook & { secret: string }> => {
      const hook = await create<Webhook & { secret: string }>(token(), '/webhooks', {
        url: `${get().receiver.url}/hooks/${randomUUID()}`,
        description: 'ERP sync',
        events,
      });
      expect(hook.secret).toMatch(/^whsec_/);
      return hook;
    },
    updateDealTitle: async (title: string): Promise<string> => {
      const deal = await create<{ id: string; version: number }>(token(), '/deals', { title: 'Hooked deal' });
      const res = await call(token(), 'PATCH', `/deals/${deal.id}`, { expectedVersion: deal.version, title });
      expect(res.status).toBe(200);
      return deal.id;
    },
    /** What the receiver got for one subscription (its own path) and one event. */
    callsFor: (hook: Webhook, eventId: string): ReceivedCall[] =>
      get().receiver.calls.filter(
        (c) => c.path === new URL(hook.url).pathname && (JSON.parse(c.body) as { id: string }).id === eventId,
      ),
  };
}
