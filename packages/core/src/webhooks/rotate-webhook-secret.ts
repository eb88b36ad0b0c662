import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authz/index.js';
import type { TenantContext } from '../records/context.js';
import { findWebhook, newWebhookSecret } from './find-webhook.js';
import { presentWebhook, webhookSelect, type WebhookWithSecretOutput } from './webhook.schema.js';

/**
 * Replaces the signing secret at once: every attempt from this commit on (retries of older
 * deliveries included) is signed with the new one. The answer is the only time it is shown.
 */
export async function rotateWebhookSecret(ctx: TenantContext, id: string): Promise<WebhookWithSecretOutput> {
  authorize(ctx.ability, 'update', 'Webhook');
  const before = presentWebhook(await findWebhook(ctx, id));
  const secret = newWebhookSecret();
  const row = await ctx.db.webhookSubscription.update({
    where: { tenantId_id: { tenantId: ctx.actor.tenantId, id } },
    data: { secret, updatedAt: new Date() },
    select: webhookSelect,
  });
  const shown = presentWebhook(row);
  await recordAudit(ctx, {
    action: 'webhook.secretRotated',
    recordType: 'Webhook',
    recordId: id,
    before: { secretHint: before.secretHint },
    after: { secretHint: shown.secretHint },
  });
  return { ...shown, secret };
}
