import { authorize } from '@crm/core';
import type { BankContext } from '../../db.js';
import { clientWhere } from '../shared/client-scope.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { presentPlans } from './present-plan.js';
import { planSelect, type ListPlansInput, type PlanOutput } from './plan.schema.js';

/**
 * The clients the actor works with (its own, its teams' or all, by role), most urgent next contact
 * first; `due` keeps those whose next contact is due now. Paged by id cursor.
 */
export async function listPlans(
  ctx: BankContext,
  input: ListPlansInput,
): Promise<{ items: PlanOutput[]; nextCursor: string | null }> {
  authorize(ctx.ability, 'read', 'bank.Client');
  const now = new Date();
  const filters: Prisma.BankRelationshipPlanWhereInput[] = [
    { tenantId: ctx.actor.tenantId },
    clientWhere(ctx.ability, 'read'),
  ];
  if (input.contactId) filters.push({ contactId: input.contactId });
  if (input.accountId) filters.push({ accountId: input.accountId });
  if (input.managerId) filters.push({ managerId: input.managerId });
  if (input.tierKey) filters.push({ tier: { key: input.tierKey } });
  if (input.valueTier) filters.push({ valueTier: input.valueTier });
  if (input.status) filters.push({ status: input.status });
  if (input.due === 'true') filters.push({ status: 'active', nextContactDueAt: { lte: now } });
  const rows = await ctx.bdb.bankRelationshipPlan.findMany({
    where: { AND: filters },
    orderBy: [{ nextContactDueAt: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    take: input.limit + 1,
    ...(input.cursor
      ? { cursor: { tenantId_id: { tenantId: ctx.actor.tenantId, id: input.cursor } }, skip: 1 }
      : {}),
    select: planSelect,
  });
  const page = rows.slice(0, input.limit);
  return {
    items: await presentPlans(ctx.db, page, now),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
