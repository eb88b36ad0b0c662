import { authorize } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { findRequirement } from '../requirements/find-requirement.js';
import { requirementMatches } from './list-matches.js';
import { matchRequirement } from './match-records.js';
import type { MatchOutput } from './match.schema.js';

/** Matches one requirement right away (the agent need not wait for the matching workflow). */
export async function matchRequirementNow(
  ctx: RealestateContext,
  id: string,
): Promise<{ items: MatchOutput[] }> {
  authorize(ctx.ability, 'update', 'realestate.Requirement');
  await findRequirement(ctx, id);
  await matchRequirement(ctx.rdb, ctx.actor.tenantId, id);
  return requirementMatches(ctx, id);
}
