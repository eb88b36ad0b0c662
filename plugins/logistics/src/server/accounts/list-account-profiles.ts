import { accessibleWhere, authorize } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import {
  accountProfileSelect,
  type AccountProfileOutput,
  type ListAccountProfilesInput,
} from './account-profile.schema.js';
import { presentAccountProfile } from './present-account-profile.js';

const roleFilter = {
  client: { isClient: true },
  supplier: { isSupplier: true },
  partner: { isPartner: true },
};

/** Accounts with a logistics profile that the actor may read, biggest growth potential first. */
export async function listAccountProfiles(
  ctx: LogisticsContext,
  input: ListAccountProfilesInput,
): Promise<{ items: AccountProfileOutput[] }> {
  authorize(ctx.ability, 'read', 'logistics.AccountProfile');
  const rows = await ctx.ldb.logisticsAccountProfile.findMany({
    where: {
      tenantId: ctx.actor.tenantId,
      ...(input.role ? roleFilter[input.role] : {}),
      ...(input.service ? { services: { has: input.service } } : {}),
    },
    orderBy: [{ potentialLoads: { sort: 'desc', nulls: 'last' } }, { accountId: 'asc' }],
    take: 500,
    select: accountProfileSelect,
  });
  const accounts = await ctx.db.account.findMany({
    where: {
      AND: [
        { tenantId: ctx.actor.tenantId, id: { in: rows.map((r) => r.accountId) }, deletedAt: null },
        accessibleWhere(ctx.ability, 'read', 'Account'),
      ],
    },
    select: { id: true, name: true },
  });
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const items = rows.flatMap((row) => {
    const name = names.get(row.accountId);
    return name === undefined ? [] : [presentAccountProfile(row, name)];
  });
  return { items: items.slice(0, input.limit) };
}
