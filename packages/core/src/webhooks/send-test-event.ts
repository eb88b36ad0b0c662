import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authz/index.js';
import { newId } from '../ids.js';
import type { TenantContext } from '../records/context.js';
import { findWebhook } from './find-webhook.js';
import { requestDelivery } from './request-delivery.js';
import { TEST_EVENT_TYPE, type WebhookDeliveryOutput } from './webhook.schema.js';

/** Sends a `webhook.test` event to the subscription (even a disabled one), signed like any other. */
export async function sendTestEvent(ctx: TenantContext, id: string): Promise<WebhookDeliveryOutput> {
  authorize(ctx.ability, 'update', 'Webhook');
  await findWebhook(ctx, id);
  const delivery = await requestDelivery(ctx, id, {
    id: newId(),
    type: TEST_EVENT_TYPE,
    occurredAt: new Date().toISOString(),
    data: { subscriptionId: id, message: 'A test event sent from the CRM' },
  });
  await recordAudit(ctx, {
    action: 'webhook.testSent',
    recordType: 'Webhook',
    recordId: id,
    after: { deliveryId: delivery.id },
  });
  return delivery;
}
