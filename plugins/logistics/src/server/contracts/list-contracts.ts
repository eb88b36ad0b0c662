import { authorize } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { readableAccountsWhere } from '../account-scope.js';
import { contractSelect, type ContractOutput, type ListContractsInput } from './contract.schema.js';
import { presentContract } from './present-contract.js';

/**
 * Contracts by end date (soonest first), filtered by account, kind or status; only those on accounts
 * the actor may read (a sales rep sees the contracts of their own accounts).
 */
export async function listContracts(
  ctx: LogisticsContext,
  input: ListContractsInput,
): Promise<{ items: ContractOutput[] }> {
  authorize(ctx.ability, 'read', 'logistics.Contract');
  const scope = await readableAccountsWhere(ctx);
  const rows = await ctx.ldb.logisticsContract.findMany({
    where: {
      AND: [
        { tenantId: ctx.actor.tenantId },
        scope,
        {
          ...(input.accountId ? { accountId: input.accountId } : {}),
          ...(input.kind ? { kind: input.kind } : {}),
          ...(input.status ? { status: input.status } : {}),
        },
      ],
    },
    orderBy: [{ endsOn: 'asc' }, { id: 'asc' }],
    take: input.limit,
    select: contractSelect,
  });
  return { items: rows.map(presentContract) };
}
