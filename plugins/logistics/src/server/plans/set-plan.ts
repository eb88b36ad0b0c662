import { AppError, authorize, newId, recordAudit } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { planSelect, planVsActualRows } from './plan-rows.js';
import { planUserScope } from './plan-scope.js';
import type { PlanVsActualRow, SetPlanInput } from './plan.schema.js';

/**
 * Sets a manager's plan for a period (one per manager and period start; setting it again changes the
 * targets). Admins set anyone's, sales managers their own and their teams'.
 */
export async function setPlan(ctx: LogisticsContext, input: SetPlanInput): Promise<PlanVsActualRow> {
  authorize(ctx.ability, 'create', 'logistics.SalesPlan');
  const tenantId = ctx.actor.tenantId;
  const scope = await planUserScope(ctx);
  const member = await ctx.db.membership.findFirst({
    where: { tenantId, userId: input.userId, disabledAt: null },
    select: { userId: true },
  });
  if (!member || (scope && !scope.includes(input.userId))) {
    throw AppError.invalid([{ field: 'userId', message: 'no such member in your teams' }]);
  }
  const periodStart = new Date(input.periodStart);
  const periodEnd = new Date(input.periodEnd);
  const overlapping = await ctx.ldb.logisticsSalesPlan.findFirst({
    where: {
      tenantId,
      userId: input.userId,
      periodStart: { lte: periodEnd, not: periodStart },
      periodEnd: { gte: periodStart },
    },
    select: { periodStart: true },
  });
  if (overlapping) {
    throw AppError.invalid([{ field: 'periodStart', message: 'overlaps another plan of this manager' }]);
  }
  const targets = {
    periodEnd,
    callsExisting: input.callsExisting,
    callsPotential: input.callsPotential,
    meetingsExisting: input.meetingsExisting,
    meetingsPotential: input.meetingsPotential,
  };
  const plan = await ctx.ldb.logisticsSalesPlan.upsert({
    where: { tenantId_userId_periodStart: { tenantId, userId: input.userId, periodStart } },
    create: { tenantId, id: newId(), userId: input.userId, periodStart, ...targets },
    update: { ...targets, midCheckedAt: null },
    select: planSelect,
  });
  const [row] = await planVsActualRows(ctx.db, ctx.ldb, tenantId, [plan], new Date());
  if (!row) throw new AppError('INTERNAL', 'The plan was not saved');
  await recordAudit(ctx, {
    action: 'logistics.sales_plan.set',
    recordType: 'logistics.sales_plan',
    recordId: plan.id,
    after: input,
  });
  return row;
}
