import { AppError, authorize } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { assertReadableAccount } from '../contracts/find-contract.js';
import { accountProfileSelect, type AccountProfileOutput } from './account-profile.schema.js';
import { presentAccountProfile } from './present-account-profile.js';

/** The logistics profile of an account the actor may read; 404 when it has none. */
export async function getAccountProfile(
  ctx: LogisticsContext,
  accountId: string,
): Promise<AccountProfileOutput> {
  authorize(ctx.ability, 'read', 'logistics.AccountProfile');
  const account = await assertReadableAccount(ctx, accountId).catch(() => {
    throw AppError.notFound('Account profile');
  });
  const row = await ctx.ldb.logisticsAccountProfile.findFirst({
    where: { tenantId: ctx.actor.tenantId, accountId },
    select: accountProfileSelect,
  });
  if (!row) throw AppError.notFound('Account profile');
  return presentAccountProfile(row, account.name);
}
