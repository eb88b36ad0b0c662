import { newId } from '../ids.js';
import type { TenantContext } from '../records/context.js';
import { enqueueRecordEvent } from '../records/outbox.js';
import { DELIVERY_REQUESTED_TOPIC } from './webhook-dispatcher.js';
import {
  deliverySelect,
  presentDelivery,
  type WebhookDeliveryOutput,
  type WebhookEventPayload,
} from './webhook.schema.js';

/**
 * A delivery an admin asked for (a test event, a redelivery): the pending row and the outbox event
 * that makes the relay start its workflow, in the caller's transaction, so either both exist or neither.
 */
export async function requestDelivery(
  ctx: TenantContext,
  subscriptionId: string,
  event: WebhookEventPayload,
  redeliveryOf: string | null = null,
): Promise<WebhookDeliveryOutput> {
  const id = newId();
  const row = await ctx.db.webhookDelivery.create({
    data: {
      tenantId: ctx.actor.tenantId,
      id,
      subscriptionId,
      eventId: event.id,
      eventType: event.type,
      payload: JSON.parse(JSON.stringify(event)) as object,
      redeliveryOf,
    },
    select: deliverySelect,
  });
  await enqueueRecordEvent(ctx, DELIVERY_REQUESTED_TOPIC, { type: 'webhookDelivery', id });
  return presentDelivery(row);
}
