import { authorize } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { presentRequirement } from './present-requirement.js';
import {
  requirementSelect,
  type ListRequirementsInput,
  type RequirementOutput,
} from './requirement.schema.js';

/** Requirements newest first, by status, agent or buyer. */
export async function listRequirements(
  ctx: RealestateContext,
  input: ListRequirementsInput,
): Promise<{ items: RequirementOutput[] }> {
  authorize(ctx.ability, 'read', 'realestate.Requirement');
  const rows = await ctx.rdb.realestateRequirement.findMany({
    where: {
      tenantId: ctx.actor.tenantId,
      ...(input.status ? { status: input.status } : {}),
      ...(input.agentId ? { agentId: input.agentId } : {}),
      ...(input.contactId ? { contactId: input.contactId } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit,
    select: requirementSelect,
  });
  return { items: rows.map(presentRequirement) };
}
