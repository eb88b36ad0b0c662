import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authz/index.js';
import type { TenantContext } from '../records/context.js';
import { findWebhook, newWebhookSecret } from './find-webhook.js';
import { presentWebhook, webhookSelect, type WebhookWithSecretOutput } from './webhook.schema.js';

/**
 * How long the replaced secret keeps signing deliveries, as a second signature: receivers switch to
 * the new secret within this window without rejecting a call.
 */
export const SECRET_OVERLAP_MS = 24 * 60 * 60 * 1000;

/**
 * Replaces the signing secret: every attempt from this commit on (retries of older deliveries
 * included) is signed with the new one, and for `SECRET_OVERLAP_MS` also with the replaced one
 * (`X-CRM-Signature-Previous`). A second rotation within the window drops the older secret. The
 * answer is the only time the new secret is shown; the replaced one is never returned.
 */
export async function rotateWebhookSecret(ctx: TenantContext, id: string): Promise<WebhookWithSecretOutput> {
  authorize(ctx.ability, 'update', 'Webhook');
  const current = await findWebhook(ctx, id);
  const before = presentWebhook(current);
  const secret = newWebhookSecret();
  const now = new Date();
  const row = await ctx.db.webhookSubscription.update({
    where: { tenantId_id: { tenantId: ctx.actor.tenantId, id } },
    data: {
      secret,
      previousSecret: current.secret,
      previousSecretExpiresAt: new Date(now.getTime() + SECRET_OVERLAP_MS),
      updatedAt: now,
    },
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
