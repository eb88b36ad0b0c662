import { AppError } from '@crm/core';
import type { BankContext } from '../../db.js';
import type { BankSubject } from '../../authz.js';
import { clientWhere } from '../shared/client-scope.js';
import { planSelect, type PlanRow } from './plan.schema.js';

/**
 * One client plan the actor may `action` (through `subject`), or the same 404 for a missing, a
 * foreign-tenant and an out-of-scope id.
 */
export async function findPlan(
  ctx: BankContext,
  id: string,
  action = 'read',
  subject: BankSubject = 'bank.Client',
): Promise<PlanRow> {
  const row = await ctx.bdb.bankRelationshipPlan.findFirst({
    where: { AND: [{ tenantId: ctx.actor.tenantId, id }, clientWhere(ctx.ability, action, subject)] },
    select: planSelect,
  });
  if (!row) throw AppError.notFound('Client plan');
  return row;
}

/** A plan by id without the actor's scope (after a change that may have moved it out of the scope). */
export async function loadPlan(ctx: BankContext, id: string): Promise<PlanRow> {
  const row = await ctx.bdb.bankRelationshipPlan.findFirst({
    where: { tenantId: ctx.actor.tenantId, id },
    select: planSelect,
  });
  if (!row) throw AppError.notFound('Client plan');
  return row;
}
