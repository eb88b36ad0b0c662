import { AppError, authorize, recordAudit } from '@crm/core';
import type { BankContext } from '../../db.js';
import { nextContactDue } from './cadence.js';
import { findPlan } from './find-plan.js';
import { presentPlan } from './present-plan.js';
import type { PlanOutput, UpdatePlanInput } from './plan.schema.js';

/**
 * Changes a client's plan: tier (the next contact due follows the new tier's cadence at once),
 * segment, region, status, insight. The manager changes only through `assignPlan`.
 */
export async function updatePlan(ctx: BankContext, input: UpdatePlanInput): Promise<PlanOutput> {
  authorize(ctx.ability, 'update', 'bank.Client');
  const tenantId = ctx.actor.tenantId;
  const current = await findPlan(ctx, input.id, 'update');
  const before = await presentPlan(ctx.db, current);
  const { id, expectedVersion, tierKey, ...changes } = input;
  let tier = current.tier;
  if (tierKey !== undefined && tierKey !== current.tier.key) {
    const found = await ctx.bdb.bankTier.findFirst({
      where: { tenantId, key: tierKey },
      select: { id: true, contactIntervalDays: true, key: true },
    });
    if (!found) throw AppError.invalid([{ field: 'tierKey', message: `no tier "${tierKey}"` }]);
    tier = { ...tier, ...found };
  }
  const updated = await ctx.bdb.bankRelationshipPlan.updateMany({
    where: { tenantId, id, version: expectedVersion ?? current.version },
    data: {
      ...changes,
      tierId: tier.id,
      nextContactDueAt: nextContactDue(current.lastContactAt, current.createdAt, tier.contactIntervalDays),
    },
  });
  if (updated.count === 0)
    throw AppError.conflict('The client plan was changed meanwhile; reload it and retry');
  const after = await presentPlan(ctx.db, await findPlan(ctx, id));
  await recordAudit(ctx, {
    action: tier.id === current.tier.id ? 'bank.client.updated' : 'bank.client.tier_changed',
    recordType: 'bank.client',
    recordId: id,
    before,
    after,
  });
  return after;
}
