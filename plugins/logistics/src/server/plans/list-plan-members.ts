import { authorize } from '@crm/core';
import { z } from 'zod';
import type { LogisticsContext } from '../../db.js';
import { planUserScope } from './plan-scope.js';

export const planMemberOutput = z.object({ userId: z.string(), name: z.string() });
export type PlanMember = z.infer<typeof planMemberOutput>;

/**
 * The active members the actor may set a plan for (everyone for an admin, the teams they lead and
 * themselves for a sales manager), by name: the choices of the plan form.
 */
export async function listPlanMembers(ctx: LogisticsContext): Promise<{ items: PlanMember[] }> {
  authorize(ctx.ability, 'create', 'logistics.SalesPlan');
  const scope = await planUserScope(ctx);
  const members = await ctx.db.membership.findMany({
    where: {
      tenantId: ctx.actor.tenantId,
      disabledAt: null,
      ...(scope ? { userId: { in: scope } } : {}),
    },
    select: { userId: true, user: { select: { name: true } } },
  });
  const items = members
    .map((m) => ({ userId: m.userId, name: m.user.name }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
  return { items };
}
