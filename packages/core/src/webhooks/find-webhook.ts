import { randomBytes } from 'node:crypto';
import { AppError } from '../errors/index.js';
import type { TenantContext } from '../records/context.js';
import { webhookSelect, type WebhookRow } from './webhook.schema.js';

/** A subscription of the caller's tenant; a missing or foreign id is the same 404. */
export async function findWebhook(ctx: TenantContext, id: string): Promise<WebhookRow> {
  const row = await ctx.db.webhookSubscription.findFirst({
    where: { tenantId: ctx.actor.tenantId, id },
    select: webhookSelect,
  });
  if (!row) throw AppError.notFound('Webhook');
  return row;
}

/** A signing secret: 256 bits from the CSPRNG, prefixed so that a leaked one is recognisable. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}
