import { authorize, recordAudit } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { assertReadableAccount } from '../contracts/find-contract.js';
import {
  accountProfileSelect,
  type AccountProfileOutput,
  type UpsertAccountProfileInput,
} from './account-profile.schema.js';
import { presentAccountProfile } from './present-account-profile.js';

/** Creates or changes the logistics profile of an account (roles, services, volumes, other carriers). */
export async function upsertAccountProfile(
  ctx: LogisticsContext,
  input: UpsertAccountProfileInput,
): Promise<AccountProfileOutput> {
  authorize(ctx.ability, 'update', 'logistics.AccountProfile');
  const account = await assertReadableAccount(ctx, input.accountId);
  const { accountId, ...changes } = input;
  const tenantId = ctx.actor.tenantId;
  const before = await ctx.ldb.logisticsAccountProfile.findFirst({
    where: { tenantId, accountId },
    select: accountProfileSelect,
  });
  const row = await ctx.ldb.logisticsAccountProfile.upsert({
    where: { tenantId_accountId: { tenantId, accountId } },
    create: { tenantId, accountId, ...changes },
    update: changes,
    select: accountProfileSelect,
  });
  await recordAudit(ctx, {
    action: before ? 'logistics.account_profile.updated' : 'logistics.account_profile.created',
    recordType: 'account',
    recordId: accountId,
    before,
    after: row,
  });
  return presentAccountProfile(row, account.name);
}
