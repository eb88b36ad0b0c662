import { authorize } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { accountsById } from '../shared/account-parties.js';
import { presentProduct } from './present-product.js';
import { productSelect, type ListProductsInput, type ProductOutput } from './product.schema.js';

/** Subscriptions, newest first: a client's (accountId), by status or by offering. */
export async function listProducts(
  ctx: TelecomContext,
  input: ListProductsInput,
): Promise<{ items: ProductOutput[] }> {
  authorize(ctx.ability, 'read', 'telecom.Product');
  const rows = await ctx.tdb.telecomProduct.findMany({
    where: {
      tenantId: ctx.actor.tenantId,
      ...(input.accountId ? { accountId: input.accountId } : {}),
      ...(input.status ? { status: input.status } : {}),
      ...(input.offeringId ? { offeringId: input.offeringId } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit,
    select: productSelect,
  });
  const accounts = await accountsById(
    ctx,
    rows.map((r) => r.accountId),
  );
  return { items: rows.map((row) => presentProduct(row, accounts.get(row.accountId)?.name ?? '')) };
}
