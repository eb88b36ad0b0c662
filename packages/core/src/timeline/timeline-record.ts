import { findAccessibleAccount } from '../accounts/get-account.js';
import { accessibleWhere, type OwnedSubject } from '../authz/index.js';
import { findAccessibleContact } from '../contacts/get-contact.js';
import { AppError } from '../errors/index.js';
import type { TenantContext } from '../records/context.js';
import type { TimelineRecord, TimelineRecordType } from './timeline.types.js';

export const subjectOfTimelineRecord = {
  account: 'Account',
  contact: 'Contact',
  deal: 'Deal',
} as const satisfies Record<TimelineRecordType, OwnedSubject>;

/** The timeline of a record is readable exactly when the record is: same NOT_FOUND rules as reading it. */
export async function assertTimelineRecordReadable(
  ctx: TenantContext,
  record: TimelineRecord,
): Promise<void> {
  switch (record.type) {
    case 'account':
      await findAccessibleAccount(ctx, record.id);
      return;
    case 'contact':
      await findAccessibleContact(ctx, record.id);
      return;
    case 'deal': {
      const deal = await ctx.db.deal.findFirst({
        where: {
          AND: [
            { tenantId: ctx.actor.tenantId, id: record.id, deletedAt: null },
            accessibleWhere(ctx.ability, 'read', 'Deal'),
          ],
        },
        select: { id: true },
      });
      if (!deal) throw AppError.notFound('Deal');
      return;
    }
  }
}
