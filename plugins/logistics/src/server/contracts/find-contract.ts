import { AppError, accessibleWhere } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { contractSelect } from './contract.schema.js';
import { presentContract } from './present-contract.js';
import type { ContractOutput } from './contract.schema.js';

/** One contract of the tenant, or the same 404 for a missing and a foreign-tenant id. */
export async function findContract(ctx: LogisticsContext, id: string): Promise<ContractOutput> {
  const row = await ctx.ldb.logisticsContract.findFirst({
    where: { tenantId: ctx.actor.tenantId, id },
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
