import { authorize } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { contractSelect, type ContractOutput, type ListContractsInput } from './contract.schema.js';
import { presentContract } from './present-contract.js';

/** Contracts by end date (soonest first), filtered by account, kind or status. */
export async function listContracts(
  ctx: LogisticsContext,
  input: ListContractsInput,
): Promise<{ items: ContractOutput[] }> {
  authorize(ctx.ability, 'read', 'logistics.Contract');
  const rows = await ctx.ldb.logisticsContract.findMany({
    where: {
      tenantId: ctx.actor.tenantId,
      ...(input.accountId ? { accountId: input.accountId } : {}),
      ...(input.kind ? { kind: input.kind } : {}),
      ...(input.status ? { status: input.status } : {}),
    },
    orderBy: [{ endsOn: 'asc' }, { id: 'asc' }],
    take: input.limit,
    select: contractSelect,
  });
  return { items: rows.map(presentContract) };
}
