import { newId } from '@crm/core';
import type { RealestateContext } from '../db.js';
import type { RealestateConfig } from '../config.js';
import { detectDuplicates } from '../server/duplicates/detect-duplicates.js';
import { addressKey } from '../server/properties/address-key.js';
import { assignDistrict } from '../server/properties/assign-district.js';
import { recordHistory } from '../server/properties/record-history.js';
import { seedObjects, type SeedLocale, type SeedObject } from './seed-data.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The verification fields of a seeded object (a day-old check, an overdue one, a stale one, ...). */
function verificationOf(object: SeedObject, now: Date, agent: string | null, reverifyDays: number) {
  switch (object.verification) {
    case 'Verified':
      return {
        verificationStatus: 'Verified',
        verifiedAt: new Date(now.getTime() - DAY_MS),
        verifiedById: agent,
        nextVerificationDue: new Date(now.getTime() + (reverifyDays - 1) * DAY_MS),
      };
    case 'VerifiedOverdue':
      // Verified long ago: the re-check workflow turns it Stale on its next run.
      return {
        verificationStatus: 'Verified',
        verifiedAt: new Date(now.getTime() - (reverifyDays + 3) * DAY_MS),
        verifiedById: agent,
        nextVerificationDue: new Date(now.getTime() - 3 * DAY_MS),
      };
    case 'Rejected':
      return { verificationStatus: 'Rejected', verificationNote: object.remarks.en };
    default:
      return { verificationStatus: object.verification };
  }
}

/**
 * The demo objects (natural key: ListingId; existing ones are left alone), each with its district
 * normalised from what the agent typed, its history, and duplicate detection run as on intake.
 * Returns the ListingKeys by ListingId.
 */
export async function seedObjectsOf(
  ctx: RealestateContext,
  locale: SeedLocale,
  agents: readonly string[],
  config: RealestateConfig,
): Promise<Map<string, string>> {
  const tenantId = ctx.actor.tenantId;
  const now = new Date();
  const existing = await ctx.rdb.realestateProperty.findMany({
    where: { tenantId, ListingId: { in: seedObjects.map((o) => o.ListingId) } },
    select: { ListingId: true, ListingKey: true },
  });
  const keys = new Map(existing.map((o) => [o.ListingId, o.ListingKey]));
  const City = locale === 'ru' ? 'Москва' : 'Moscow';
  const created: string[] = [];
  for (const [index, object] of seedObjects.entries()) {
    if (keys.has(object.ListingId)) continue;
    const ListingKey = newId();
    const agent = agents[object.agent % Math.max(agents.length, 1)] ?? null;
    const district = await assignDistrict(ctx.rdb, tenantId, {
      MLSAreaMajor: object.typedDistrict[locale],
      City,
    });
    const listed = new Date(now.getTime() - (40 - index * 3) * DAY_MS);
    await ctx.rdb.realestateProperty.create({
      data: {
        tenantId,
        ListingKey,
        ListingId: object.ListingId,
        StandardStatus: object.StandardStatus,
        PropertyType: 'Residential',
        PropertySubType: object.PropertySubType,
        ListPrice: object.ListPrice,
        OriginalListPrice: object.ListPrice,
        ...(object.StandardStatus === 'Closed'
          ? { ClosePrice: object.ListPrice, CloseDate: new Date(now.getTime() - 5 * DAY_MS) }
          : {}),
        LivingArea: object.LivingArea,
        RoomsTotal: object.RoomsTotal,
        BedroomsTotal: object.BedroomsTotal,
        EntryLevel: object.EntryLevel,
        StoriesTotal: object.StoriesTotal,
        YearBuilt: object.YearBuilt,
        UnparsedAddress: object.address[locale],
        UnitNumber: object.UnitNumber,
        City,
        StateOrProvince: locale === 'ru' ? 'Москва' : 'Moscow',
        PostalCode: object.PostalCode,
        ListAgentKey: agent,
        PublicRemarks: object.remarks[locale],
        ListingContractDate: new Date(
          Date.UTC(listed.getUTCFullYear(), listed.getUTCMonth(), listed.getUTCDate()),
        ),
        ...district,
        addressKey: addressKey(object.address[locale]),
        ...verificationOf(object, now, agent, config.reverifyDays),
        source: object.source,
        matchRequestedAt: now,
        createdById: agent,
        createdAt: listed,
        StatusChangeTimestamp: listed,
      },
      select: { ListingKey: true },
    });
    await recordHistory(
      ctx.rdb,
      tenantId,
      ListingKey,
      agent,
      [
        {
          FieldName: 'StandardStatus',
          PreviousValue: null,
          NewValue: 'Incomplete',
          ChangeType: 'NewListing',
        },
        ...(object.StandardStatus === 'Incomplete'
          ? []
          : ([
              {
                FieldName: 'StandardStatus',
                PreviousValue: 'Incomplete',
                NewValue: object.StandardStatus,
                ChangeType: object.StandardStatus,
              },
            ] as const)),
      ],
      listed,
    );
    keys.set(object.ListingId, ListingKey);
    created.push(ListingKey);
  }
  for (const ListingKey of created) await detectDuplicates(ctx.rdb, tenantId, ListingKey, config);
  return keys;
}
