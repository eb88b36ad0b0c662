import { AppError, authorize, newId, recordAudit, type FieldIssue } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { usageUnits } from '../offerings/offering.schema.js';
import { accountsById } from '../shared/account-parties.js';
import { readableAccount } from '../shared/readable-account.js';
import { presentUsage } from './present-usage.js';
import { usageSelect, type CreateUsageBatchInput, type UsageOutput } from './usage.schema.js';

/**
 * Records usage (TMF635) for clients' subscriptions, one record or a batch from mediation. Every
 * record is checked first (its account, and that the subscription is the account's); any problem
 * answers 400 naming `items.<n>.<field>` and nothing is written.
 */
export async function createUsage(
  ctx: TelecomContext,
  input: CreateUsageBatchInput,
): Promise<{ items: UsageOutput[] }> {
  authorize(ctx.ability, 'create', 'telecom.Usage');
  const tenantId = ctx.actor.tenantId;
  const issues: FieldIssue[] = [];
  const accountIds = [...new Set(input.items.map((i) => i.accountId))];
  for (const accountId of accountIds) {
    try {
      await readableAccount(ctx, accountId);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      input.items.forEach((item, index) => {
        if (item.accountId === accountId)
          issues.push({ field: `items.${index}.accountId`, message: 'no such account' });
      });
    }
  }
  const productIds = [...new Set(input.items.flatMap((i) => (i.productId ? [i.productId] : [])))];
  const products = productIds.length
    ? await ctx.tdb.telecomProduct.findMany({
        where: { tenantId, id: { in: productIds } },
        select: { id: true, accountId: true },
      })
    : [];
  const owner = new Map(products.map((p) => [p.id, p.accountId]));
  input.items.forEach((item, index) => {
    if (item.productId && owner.get(item.productId) !== item.accountId)
      issues.push({ field: `items.${index}.productId`, message: "is not one of the client's subscriptions" });
  });
  if (issues.length > 0) throw AppError.invalid(issues);
  const ids = input.items.map(() => newId());
  await ctx.tdb.telecomUsage.createMany({
    data: input.items.map((item, index) => ({
      tenantId,
      id: ids[index] ?? newId(),
      accountId: item.accountId,
      productId: item.productId ?? null,
      usageDate: new Date(item.usageDate),
      usageType: item.usageType,
      amount: item.amount,
      units: usageUnits[item.usageType],
      status: item.status ?? 'received',
      description: item.description ?? null,
    })),
  });
  await recordAudit(ctx, {
    action: 'telecom.usage.recorded',
    recordType: 'telecom.usage',
    after: { count: ids.length, accounts: accountIds },
  });
  const rows = await ctx.tdb.telecomUsage.findMany({
    where: { tenantId, id: { in: ids } },
    orderBy: [{ usageDate: 'asc' }, { id: 'asc' }],
    select: usageSelect,
  });
  const accounts = await accountsById(ctx, accountIds);
  return { items: rows.map((row) => presentUsage(row, accounts.get(row.accountId)?.name ?? '')) };
}
