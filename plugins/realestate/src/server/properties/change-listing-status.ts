import { AppError, authorize, recordAudit } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { toDay } from '../values.js';
import { findProperty } from './find-property.js';
import { changeTypeOf, marketedStatuses, planListingTransition } from './listing-state-machine.js';
import type { ChangeListingStatusInput, PropertyOutput } from './property.schema.js';
import { recordHistory } from './record-history.js';

/**
 * Moves the listing along the RESO StandardStatus machine, logging the RESO ChangeType (a return
 * from Pending or ActiveUnderContract to Active is BackOnMarket). Invalid moves answer 409 naming
 * the allowed statuses; closing needs ClosePrice and CloseDate.
 */
export async function changeListingStatus(
  ctx: RealestateContext,
  input: ChangeListingStatusInput,
): Promise<PropertyOutput> {
  authorize(ctx.ability, 'update', 'realestate.Property');
  const tenantId = ctx.actor.tenantId;
  const before = await findProperty(ctx, input.ListingKey);
  const CloseDate = input.CloseDate ? toDay(input.CloseDate) : null;
  planListingTransition(before.StandardStatus, {
    to: input.StandardStatus,
    ClosePrice: input.ClosePrice,
    CloseDate,
  });
  const now = new Date();
  const marketChanged =
    marketedStatuses.includes(before.StandardStatus) !== marketedStatuses.includes(input.StandardStatus);
  const updated = await ctx.rdb.realestateProperty.updateMany({
    where: {
      tenantId,
      ListingKey: input.ListingKey,
      StandardStatus: before.StandardStatus,
      version: input.expectedVersion ?? before.version,
    },
    data: {
      StandardStatus: input.StandardStatus,
      StatusChangeTimestamp: now,
      ...(input.StandardStatus === 'Closed' ? { ClosePrice: input.ClosePrice ?? null, CloseDate } : {}),
      ...(marketChanged ? { matchRequestedAt: now } : {}),
    },
  });
  if (updated.count === 0) throw AppError.conflict('The object was changed meanwhile; reload it and retry');
  await recordHistory(
    ctx.rdb,
    tenantId,
    input.ListingKey,
    ctx.actor.userId,
    [
      {
        FieldName: 'StandardStatus',
        PreviousValue: before.StandardStatus,
        NewValue: input.StandardStatus,
        ChangeType: changeTypeOf(before.StandardStatus, input.StandardStatus),
      },
    ],
    now,
  );
  const after = await findProperty(ctx, input.ListingKey);
  await recordAudit(ctx, {
    action: 'realestate.property.status_changed',
    recordType: 'realestate.property',
    recordId: input.ListingKey,
    before: { StandardStatus: before.StandardStatus },
    after: { StandardStatus: after.StandardStatus, ClosePrice: after.ClosePrice, CloseDate: after.CloseDate },
  });
  return after;
}
