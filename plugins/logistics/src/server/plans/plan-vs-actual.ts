import { authorize } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { planSelect, planVsActualRows } from './plan-rows.js';
import { planUserScope } from './plan-scope.js';
import type { PlanVsActualInput, PlanVsActualRow } from './plan.schema.js';

/**
 * Per-manager plan against actual for the plans whose period contains `on` (default today): calls
 * and meetings with existing and potential clients counted from the core's activities, % of plan.
 * Admins see every manager, sales managers their teams, others their own plan.
 */
export async function planVsActual(
  ctx: LogisticsContext,
  input: PlanVsActualInput,
): Promise<{ on: string; items: PlanVsActualRow[] }> {
  authorize(ctx.ability, 'read', 'logistics.SalesPlan');
  const on = input.on ?? new Date().toISOString().slice(0, 10);
  const day = new Date(on);
  const scope = await planUserScope(ctx);
  const wanted = input.userId ? [input.userId].filter((id) => !scope || scope.includes(id)) : scope;
  const plans = await ctx.ldb.logisticsSalesPlan.findMany({
    where: {
      tenantId: ctx.actor.tenantId,
      periodStart: { lte: day },
      periodEnd: { gte: day },
      ...(wanted ? { userId: { in: wanted } } : {}),
    },
    orderBy: [{ userId: 'asc' }],
    take: 500,
    select: planSelect,
  });
  const items = await planVsActualRows(ctx.db, ctx.ldb, ctx.actor.tenantId, plans, day);
  items.sort((a, b) => a.userName.localeCompare(b.userName) || a.userId.localeCompare(b.userId));
  return { on, items };
}
