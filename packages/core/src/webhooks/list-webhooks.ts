import { authorize } from '../authz/index.js';
import type { TenantContext } from '../records/context.js';
import { keysetPage, toPage, type ListPage } from '../records/list-input.js';
import {
  presentWebhook,
  webhookSelect,
  type ListWebhooksInput,
  type WebhookOutput,
} from './webhook.schema.js';

/** The tenant's subscriptions, newest first, secrets masked. */
export async function listWebhooks(
  ctx: TenantContext,
  input: ListWebhooksInput,
): Promise<ListPage<WebhookOutput>> {
  authorize(ctx.ability, 'read', 'Webhook');
  const page = keysetPage({ field: 'createdAt', direction: 'desc' }, input.cursor);
  const rows = await ctx.db.webhookSubscription.findMany({
    where: { AND: [{ tenantId: ctx.actor.tenantId }, page.where] },
    orderBy: page.orderBy,
    take: input.limit + 1,
    select: webhookSelect,
  });
  return toPage(rows, input.limit, (row) => row.createdAt, presentWebhook);
}
