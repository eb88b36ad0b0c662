import { AppError } from '../errors/index.js';
import type { TenantContext } from '../records/context.js';
import {
  customFieldFilters,
  keysetPage,
  splitListInput,
  toPage,
  type ListPage,
} from '../records/list-input.js';
import { accessibleRecordIds } from './owned-records.js';
import {
  ownershipChangeOutput,
  type OwnershipChangeOutput,
  type OwnershipHistoryInput,
} from './reassign.schema.js';

const knownParams = ['limit', 'cursor', 'recordType', 'recordId'] as const;

/** Who owned a record when: newest change first. The record must be one the actor may read (deleted ones too). */
export async function ownershipHistory(
  ctx: TenantContext,
  input: OwnershipHistoryInput,
): Promise<ListPage<OwnershipChangeOutput>> {
  const { extra } = splitListInput(input, knownParams);
  customFieldFilters(extra, null);
  const readable = await accessibleRecordIds(ctx, input.recordType, [input.recordId], 'read', {
    includeDeleted: true,
  });
  if (!readable.has(input.recordId)) throw AppError.notFound('Record');
  const page = keysetPage({ field: 'changedAt', direction: 'desc' }, input.cursor);
  const rows = await ctx.db.ownershipChange.findMany({
    where: {
      AND: [
        { tenantId: ctx.actor.tenantId, recordType: input.recordType, recordId: input.recordId },
        page.where,
      ],
    },
    orderBy: page.orderBy,
    take: input.limit + 1,
    select: {
      id: true,
      recordType: true,
      recordId: true,
      fromUserId: true,
      toUserId: true,
      changedById: true,
      reason: true,
      changedAt: true,
    },
  });
  return toPage(
    rows,
    input.limit,
    (row) => row.changedAt,
    (row) => ownershipChangeOutput.parse(row),
  );
}
