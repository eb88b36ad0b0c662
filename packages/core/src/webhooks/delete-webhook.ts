import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authz/index.js';
import type { TenantContext } from '../records/context.js';
import { findWebhook } from './find-webhook.js';

/**
 * Deletes a subscription with its delivery log. Deliveries still retrying find it gone and stop
 * (their activity fails permanently with NOT_FOUND).
 */
export async function deleteWebhook(ctx: TenantContext, id: string): Promise<{ id: string; deleted: true }> {
  authorize(ctx.ability, 'delete', 'Webhook');
  const existing = await findWebhook(ctx, id);
  await ctx.db.webhookSubscription.deleteMany({ where: { tenantId: ctx.actor.tenantId, id } });
  await recordAudit(ctx, {
    action: 'webhook.deleted',
    recordType: 'Webhook',
    recordId: id,
    before: { url: existing.url, events: existing.events },
  });
  return { id, deleted: true };
}
