import { authorize } from '@crm/core';
import type { BankContext } from '../../db.js';
import { findPlan } from '../plans/find-plan.js';
import { presentSnapshot } from './present-snapshot.js';
import { snapshotSelect, type SnapshotOutput } from './profitability.schema.js';

/** A client's monthly profitability, newest month first (at most 36). */
export async function listSnapshots(ctx: BankContext, planId: string): Promise<{ items: SnapshotOutput[] }> {
  authorize(ctx.ability, 'read', 'bank.Profitability');
  const plan = await findPlan(ctx, planId, 'read', 'bank.Profitability');
  const rows = await ctx.bdb.bankProfitabilitySnapshot.findMany({
    where: { tenantId: ctx.actor.tenantId, planId: plan.id },
    orderBy: { period: 'desc' },
    take: 36,
    select: snapshotSelect,
  });
  return { items: rows.map(presentSnapshot) };
}
