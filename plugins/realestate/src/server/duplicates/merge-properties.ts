import { AppError, authorize, recordAudit } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { findProperty } from '../properties/find-property.js';
import type { PropertyOutput } from '../properties/property.schema.js';
import { recordHistory, type HistoryEntry } from '../properties/record-history.js';
import { mergeableStatuses } from '../properties/verification-state-machine.js';
import type { MergePropertyInput } from './duplicate.schema.js';

// What the original takes over from the duplicate when it does not know it itself.
const fillable = [
  'UnitNumber',
  'EntryLevel',
  'StoriesTotal',
  'LivingArea',
  'RoomsTotal',
  'BedroomsTotal',
  'BathroomsTotalInteger',
  'YearBuilt',
  'PostalCode',
  'ParcelNumber',
  'Latitude',
  'Longitude',
  'PublicRemarks',
  'sellerContactId',
] as const;

/**
 * Merges a duplicate into the original: the original keeps its data and gains what only the
 * duplicate knew; the duplicate's showings and deals move to the original (its matches are dropped
 * and matching runs again for the original); the duplicate becomes Duplicate pointing to the
 * original. Both histories and the audit log record the merge, with who decided it.
 */
export async function mergeProperties(
  ctx: RealestateContext,
  input: MergePropertyInput,
): Promise<PropertyOutput> {
  authorize(ctx.ability, 'merge', 'realestate.Property');
  const tenantId = ctx.actor.tenantId;
  if (input.ListingKey === input.intoKey) {
    throw AppError.invalid([{ field: 'intoKey', message: 'must be another object' }]);
  }
  const duplicate = await findProperty(ctx, input.ListingKey);
  const original = await findProperty(ctx, input.intoKey).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND') {
      throw AppError.invalid([{ field: 'intoKey', message: 'no such object' }]);
    }
    throw error;
  });
  if (!mergeableStatuses.includes(duplicate.verificationStatus)) {
    throw AppError.conflict(`A ${duplicate.verificationStatus} object cannot be merged`, {
      from: duplicate.verificationStatus,
      to: 'Duplicate',
    });
  }
  if (original.verificationStatus === 'Duplicate') {
    throw AppError.invalid([{ field: 'intoKey', message: 'is itself a duplicate; merge into its original' }]);
  }
  const now = new Date();
  const filled: HistoryEntry[] = [];
  const fill: Record<string, unknown> = {};
  for (const field of fillable) {
    if (original[field] === null && duplicate[field] !== null) {
      fill[field] = duplicate[field];
      filled.push({ FieldName: field, PreviousValue: null, NewValue: duplicate[field], ChangeType: 'Merge' });
    }
  }
  const merged = await ctx.rdb.realestateProperty.updateMany({
    where: { tenantId, ListingKey: original.ListingKey, version: original.version },
    data: { ...fill, matchRequestedAt: now },
  });
  const marked = await ctx.rdb.realestateProperty.updateMany({
    where: { tenantId, ListingKey: duplicate.ListingKey, version: duplicate.version },
    data: {
      verificationStatus: 'Duplicate',
      duplicateOfKey: original.ListingKey,
      verificationNote: input.note ?? null,
      nextVerificationDue: null,
      matchRequestedAt: null,
    },
  });
  if (merged.count === 0 || marked.count === 0) {
    throw AppError.conflict('One of the objects was changed meanwhile; reload and retry');
  }
  await ctx.rdb.realestateShowing.updateMany({
    where: { tenantId, ListingKey: duplicate.ListingKey },
    data: { ListingKey: original.ListingKey },
  });
  await ctx.rdb.realestateDeal.updateMany({
    where: { tenantId, ListingKey: duplicate.ListingKey },
    data: { ListingKey: original.ListingKey },
  });
  await ctx.rdb.realestateMatch.deleteMany({ where: { tenantId, ListingKey: duplicate.ListingKey } });
  const decided = { decidedById: ctx.actor.userId, decidedAt: now };
  await ctx.rdb.realestateDuplicate.updateMany({
    where: {
      tenantId,
      status: 'open',
      OR: [
        { ListingKey: duplicate.ListingKey, candidateKey: original.ListingKey },
        { ListingKey: original.ListingKey, candidateKey: duplicate.ListingKey },
      ],
    },
    data: { status: 'merged', ...decided },
  });
  // Other suspicions about the duplicate are moot now.
  await ctx.rdb.realestateDuplicate.updateMany({
    where: {
      tenantId,
      status: 'open',
      OR: [{ ListingKey: duplicate.ListingKey }, { candidateKey: duplicate.ListingKey }],
    },
    data: { status: 'dismissed', ...decided },
  });
  await recordHistory(
    ctx.rdb,
    tenantId,
    duplicate.ListingKey,
    ctx.actor.userId,
    [
      {
        FieldName: 'verificationStatus',
        PreviousValue: duplicate.verificationStatus,
        NewValue: 'Duplicate',
        ChangeType: 'Merge',
      },
      {
        FieldName: 'duplicateOfKey',
        PreviousValue: null,
        NewValue: original.ListingKey,
        ChangeType: 'Merge',
      },
    ],
    now,
  );
  await recordHistory(
    ctx.rdb,
    tenantId,
    original.ListingKey,
    ctx.actor.userId,
    [
      { FieldName: 'mergedFrom', PreviousValue: null, NewValue: duplicate.ListingKey, ChangeType: 'Merge' },
      ...filled,
    ],
    now,
  );
  const after = await findProperty(ctx, original.ListingKey);
  await recordAudit(ctx, {
    action: 'realestate.property.merged',
    recordType: 'realestate.property',
    recordId: original.ListingKey,
    before: { original, duplicate },
    after: {
      original: after,
      duplicateOfKey: original.ListingKey,
      duplicate: duplicate.ListingKey,
      filled: Object.keys(fill),
    },
  });
  return after;
}
