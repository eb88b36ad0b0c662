import { authorize } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { accountsById } from '../shared/account-parties.js';
import { presentOrder } from './present-order.js';
import { orderSelect, type ListOrdersInput, type OrderOutput } from './order.schema.js';

/** Product orders, newest first: a client's (accountId) or by state. */
export async function listOrders(
  ctx: TelecomContext,
  input: ListOrdersInput,
): Promise<{ items: OrderOutput[] }> {
  authorize(ctx.ability, 'read', 'telecom.ProductOrder');
  const rows = await ctx.tdb.telecomProductOrder.findMany({
    where: {
      tenantId: ctx.actor.tenantId,
      ...(input.accountId ? { accountId: input.accountId } : {}),
      ...(input.state ? { state: input.state } : {}),
    },
    orderBy: [{ orderDate: 'desc' }, { id: 'desc' }],
    take: input.limit,
    select: orderSelect,
  });
  const accounts = await accountsById(
    ctx,
    rows.map((r) => r.accountId),
  );
  return { items: rows.map((row) => presentOrder(row, accounts.get(row.accountId)?.name ?? '')) };
}
