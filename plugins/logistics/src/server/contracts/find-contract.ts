import { AppError, accessibleWhere } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { readableAccountsWhere } from '../account-scope.js';
import { contractSelect } from './contract.schema.js';
import { presentContract } from './present-contract.js';
import type { ContractOutput } from './contract.schema.js';

/**
 * One contract of the tenant on an account the actor may read, or the same 404 for a missing, a
 * foreign-tenant and an out-of-scope id.
 */
export async function findContract(ctx: LogisticsContext, id: string): Promise<ContractOutput> {
  const row = await ctx.ldb.logisticsContract.findFirst({
    where: { tenantId: ctx.actor.tenantId, id, ...(await readableAccountsWhere(ctx)) },
    select: contractSelect,
  });
  if (!row) throw AppError.notFound('Contract');
  return presentContract(row);
}

/** The core account a contract or profile is about, if the actor may read it. */
export async function assertReadableAccount(ctx: LogisticsContext, accountId: string, field = 'accountId') {
  const account = await ctx.db.account.findFirst({
    where: {
      AND: [
        { tenantId: ctx.actor.tenantId, id: accountId, deletedAt: null },
        accessibleWhere(ctx.ability, 'read', 'Account'),
      ],
    },
    select: { id: true, name: true },
  });
  if (!account) throw AppError.invalid([{ field, message: 'no such account' }]);
  return account;
}
