import { authorize } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { presentShowing } from './present-showing.js';
import { showingSelect, type ListShowingsInput, type ShowingOutput } from './showing.schema.js';

/** Showings by start time (the agent's calendar), filtered by object, requirement, agent, status or period. */
export async function listShowings(
  ctx: RealestateContext,
  input: ListShowingsInput,
): Promise<{ items: ShowingOutput[] }> {
  authorize(ctx.ability, 'read', 'realestate.Showing');
  const rows = await ctx.rdb.realestateShowing.findMany({
    where: {
      tenantId: ctx.actor.tenantId,
      ...(input.ListingKey ? { ListingKey: input.ListingKey } : {}),
      ...(input.requirementId ? { requirementId: input.requirementId } : {}),
      ...(input.ShowingAgentKey ? { ShowingAgentKey: input.ShowingAgentKey } : {}),
      ...(input.ShowingAppointmentStatus ? { ShowingAppointmentStatus: input.ShowingAppointmentStatus } : {}),
      ...(input.from || input.to
        ? {
            ShowingStartTimestamp: {
              ...(input.from ? { gte: input.from } : {}),
              ...(input.to ? { lt: input.to } : {}),
            },
          }
        : {}),
    },
    orderBy: [{ ShowingStartTimestamp: 'asc' }, { id: 'asc' }],
    take: input.limit,
    select: showingSelect,
  });
  return { items: rows.map(presentShowing) };
}
