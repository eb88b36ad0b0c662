import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authz/index.js';
import { AppError } from '../errors/index.js';
import type { TenantContext } from '../records/context.js';
import { findWebhook } from './find-webhook.js';
import { requestDelivery } from './request-delivery.js';
import { webhookEventPayload, type RedeliverInput, type WebhookDeliveryOutput } from './webhook.schema.js';

/**
 * Sends a past delivery's event again, as a new delivery with its own log. The event (id, body) and
 * so the Idempotency-Key are the same as the first time: a receiver that processed it can tell.
 */
export async function redeliverWebhook(
  ctx: TenantContext,
  input: RedeliverInput,
): Promise<WebhookDeliveryOutput> {
  authorize(ctx.ability, 'update', 'Webhook');
  await findWebhook(ctx, input.id);
  const original = await ctx.db.webhookDelivery.findFirst({
    where: { tenantId: ctx.actor.tenantId, id: input.deliveryId, subscriptionId: input.id },
    select: { id: true, payload: true },
  });
  if (!original) throw AppError.notFound('Webhook delivery');
  const delivery = await requestDelivery(
    ctx,
    input.id,
    webhookEventPayload.parse(original.payload),
    original.id,
  );
  await recordAudit(ctx, {
    action: 'webhook.redelivered',
    recordType: 'Webhook',
    recordId: input.id,
    after: { deliveryId: delivery.id, redeliveryOf: original.id },
  });
  return delivery;
}
