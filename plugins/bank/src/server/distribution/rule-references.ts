import { AppError } from '@crm/core';
import type { BankContext } from '../../db.js';

/**
 * Resolves and checks what a rule names: the tier by key, the team, and the managers (active members
 * of this tenant). Another tenant's ids are unknown here under RLS, so they fail the same way.
 */
export async function ruleReferences(
  ctx: BankContext,
  input: { tierKey?: string | null; teamId?: string | null; managerIds?: readonly string[] },
): Promise<{ tierId?: string | null }> {
  const tenantId = ctx.actor.tenantId;
  const issues: { field: string; message: string }[] = [];
  let tierId: string | null | undefined;
  if (input.tierKey !== undefined) {
    tierId = null;
    if (input.tierKey !== null) {
      const tier = await ctx.bdb.bankTier.findFirst({
        where: { tenantId, key: input.tierKey },
        select: { id: true },
      });
      if (tier) tierId = tier.id;
      else issues.push({ field: 'tierKey', message: `no tier "${input.tierKey}"` });
    }
  }
  if (input.teamId) {
    const team = await ctx.db.team.findFirst({ where: { id: input.teamId }, select: { id: true } });
    if (!team) issues.push({ field: 'teamId', message: 'no such team' });
  }
  if (input.managerIds) {
    const members = await ctx.db.membership.findMany({
      where: { userId: { in: [...input.managerIds] }, disabledAt: null },
      select: { userId: true },
    });
    const known = new Set(members.map((m) => m.userId));
    input.managerIds.forEach((id, i) => {
      if (!known.has(id))
        issues.push({ field: `managerIds.${i}`, message: 'is not an active member of this workspace' });
    });
  }
  if (issues.length) throw AppError.invalid(issues);
  return tierId === undefined ? {} : { tierId };
}
