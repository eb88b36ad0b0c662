import type { PluginApiKit } from '@crm/api';
import { z } from 'zod';
import { logisticsContext } from '../db.js';
import * as plans from './plans/index.js';

/** Per-manager activity plans and plan against actual: `plugins.logistics.plans`. */
export function plansRouter({ router, procedure }: PluginApiKit) {
  const tags = ['Logistics: sales plans'];
  return router({
    set: procedure
      .meta({
        openapi: {
          method: 'PUT',
          path: '/logistics/plans',
          tags,
          summary:
            "Set a manager's plan for a period (calls and meetings with existing and potential clients)",
        },
      })
      .input(plans.setPlanInput)
      .output(plans.planVsActualRow)
      .mutation(({ ctx, input }) => plans.setPlan(logisticsContext(ctx.tenant), input)),
    members: procedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/logistics/plans/members',
          tags,
          summary:
            'The members the caller may set a plan for (everyone for an admin, their teams for a manager)',
        },
      })
      .input(z.strictObject({}))
      .output(z.object({ items: z.array(plans.planMemberOutput) }))
      .query(({ ctx }) => plans.listPlanMembers(logisticsContext(ctx.tenant))),
    progress: procedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/logistics/plans/progress',
          tags,
          summary:
            'Plan against actual per manager for the periods containing a day (default today), % of plan',
        },
      })
      .input(plans.planVsActualInput)
      .output(z.object({ on: z.string(), items: z.array(plans.planVsActualRow) }))
      .query(({ ctx, input }) => plans.planVsActual(logisticsContext(ctx.tenant), input)),
  });
}
