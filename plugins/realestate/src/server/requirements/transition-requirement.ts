import { AppError, authorize, recordAudit } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { findRequirement } from './find-requirement.js';
import type { RequirementOutput, TransitionRequirementInput } from './requirement.schema.js';
import { planRequirementTransition } from './requirement-state-machine.js';

/** Pauses, resumes, fulfils or cancels a requirement (409 naming the allowed moves otherwise). */
export async function transitionRequirement(
  ctx: RealestateContext,
  input: TransitionRequirementInput,
): Promise<RequirementOutput> {
  authorize(ctx.ability, 'update', 'realestate.Requirement');
  const before = await findRequirement(ctx, input.id);
  planRequirementTransition(before.status, input.status);
  const updated = await ctx.rdb.realestateRequirement.updateMany({
    where: {
      tenantId: ctx.actor.tenantId,
      id: input.id,
      status: before.status,
      version: input.expectedVersion ?? before.version,
    },
    data: { status: input.status, matchRequestedAt: new Date() },
  });
  if (updated.count === 0)
    throw AppError.conflict('The requirement was changed meanwhile; reload it and retry');
  const after = await findRequirement(ctx, input.id);
  await recordAudit(ctx, {
    action: 'realestate.requirement.status_changed',
    recordType: 'realestate.requirement',
    recordId: input.id,
    before: { status: before.status },
    after: { status: after.status },
  });
  return after;
}
