import { accessibleWhere } from '@crm/core';
import type { LogisticsContext } from '../db.js';

/**
 * The accounts whose logistics records (contracts, shipments) the actor sees: all of them when the
 * role reads every account, otherwise the ones it may read (a sales rep's own, a manager's team's).
 * Returns a `where` fragment on `accountId` for the plugin's tables.
 */
export async function readableAccountsWhere(
  ctx: LogisticsContext,
): Promise<{ accountId?: { in: string[] } }> {
  if (ctx.actor.permissions.grants.Account?.scope === 'all') return {};
  const accounts = await ctx.db.account.findMany({
    where: {
      AND: [
        { tenantId: ctx.actor.tenantId, deletedAt: null },
        accessibleWhere(ctx.ability, 'read', 'Account'),
      ],
    },
    select: { id: true },
  });
  return { accountId: { in: accounts.map((a) => a.id) } };
}
