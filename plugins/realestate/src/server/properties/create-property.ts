import { AppError, authorize, newId, recordAudit } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { detectDuplicates } from '../duplicates/detect-duplicates.js';
import { tenantConfig } from '../tenant-config.js';
import { isUniqueViolation, toDay } from '../values.js';
import { addressKey, unitNumberIn } from './address-key.js';
import { assignDistrict } from './assign-district.js';
import { checkContact, checkMember } from './check-references.js';
import { findProperty } from './find-property.js';
import type { CreatePropertyInput, PropertyOutput } from './property.schema.js';
import { recordHistory } from './record-history.js';

export const listingIdTaken = (id: string) =>
  AppError.invalid([{ field: 'ListingId', message: `an object with ListingId ${id} exists already` }]);

/** A readable ListingId from the key's random tail, e.g. RE-3F9A2C71. */
const listingIdOf = (ListingKey: string) => `RE-${ListingKey.replaceAll('-', '').slice(-8).toUpperCase()}`;

/**
 * Takes in an object (unverified): its district normalised to the dictionary, its address keyed for
 * duplicate detection, possible duplicates recorded for review, matching against buyers' requirements
 * requested, a NewListing entry in its history.
 */
export async function createProperty(
  ctx: RealestateContext,
  input: CreatePropertyInput,
): Promise<PropertyOutput> {
  authorize(ctx.ability, 'create', 'realestate.Property');
  const tenantId = ctx.actor.tenantId;
  const agent = input.ListAgentKey === undefined ? ctx.actor.userId : input.ListAgentKey;
  await checkMember(ctx, 'ListAgentKey', agent);
  await checkContact(ctx, 'sellerContactId', input.sellerContactId);
  const { MLSAreaMajor, districtId, ListingContractDate, ExpirationDate, ...fields } = input;
  const district = await assignDistrict(ctx.rdb, tenantId, { MLSAreaMajor, districtId, City: input.City });
  const ListingKey = newId();
  const ListingId = input.ListingId ?? listingIdOf(ListingKey);
  const now = new Date();
  try {
    await ctx.rdb.realestateProperty.create({
      data: {
        ...fields,
        tenantId,
        ListingKey,
        ListingId,
        StandardStatus: input.StandardStatus ?? 'Incomplete',
        OriginalListPrice: input.ListPrice ?? null,
        UnitNumber: input.UnitNumber ?? unitNumberIn(input.UnparsedAddress),
        ListAgentKey: agent,
        ListingContractDate: ListingContractDate ? toDay(ListingContractDate) : null,
        ExpirationDate: ExpirationDate ? toDay(ExpirationDate) : null,
        ...district,
        addressKey: addressKey(input.UnparsedAddress),
        matchRequestedAt: now,
        createdById: ctx.actor.userId,
        StatusChangeTimestamp: now,
      },
      select: { ListingKey: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw listingIdTaken(ListingId);
    throw error;
  }
  await recordHistory(ctx.rdb, tenantId, ListingKey, ctx.actor.userId, [
    {
      FieldName: 'StandardStatus',
      PreviousValue: null,
      NewValue: input.StandardStatus ?? 'Incomplete',
      ChangeType: 'NewListing',
    },
  ]);
  await detectDuplicates(ctx.rdb, tenantId, ListingKey, await tenantConfig(ctx.db));
  const property = await findProperty(ctx, ListingKey);
  await recordAudit(ctx, {
    action: 'realestate.property.created',
    recordType: 'realestate.property',
    recordId: ListingKey,
    after: property,
  });
  return property;
}
