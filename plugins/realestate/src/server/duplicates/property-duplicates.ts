import { authorize } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { findProperty } from '../properties/find-property.js';
import type { DuplicateOutput } from './duplicate.schema.js';
import { duplicateSelect, presentDuplicate } from './present-duplicate.js';

/** Every suspected pair an object is part of (either side), open ones first. */
export async function propertyDuplicates(
  ctx: RealestateContext,
  ListingKey: string,
): Promise<{ items: DuplicateOutput[] }> {
  authorize(ctx.ability, 'read', 'realestate.Property');
  await findProperty(ctx, ListingKey);
  const rows = await ctx.rdb.realestateDuplicate.findMany({
    where: { tenantId: ctx.actor.tenantId, OR: [{ ListingKey }, { candidateKey: ListingKey }] },
    orderBy: [{ status: 'desc' }, { score: 'desc' }, { id: 'asc' }],
    take: 100,
    select: duplicateSelect,
  });
  return { items: rows.map(presentDuplicate) };
}
