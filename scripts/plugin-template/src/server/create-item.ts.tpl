import { AppError, authorize, newId, recordAudit } from '@crm/core';
import type { __Plugin__Context } from '../db.js';
import { itemSelect, type CreateItemInput, type ItemOutput } from './items.schema.js';

export async function createItem(ctx: __Plugin__Context, input: CreateItemInput): Promise<ItemOutput> {
  authorize(ctx.ability, 'create', '__plugin__.Item');
  const taken = await ctx.pdb.__plugin__Item.findFirst({ where: { name: input.name }, select: { id: true } });
  if (taken) throw AppError.invalid([{ field: 'name', message: 'is taken' }]);
  const item = await ctx.pdb.__plugin__Item.create({
    data: { tenantId: ctx.actor.tenantId, id: newId(), name: input.name },
    select: itemSelect,
  });
  await recordAudit(ctx, { action: '__plugin__.item.created', recordType: '__plugin__.item', recordId: item.id, after: item });
  return item;
}
