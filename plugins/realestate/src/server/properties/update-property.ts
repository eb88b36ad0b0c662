import { AppError, authorize, recordAudit } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { detectDuplicates } from '../duplicates/detect-duplicates.js';
import { tenantConfig } from '../tenant-config.js';
import { isUniqueViolation, toDay } from '../values.js';
import { addressKey } from './address-key.js';
import { assignDistrict, type DistrictFields } from './assign-district.js';
import { checkContact, checkMember } from './check-references.js';
import { listingIdTaken } from './create-property.js';
import { findProperty } from './find-property.js';
import type { PropertyOutput, UpdatePropertyInput } from './property.schema.js';
import { recordHistory, type HistoryEntry } from './record-history.js';

// Changing any of these can make the object a duplicate of another, or end one.
const duplicateFields = [
  'UnparsedAddress',
  'City',
  'UnitNumber',
  'EntryLevel',
  'LivingArea',
  'ListPrice',
  'BedroomsTotal',
] as const;
// Changing any of these changes which buyers' requirements the object matches.
const matchFields = [
  'ListPrice',
  'LivingArea',
  'BedroomsTotal',
  'EntryLevel',
  'StoriesTotal',
  'PropertyType',
  'City',
  'MLSAreaMajor',
  'districtId',
] as const;

/**
 * Changes an object's details (its listing and verification statuses change through their own
 * operations). A new list price is logged as a RESO PriceChange; address, size, floor or price
 * changes re-run duplicate detection; changes that matter to buyers request matching again.
 */
export async function updateProperty(
  ctx: RealestateContext,
  input: UpdatePropertyInput,
): Promise<PropertyOutput> {
  authorize(ctx.ability, 'update', 'realestate.Property');
  const tenantId = ctx.actor.tenantId;
  const before = await findProperty(ctx, input.ListingKey);
  const {
    ListingKey,
    expectedVersion,
    MLSAreaMajor,
    districtId,
    ListingContractDate,
    ExpirationDate,
    ...fields
  } = input;
  await checkMember(ctx, 'ListAgentKey', fields.ListAgentKey);
  await checkContact(ctx, 'sellerContactId', fields.sellerContactId);
  const City = fields.City ?? before.City;
  const district: DistrictFields | Record<string, never> =
    districtId !== undefined || MLSAreaMajor !== undefined
      ? await assignDistrict(ctx.rdb, tenantId, { districtId, MLSAreaMajor, City })
      : {};
  const now = new Date();
  const priceChanged = fields.ListPrice !== undefined && fields.ListPrice !== before.ListPrice;
  const changed = (name: string) => name in input && input[name as keyof UpdatePropertyInput] !== undefined;
  try {
    const updated = await ctx.rdb.realestateProperty.updateMany({
      where: { tenantId, ListingKey, version: expectedVersion ?? before.version },
      data: {
        ...fields,
        ...district,
        ...(ListingContractDate !== undefined
          ? { ListingContractDate: ListingContractDate ? toDay(ListingContractDate) : null }
          : {}),
        ...(ExpirationDate !== undefined
          ? { ExpirationDate: ExpirationDate ? toDay(ExpirationDate) : null }
          : {}),
        ...(fields.UnparsedAddress ? { addressKey: addressKey(fields.UnparsedAddress) } : {}),
        ...(priceChanged ? { PriceChangeTimestamp: now } : {}),
        ...(matchFields.some(changed) ? { matchRequestedAt: now } : {}),
      },
    });
    if (updated.count === 0) throw AppError.conflict('The object was changed meanwhile; reload it and retry');
  } catch (error) {
    if (isUniqueViolation(error)) throw listingIdTaken(fields.ListingId ?? '');
    throw error;
  }
  const after = await findProperty(ctx, ListingKey);
  const entries: HistoryEntry[] = [];
  if (priceChanged) {
    entries.push({
      FieldName: 'ListPrice',
      PreviousValue: before.ListPrice,
      NewValue: after.ListPrice,
      ChangeType: 'PriceChange',
    });
  }
  for (const field of [
    'UnparsedAddress',
    'MLSAreaMajor',
    'LivingArea',
    'EntryLevel',
    'UnitNumber',
  ] as const) {
    if (before[field] !== after[field]) {
      entries.push({
        FieldName: field,
        PreviousValue: before[field],
        NewValue: after[field],
        ChangeType: 'Update',
      });
    }
  }
  await recordHistory(ctx.rdb, tenantId, ListingKey, ctx.actor.userId, entries, now);
  if (duplicateFields.some(changed)) {
    await detectDuplicates(ctx.rdb, tenantId, ListingKey, await tenantConfig(ctx.db));
  }
  await recordAudit(ctx, {
    action: 'realestate.property.updated',
    recordType: 'realestate.property',
    recordId: ListingKey,
    before,
    after,
  });
  return after;
}
