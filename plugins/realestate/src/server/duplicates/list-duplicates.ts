import { authorize } from '@crm/core';
import type { z } from 'zod';
import type { RealestateContext } from '../../db.js';
import type { DuplicateOutput, listDuplicatesInput } from './duplicate.schema.js';
import { duplicateSelect, presentDuplicate } from './present-duplicate.js';

/** The duplicate review queue: suspected pairs by status, most certain first. */
export async function listDuplicates(
  ctx: RealestateContext,
  input: z.infer<typeof listDuplicatesInput>,
): Promise<{ items: DuplicateOutput[] }> {
  authorize(ctx.ability, 'read', 'realestate.Property');
  const rows = await ctx.rdb.realestateDuplicate.findMany({
    where: { tenantId: ctx.actor.tenantId, status: input.status },
    orderBy: [{ score: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }],
    take: input.limit,
    select: duplicateSelect,
  });
  return { items: rows.map(presentDuplicate) };
}
