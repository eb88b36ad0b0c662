import { authorize } from '../authz/index.js';
import type { TenantContext } from '../records/context.js';
import { keysetPage, toPage, type ListPage } from '../records/list-input.js';
import { findWebhook } from './find-webhook.js';
import {
  deliverySelect,
  presentDelivery,
  type ListDeliveriesInput,
  type WebhookDeliveryOutput,
} from './webhook.schema.js';

/** The delivery log of one subscription, newest first. */
export async function listWebhookDeliveries(
  ctx: TenantContext,
  input: ListDeliveriesInput,
): Promise<ListPage<WebhookDeliveryOutput>> {
  authorize(ctx.ability, 'read', 'Webhook');
  await findWebhook(ctx, input.id);
  const page = keysetPage({ field: 'createdAt', direction: 'desc' }, input.cursor);
  const rows = await ctx.db.webhookDelivery.findMany({
    where: { AND: [{ tenantId: ctx.actor.tenantId, subscriptionId: input.id }, page.where] },
    orderBy: page.orderBy,
    take: input.limit + 1,
    select: deliverySelect,
  });
  return toPage(rows, input.limit, (row) => row.createdAt, presentDelivery);
}
