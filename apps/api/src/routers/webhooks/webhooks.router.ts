import { webhooks } from '@crm/core';
import { router } from '../../trpc/init.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { deletedOutput, idInput, listOutput } from '../shared.js';

const tags = ['Webhooks'];

/** Tenant webhook subscriptions and their delivery log (tenant admins; docs/decisions/webhooks.md). */
export const webhooksRouter = router({
  list: tenantProcedure
    .meta({ openapi: { method: 'GET', path: '/webhooks', tags, summary: 'List webhook subscriptions' } })
    .input(webhooks.listWebhooksInput)
    .output(listOutput(webhooks.webhookOutput))
    .query(({ ctx, input }) => webhooks.listWebhooks(ctx.tenant, input)),
  create: tenantProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/webhooks',
        tags,
        summary: 'Subscribe a URL to record events (the signing secret is shown once)',
      },
      created: true,
    })
    .input(webhooks.createWebhookInput)
    .output(webhooks.webhookWithSecretOutput)
    .mutation(({ ctx, input }) => webhooks.createWebhook(ctx.tenant, input)),
  get: tenantProcedure
    .meta({ openapi: { method: 'GET', path: '/webhooks/{id}', tags, summary: 'One webhook subscription' } })
    .input(idInput)
    .output(webhooks.webhookOutput)
    .query(({ ctx, input }) => webhooks.getWebhook(ctx.tenant, input.id)),
  update: tenantProcedure
    .meta({
      openapi: {
        method: 'PATCH',
        path: '/webhooks/{id}',
        tags,
        summary: 'Change URL, description, events or enable/disable',
      },
    })
    .input(webhooks.updateWebhookInput)
    .output(webhooks.webhookOutput)
    .mutation(({ ctx, input }) => webhooks.updateWebhook(ctx.tenant, input)),
  delete: tenantProcedure
    .meta({
      openapi: {
        method: 'DELETE',
        path: '/webhooks/{id}',
        tags,
        summary: 'Delete a subscription and its log',
      },
    })
    .input(idInput)
    .output(deletedOutput)
    .mutation(({ ctx, input }) => webhooks.deleteWebhook(ctx.tenant, input.id)),
  rotateSecret: tenantProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/webhooks/{id}/rotate-secret',
        tags,
        summary: 'Replace the signing secret (the new one is shown once)',
      },
    })
    .input(idInput)
    .output(webhooks.webhookWithSecretOutput)
    .mutation(({ ctx, input }) => webhooks.rotateWebhookSecret(ctx.tenant, input.id)),
  test: tenantProcedure
    .meta({
      openapi: { method: 'POST', path: '/webhooks/{id}/test', tags, summary: 'Send a test event' },
      created: true,
    })
    .input(idInput)
    .output(webhooks.webhookDeliveryOutput)
    .mutation(({ ctx, input }) => webhooks.sendTestEvent(ctx.tenant, input.id)),
  deliveries: tenantProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/webhooks/{id}/deliveries',
        tags,
        summary: 'The delivery log of a subscription, newest first',
      },
    })
    .input(webhooks.listDeliveriesInput)
    .output(listOutput(webhooks.webhookDeliveryOutput))
    .query(({ ctx, input }) => webhooks.listWebhookDeliveries(ctx.tenant, input)),
  redeliver: tenantProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/webhooks/{id}/deliveries/{deliveryId}/redeliver',
        tags,
        summary: 'Send a past delivery again',
      },
      created: true,
    })
    .input(webhooks.redeliverInput)
    .output(webhooks.webhookDeliveryOutput)
    .mutation(({ ctx, input }) => webhooks.redeliverWebhook(ctx.tenant, input)),
});
