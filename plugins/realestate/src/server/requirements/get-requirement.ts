import { authorize } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { findRequirement } from './find-requirement.js';
import type { RequirementOutput } from './requirement.schema.js';

export async function getRequirement(ctx: RealestateContext, id: string): Promise<RequirementOutput> {
  authorize(ctx.ability, 'read', 'realestate.Requirement');
  return findRequirement(ctx, id);
}
