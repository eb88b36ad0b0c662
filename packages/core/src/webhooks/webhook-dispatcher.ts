import type { Client } from '@temporalio/client';
import type { TenantDb } from '../db/database.js';
import type { OutboxDispatcher, OutboxEvent } from '../workflow-engine/relay/outbox-event.js';
import { startWorkflowOnce } from '../workflow-engine/start-workflow-once.js';
import { DELIVER_WEBHOOK_WORKFLOW_TYPE, type DeliverWebhookInput } from './webhook-delivery.types.js';
import { deliveryIdOf, deliveryWorkflowId, webhookEventOf } from './webhook-event.js';
import { webhookEventPayload } from './webhook.schema.js';

export interface WebhookDispatcherDeps {
  client: Client;
  taskQueue: string;
}

/** Asked for by an admin (test event, redelivery): the delivery row was written with the event. */
export const DELIVERY_REQUESTED_TOPIC = 'webhook.delivery_requested';

/**
 * The relay's dispatcher for webhooks: a record event starts one delivery workflow per active
 * subscription that asked for its type (`t:<tenantId>:webhook:<deliveryId>`, the delivery id derived
 * from event and subscription, so a re-relayed event starts nothing new); a requested delivery starts
 * its workflow.
 */
export function createWebhookDispatcher(deps: WebhookDispatcherDeps): OutboxDispatcher {
  return async (event, { db }) => {
    if (event.topic === DELIVERY_REQUESTED_TOPIC) {
      await startRequested(deps, db, event);
      return;
    }
    const payload = webhookEventOf(event);
    if (!payload) return;
    const subscriptions = await db.webhookSubscription.findMany({
      where: { tenantId: event.tenantId, active: true, events: { has: payload.type } },
      select: { id: true },
    });
    for (const subscription of subscriptions) {
      await start(deps, {
        tenantId: event.tenantId,
        deliveryId: deliveryIdOf(event.id, subscription.id),
        subscriptionId: subscription.id,
        event: payload,
        manual: false,
      });
    }
  };
}

async function startRequested(deps: WebhookDispatcherDeps, db: TenantDb, event: OutboxEvent) {
  if (!event.recordId) return;
  const delivery = await db.webhookDelivery.findFirst({
    where: { tenantId: event.tenantId, id: event.recordId, status: 'pending' },
    select: { id: true, subscriptionId: true, payload: true },
  });
  if (!delivery) return; // deleted with its subscription meanwhile
  await start(deps, {
    tenantId: event.tenantId,
    deliveryId: delivery.id,
    subscriptionId: delivery.subscriptionId,
    event: webhookEventPayload.parse(delivery.payload),
    manual: true,
  });
}

async function start(deps: WebhookDispatcherDeps, input: DeliverWebhookInput): Promise<void> {
  await startWorkflowOnce(deps.client, {
    tenantId: input.tenantId,
    workflowId: deliveryWorkflowId(input.tenantId, input.deliveryId),
    workflowType: DELIVER_WEBHOOK_WORKFLOW_TYPE,
    args: [input],
    taskQueue: deps.taskQueue,
    memo: { subscriptionId: input.subscriptionId, eventType: input.event.type },
  });
}
