import type { PluginApiKit } from '@crm/api';
import { telecomContext } from '../db.js';
import { items } from './router-kit.js';
import * as usage from './usage/index.js';

const metering = ['Telecom: usage (TMF635)'];

/** Usage records (TMF635), one or a batch at a time. */
export function usageRouter({ router, procedure }: PluginApiKit) {
  return router({
    list: procedure
      .meta({
        openapi: { method: 'GET', path: '/telecom/usage', tags: metering, summary: 'Usage records' },
      })
      .input(usage.listUsageInput)
      .output(items(usage.usageOutput))
      .query(({ ctx, input }) => usage.listUsage(telecomContext(ctx.tenant), input)),
    create: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/telecom/usage',
          tags: metering,
          summary: 'Record usage (one or a batch)',
        },
        created: true,
      })
      .input(usage.createUsageBatchInput)
      .output(items(usage.usageOutput))
      .mutation(({ ctx, input }) => usage.createUsage(telecomContext(ctx.tenant), input)),
  });
}
