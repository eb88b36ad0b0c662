import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authz/index.js';
import type { TenantContext } from '../records/context.js';
import { changedFields } from '../records/changed-fields.js';
import { findWebhook } from './find-webhook.js';
import { assertDeliverableUrl } from './network-guard.js';
import {
  presentWebhook,
  webhookSelect,
  type UpdateWebhookInput,
  type WebhookOutput,
} from './webhook.schema.js';

/** Changes the URL, description, events or the active flag; a new URL passes the SSRF guard first. */
export async function updateWebhook(ctx: TenantContext, input: UpdateWebhookInput): Promise<WebhookOutput> {
  authorize(ctx.ability, 'update', 'Webhook');
  const { id, ...fields } = input;
  const existing = presentWebhook(await findWebhook(ctx, id));
  if (fields.url !== undefined) await assertDeliverableUrl(fields.url);
  const row = await ctx.db.webhookSubscription.update({
    where: { tenantId_id: { tenantId: ctx.actor.tenantId, id } },
    data: { ...fields, updatedAt: new Date() },
    select: webhookSelect,
  });
  const updated = presentWebhook(row);
  await recordAudit(ctx, {
    action: 'webhook.updated',
    recordType: 'Webhook',
    recordId: id,
    ...changedFields(existing, updated),
  });
  return updated;
}
