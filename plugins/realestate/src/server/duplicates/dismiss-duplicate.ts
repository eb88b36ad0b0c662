import { AppError, authorize, recordAudit } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import type { DuplicateOutput } from './duplicate.schema.js';
import { duplicateSelect, presentDuplicate } from './present-duplicate.js';

/** A reviewer decides a suspected pair are different objects; detection will not raise it again. */
export async function dismissDuplicate(ctx: RealestateContext, id: string): Promise<DuplicateOutput> {
  authorize(ctx.ability, 'merge', 'realestate.Property');
  const tenantId = ctx.actor.tenantId;
  const pair = await ctx.rdb.realestateDuplicate.findFirst({
    where: { tenantId, id },
    select: { status: true },
  });
  if (!pair) throw AppError.notFound('Duplicate');
  if (pair.status !== 'open') throw AppError.conflict(`The pair is already ${pair.status}`);
  await ctx.rdb.realestateDuplicate.updateMany({
    where: { tenantId, id, status: 'open' },
    data: { status: 'dismissed', decidedById: ctx.actor.userId, decidedAt: new Date() },
  });
  const after = presentDuplicate(
    await ctx.rdb.realestateDuplicate.findFirstOrThrow({ where: { tenantId, id }, select: duplicateSelect }),
  );
  await recordAudit(ctx, {
    action: 'realestate.duplicate.dismissed',
    recordType: 'realestate.property',
    recordId: after.ListingKey,
    after: { pair: id, ListingKey: after.ListingKey, candidateKey: after.candidateKey, score: after.score },
  });
  return after;
}
