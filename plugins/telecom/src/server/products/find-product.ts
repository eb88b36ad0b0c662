import { AppError } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { accountsById } from '../shared/account-parties.js';
import { presentProduct } from './present-product.js';
import { productSelect, type ProductOutput } from './product.schema.js';

/** One subscription of the tenant, or the same 404 for a missing and a foreign-tenant id. */
export async function findProduct(
  ctx: TelecomContext,
  id: string,
): Promise<ProductOutput & { accountId: string }> {
  const row = await ctx.tdb.telecomProduct.findFirst({
    where: { tenantId: ctx.actor.tenantId, id },
    select: productSelect,
  });
  if (!row) throw AppError.notFound('Subscription');
  const accounts = await accountsById(ctx, [row.accountId]);
  return { ...presentProduct(row, accounts.get(row.accountId)?.name ?? ''), accountId: row.accountId };
}
