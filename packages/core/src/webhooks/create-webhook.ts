import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authz/index.js';
import { newId } from '../ids.js';
import type { TenantContext } from '../records/context.js';
import { newWebhookSecret } from './find-webhook.js';
import { assertDeliverableUrl } from './network-guard.js';
import {
  presentWebhook,
  webhookSelect,
  type CreateWebhookInput,
  type WebhookWithSecretOutput,
} from './webhook.schema.js';

/**
 * Subscribes a URL to record events of the tenant. The URL must not point into private or internal
 * networks (checked here and again at every delivery); the signing secret is made here and shown in
 * this answer only.
 */
export async function createWebhook(
  ctx: TenantContext,
  input: CreateWebhookInput,
): Promise<WebhookWithSecretOutput> {
  authorize(ctx.ability, 'create', 'Webhook');
  await assertDeliverableUrl(input.url);
  const secret = newWebhookSecret();
  const row = await ctx.db.webhookSubscription.create({
    data: {
      tenantId: ctx.actor.tenantId,
      id: newId(),
      url: input.url,
      description: input.description,
      events: input.events,
      active: input.active,
      secret,
      createdById: ctx.actor.userId,
    },
    select: webhookSelect,
  });
  const shown = presentWebhook(row);
  await recordAudit(ctx, {
    action: 'webhook.created',
    recordType: 'Webhook',
    recordId: row.id,
    after: { url: row.url, events: row.events, active: row.active, secretHint: shown.secretHint },
  });
  return { ...shown, secret };
}
