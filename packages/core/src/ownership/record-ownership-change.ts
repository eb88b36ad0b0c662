import { newId } from '../ids.js';
import { actingUserId, type TenantContext } from '../records/context.js';

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
      changedById: actingUserId(ctx),
      reason: change.reason ?? (ctx.automation ? 'workflow' : null),
      requestId: ctx.requestId,
    },
    select: { id: true },
  });
}
