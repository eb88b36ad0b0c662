import type { TenantDb } from '@crm/core';
import type { LogisticsDb } from '../../db.js';
import { isoDay } from '../contracts/present-contract.js';
import { countActivities, zeroCounts } from './count-activities.js';
import { elapsedPercent, percentOfPlan } from './plan-progress.js';
import type { PlanVsActualRow } from './plan.schema.js';

export const planSelect = {
  id: true,
  userId: true,
  periodStart: true,
  periodEnd: true,
  callsExisting: true,
  callsPotential: true,
  meetingsExisting: true,
  meetingsPotential: true,
  version: true,
} as const;

export interface PlanRow {
  id: string;
  userId: string;
  periodStart: Date;
  periodEnd: Date;
  callsExisting: number;
  callsPotential: number;
  meetingsExisting: number;
  meetingsPotential: number;
  version: number;
}

/** Plan against actual for each plan, as of `day`, with the manager's name. */
export async function planVsActualRows(
  db: TenantDb,
  ldb: LogisticsDb,
  tenantId: string,
  plans: PlanRow[],
  day: Date,
): Promise<PlanVsActualRow[]> {
  const members = await db.membership.findMany({
    where: { tenantId, userId: { in: plans.map((p) => p.userId) } },
    select: { userId: true, user: { select: { name: true } } },
  });
  const names = new Map(members.map((m) => [m.userId, m.user.name]));
  const rows: PlanVsActualRow[] = [];
  for (const plan of plans) {
    const counts = await countActivities(db, ldb, tenantId, [plan.userId], plan.periodStart, plan.periodEnd);
    const actual = counts.get(plan.userId) ?? zeroCounts();
    const target = {
      callsExisting: plan.callsExisting,
      callsPotential: plan.callsPotential,
      meetingsExisting: plan.meetingsExisting,
      meetingsPotential: plan.meetingsPotential,
    };
    rows.push({
      planId: plan.id,
      userId: plan.userId,
      userName: names.get(plan.userId) ?? '',
      periodStart: isoDay(plan.periodStart),
      periodEnd: isoDay(plan.periodEnd),
      plan: target,
      actual,
      percent: percentOfPlan(target, actual),
      elapsedPercent: elapsedPercent(plan.periodStart, plan.periodEnd, day),
      version: plan.version,
    });
  }
  return rows;
}
