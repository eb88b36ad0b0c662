import { AppError, authorize, recordAudit } from '@crm/core';
import type { BankContext } from '../../db.js';
import { distributeClient } from '../distribution/distribute-client.js';
import { findPlan, loadPlan } from './find-plan.js';
import { moveClient } from './move-client.js';
import { presentPlan } from './present-plan.js';
import type { AssignmentOutput, AssignPlanInput, PlanOutput } from './plan.schema.js';

/**
 * Hands a client to another manager (explicitly, or by the distribution rules when `managerId` is
 * omitted). Needs `assign` on clients; the core record's owner moves too, with its history row.
 */
export async function assignPlan(
  ctx: BankContext,
  input: AssignPlanInput,
): Promise<PlanOutput & { assignment: AssignmentOutput }> {
  authorize(ctx.ability, 'assign', 'bank.Client');
  const tenantId = ctx.actor.tenantId;
  const plan = await findPlan(ctx, input.id, 'assign');
  let assignment: AssignmentOutput;
  if (input.managerId) {
    const member = await ctx.db.membership.findFirst({
      where: { userId: input.managerId, disabledAt: null },
      select: { id: true },
    });
    if (!member)
      throw AppError.invalid([{ field: 'managerId', message: 'is not an active member of this workspace' }]);
    assignment = { managerId: input.managerId, teamId: plan.teamId, by: 'explicit', ruleId: null };
  } else {
    const byRule = await distributeClient(
      ctx.db,
      ctx.bdb,
      tenantId,
      {
        clientType: plan.clientType === 'organisation' ? 'organisation' : 'individual',
        segment: plan.segment,
        region: plan.region,
        tierId: plan.tier.id,
      },
      plan.managerId ? [plan.managerId] : [],
    );
    if (!byRule)
      throw AppError.invalid([
        { field: 'managerId', message: 'no distribution rule matches this client; name the manager' },
      ]);
    assignment = { ...byRule, by: 'rule' };
  }
  if (assignment.managerId === plan.managerId)
    throw AppError.invalid([{ field: 'managerId', message: 'is the current manager already' }]);
  await moveClient(ctx.db, ctx.bdb, {
    tenantId,
    planId: plan.id,
    contactId: plan.contactId,
    accountId: plan.accountId,
    toUserId: assignment.managerId ?? ctx.actor.userId,
    teamId: assignment.teamId,
    changedById: ctx.actor.userId,
    reason: input.reason ?? `bank: client reassigned (${assignment.by})`,
  });
  const after = await presentPlan(ctx.db, await loadPlan(ctx, plan.id));
  await recordAudit(ctx, {
    action: 'bank.client.reassigned',
    recordType: 'bank.client',
    recordId: plan.id,
    before: { managerId: plan.managerId },
    after: { managerId: after.managerId, assignment, reason: input.reason ?? null },
  });
  return { ...after, assignment };
}
