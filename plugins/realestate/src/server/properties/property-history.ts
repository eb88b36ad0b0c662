import { authorize } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { findProperty } from './find-property.js';
import type { HistoryOutput } from './property.schema.js';

/** An object's history (RESO HistoryTransactional), newest first (at most the last 500 changes). */
export async function propertyHistory(
  ctx: RealestateContext,
  ListingKey: string,
): Promise<{ items: HistoryOutput[] }> {
  authorize(ctx.ability, 'read', 'realestate.Property');
  await findProperty(ctx, ListingKey);
  const items = await ctx.rdb.realestatePropertyHistory.findMany({
    where: { tenantId: ctx.actor.tenantId, ListingKey },
    orderBy: [{ ModificationTimestamp: 'desc' }, { id: 'desc' }],
    take: 500,
    select: {
      id: true,
      ListingKey: true,
      FieldName: true,
      PreviousValue: true,
      NewValue: true,
      ChangeType: true,
      ChangedByMemberKey: true,
      ModificationTimestamp: true,
    },
  });
  return { items };
}
