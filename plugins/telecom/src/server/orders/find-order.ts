import { AppError } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { accountsById } from '../shared/account-parties.js';
import { presentOrder } from './present-order.js';
import { orderSelect, type OrderOutput, type OrderRow } from './order.schema.js';

/** One order of the tenant (its row and representation), or the same 404 for a missing and a foreign id. */
export async function findOrder(
  ctx: TelecomContext,
  id: string,
): Promise<{ row: OrderRow; order: OrderOutput }> {
  const row = await ctx.tdb.telecomProductOrder.findFirst({
    where: { tenantId: ctx.actor.tenantId, id },
    select: orderSelect,
  });
  if (!row) throw AppError.notFound('Product order');
  const accounts = await accountsById(ctx, [row.accountId]);
  return { row, order: presentOrder(row, accounts.get(row.accountId)?.name ?? '') };
}
