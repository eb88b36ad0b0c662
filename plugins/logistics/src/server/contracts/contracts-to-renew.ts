import { accessibleWhere, authorize } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { contractSelect, type ContractsToRenewInput, type ContractToRenewOutput } from './contract.schema.js';
import { presentContract } from './present-contract.js';
import { renewalCountdown } from './renewal-countdown.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The contracts-to-renew list: active contracts (clients, suppliers, carriers) ending within
 * `withinDays`, most urgent notice deadline first, with the countdown stage of each.
 */
export async function contractsToRenew(
  ctx: LogisticsContext,
  input: ContractsToRenewInput,
  today = new Date(),
): Promise<{ items: ContractToRenewOutput[] }> {
  authorize(ctx.ability, 'read', 'logistics.Contract');
  const horizon = new Date(today.getTime() + input.withinDays * DAY_MS);
  const rows = await ctx.ldb.logisticsContract.findMany({
    where: {
      tenantId: ctx.actor.tenantId,
      status: 'active',
      endsOn: { lte: horizon },
      ...(input.kind ? { kind: input.kind } : {}),
    },
    orderBy: [{ endsOn: 'asc' }, { id: 'asc' }],
    take: 500,
    select: contractSelect,
  });
  const accounts = await ctx.db.account.findMany({
    where: {
      AND: [
        {
          tenantId: ctx.actor.tenantId,
          id: { in: [...new Set(rows.map((r) => r.accountId))] },
          deletedAt: null,
        },
        accessibleWhere(ctx.ability, 'read', 'Account'),
      ],
    },
    select: { id: true, name: true },
  });
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const items = rows.flatMap((row) => {
    const accountName = names.get(row.accountId);
    if (accountName === undefined) return []; // an account the actor may not see
    const countdown = renewalCountdown(row, today);
    return [
      {
        ...presentContract(row),
        accountName,
        daysToEnd: countdown.daysToEnd,
        daysToNotice: countdown.daysToNotice,
        stage: countdown.stage,
      },
    ];
  });
  items.sort((a, b) => a.daysToNotice - b.daysToNotice || a.id.localeCompare(b.id));
  return { items };
}
