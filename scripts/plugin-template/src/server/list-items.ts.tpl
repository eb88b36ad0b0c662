import { authorize } from '@crm/core';
import type { __Plugin__Context } from '../db.js';
import { itemSelect, type ItemOutput, type ListItemsInput } from './items.schema.js';

export async function listItems(ctx: __Plugin__Context, input: ListItemsInput): Promise<{ items: ItemOutput[] }> {
  authorize(ctx.ability, 'read', '__plugin__.Item');
  const items = await ctx.pdb.__plugin__Item.findMany({
    where: { tenantId: ctx.actor.tenantId },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: input.limit,
    select: itemSelect,
  });
  return { items };
}
