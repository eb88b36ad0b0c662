import { newId } from '../ids.js';
import type { TenantContext } from '../records/context.js';

export type OwnedRecordType = 'account' | 'contact' | 'deal' | 'activity';

/** Keeps the ownership history: every change of owner is a row, never an overwrite. */
export async function recordOwnershipChange(
  ctx: TenantContext,
  change: {
    recordType: OwnedRecordType;
    recordId: string;
    from: string | null;
    to: string | null;
    reason?: string;
  },
): Promise<void> {
  await ctx.db.ownershipChange.create({
    data: {
      tenantId: ctx.actor.tenantId,
      id: newId(),
      recordType: change.recordType,
      recordId: change.recordId,
      fromUserId: change.from,
      toUserId: change.to,
      changedById: ctx.actor.userId,
      reason: change.reason ?? null,
      requestId: ctx.requestId,
    },
    select: { id: true },
  });
}
