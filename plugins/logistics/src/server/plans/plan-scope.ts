import type { LogisticsContext } from '../../db.js';

/**
 * Whose plans the actor sees and sets: every member's for a role that manages plans (tenant admins),
 * the actor's own and those of the members of the teams they lead for sales managers, else their own.
 * `null` means everyone.
 */
export async function planUserScope(ctx: LogisticsContext): Promise<string[] | null> {
  if (ctx.ability.can('manage', 'logistics.SalesPlan')) return null;
  if (!ctx.ability.can('create', 'logistics.SalesPlan')) return [ctx.actor.userId];
  const led = await ctx.db.teamMember.findMany({
    where: { tenantId: ctx.actor.tenantId, userId: ctx.actor.userId, isManager: true },
    select: { teamId: true },
  });
  const members = await ctx.db.teamMember.findMany({
    where: { tenantId: ctx.actor.tenantId, teamId: { in: led.map((t) => t.teamId) } },
    select: { userId: true },
  });
  return [...new Set([ctx.actor.userId, ...members.map((m) => m.userId)])];
}
