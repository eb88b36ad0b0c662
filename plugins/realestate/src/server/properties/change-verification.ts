import { AppError, authorize, recordAudit } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { tenantConfig } from '../tenant-config.js';
import { findProperty } from './find-property.js';
import type { ChangeVerificationInput, PropertyOutput } from './property.schema.js';
import { recordHistory } from './record-history.js';
import { planVerification } from './verification-state-machine.js';

/**
 * Moves an object's verification (separate from its listing status): start checking, verify (the
 * re-check falls due after the tenant's `reverifyDays`), reject with a reason, check again.
 * Invalid moves answer 409 naming the allowed ones; Duplicate is reached by merging.
 */
export async function changeVerification(
  ctx: RealestateContext,
  input: ChangeVerificationInput,
): Promise<PropertyOutput> {
  authorize(ctx.ability, 'verify', 'realestate.Property');
  const tenantId = ctx.actor.tenantId;
  const before = await findProperty(ctx, input.ListingKey);
  const now = new Date();
  const { reverifyDays } = await tenantConfig(ctx.db);
  const next = planVerification(
    before.verificationStatus,
    { to: input.verificationStatus, note: input.note },
    now,
    reverifyDays,
  );
  const updated = await ctx.rdb.realestateProperty.updateMany({
    where: {
      tenantId,
      ListingKey: input.ListingKey,
      verificationStatus: before.verificationStatus,
      version: input.expectedVersion ?? before.version,
    },
    data: {
      ...next,
      ...(next.verificationStatus === 'Verified' ? { verifiedById: ctx.actor.userId } : {}),
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
        FieldName: 'verificationStatus',
        PreviousValue: before.verificationStatus,
        NewValue: next.verificationStatus,
        ChangeType: 'Verification',
      },
    ],
    now,
  );
  const after = await findProperty(ctx, input.ListingKey);
  await recordAudit(ctx, {
    action: 'realestate.property.verification_changed',
    recordType: 'realestate.property',
    recordId: input.ListingKey,
    before: { verificationStatus: before.verificationStatus },
    after: {
      verificationStatus: after.verificationStatus,
      note: after.verificationNote,
      nextVerificationDue: after.nextVerificationDue,
    },
  });
  return after;
}
