import { AppError } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { presentRequirement } from './present-requirement.js';
import { requirementSelect, type RequirementOutput } from './requirement.schema.js';

/** One requirement of the tenant, or the same 404 for a missing and a foreign-tenant id. */
export async function findRequirement(ctx: RealestateContext, id: string): Promise<RequirementOutput> {
  const row = await ctx.rdb.realestateRequirement.findFirst({
    where: { tenantId: ctx.actor.tenantId, id },
    select: requirementSelect,
  });
  if (!row) throw AppError.notFound('Requirement');
  return presentRequirement(row);
}
