import { authorize } from '../authz/index.js';
import type { TenantContext } from '../records/context.js';
import { findWebhook } from './find-webhook.js';
import { presentWebhook, type WebhookOutput } from './webhook.schema.js';

/** One subscription, its secret masked. */
export async function getWebhook(ctx: TenantContext, id: string): Promise<WebhookOutput> {
  authorize(ctx.ability, 'read', 'Webhook');
  return presentWebhook(await findWebhook(ctx, id));
}
