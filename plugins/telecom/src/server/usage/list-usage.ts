import { authorize } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { accountsById } from '../shared/account-parties.js';
import { presentUsage } from './present-usage.js';
import { usageSelect, type ListUsageInput, type UsageOutput } from './usage.schema.js';

/** Usage records, newest first, of a client or a subscription within a period. */
export async function listUsage(
  ctx: TelecomContext,
  input: ListUsageInput,
): Promise<{ items: UsageOutput[] }> {
  authorize(ctx.ability, 'read', 'telecom.Usage');
  const rows = await ctx.tdb.telecomUsage.findMany({
    where: {
      tenantId: ctx.actor.tenantId,
      ...(input.accountId ? { accountId: input.accountId } : {}),
      ...(input.productId ? { productId: input.productId } : {}),
      ...(input.from || input.to
        ? {
            usageDate: {
              ...(input.from ? { gte: new Date(input.from) } : {}),
              ...(input.to ? { lt: new Date(input.to) } : {}),
            },
          }
        : {}),
    },
    orderBy: [{ usageDate: 'desc' }, { id: 'desc' }],
    take: input.limit,
    select: usageSelect,
  });
  const accounts = await accountsById(
    ctx,
    rows.map((r) => r.accountId),
  );
  return { items: rows.map((row) => presentUsage(row, accounts.get(row.accountId)?.name ?? '')) };
}
