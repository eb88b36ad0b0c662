import { authorize } from '@crm/core';
import type { BankContext } from '../../db.js';
import { householdWhere } from './household-access.js';
import type { HouseholdOutput } from './household.schema.js';
import { presentHouseholds } from './present-household.js';

/** Households the actor sees (at most 200), with members and balances. */
export async function listHouseholds(ctx: BankContext): Promise<{ items: HouseholdOutput[] }> {
  authorize(ctx.ability, 'read', 'bank.Client');
  const rows = await ctx.bdb.bankHousehold.findMany({
    where: { AND: [{ tenantId: ctx.actor.tenantId }, await householdWhere(ctx)] },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: 200,
    select: { id: true },
  });
  return {
    items: await presentHouseholds(
      ctx,
      rows.map((r) => r.id),
    ),
  };
}
