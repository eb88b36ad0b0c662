import type { Prisma } from '../../generated/prisma/client.js';
import { dayOrNull, numberOrNull, oneOf } from '../values.js';
import { allowedListingTransitions } from './listing-state-machine.js';
import { districtMatches, type PropertyOutput, type propertySelect } from './property.schema.js';
import { areaUnits, propertySources, propertyTypes, standardStatuses } from './reso-values.js';
import { allowedVerificationTransitions, verificationStatuses } from './verification-state-machine.js';

export type PropertyRow = Prisma.RealestatePropertyGetPayload<{ select: typeof propertySelect }>;

const DAY_MS = 24 * 60 * 60 * 1000;

/** RESO DaysOnMarket: from the listing contract (or entry) to closing or today; none before marketing. */
function daysOnMarket(row: PropertyRow, now: Date): number | null {
  if (row.StandardStatus === 'Incomplete' || row.StandardStatus === 'ComingSoon') return null;
  const start = row.ListingContractDate ?? row.createdAt;
  const end = row.CloseDate ?? now;
  return Math.max(0, Math.floor((end.getTime() - start.getTime()) / DAY_MS));
}

export function presentProperty(row: PropertyRow, now = new Date()): PropertyOutput {
  const { createdAt, updatedAt, ...rest } = row;
  const status = oneOf(standardStatuses, row.StandardStatus);
  const verification = oneOf(verificationStatuses, row.verificationStatus);
  return {
    ...rest,
    StandardStatus: status,
    PropertyType: oneOf(propertyTypes, row.PropertyType),
    LivingAreaUnits: oneOf(areaUnits, row.LivingAreaUnits),
    ListPrice: numberOrNull(row.ListPrice),
    OriginalListPrice: numberOrNull(row.OriginalListPrice),
    ClosePrice: numberOrNull(row.ClosePrice),
    CloseDate: dayOrNull(row.CloseDate),
    LivingArea: numberOrNull(row.LivingArea),
    Latitude: numberOrNull(row.Latitude),
    Longitude: numberOrNull(row.Longitude),
    ListingContractDate: dayOrNull(row.ListingContractDate),
    ExpirationDate: dayOrNull(row.ExpirationDate),
    OriginalEntryTimestamp: createdAt,
    ModificationTimestamp: updatedAt,
    DaysOnMarket: daysOnMarket(row, now),
    districtMatch: oneOf(districtMatches, row.districtMatch),
    verificationStatus: verification,
    source: oneOf(propertySources, row.source),
    allowedStatusTransitions: [...allowedListingTransitions(status)],
    allowedVerificationTransitions: allowedVerificationTransitions(verification).filter(
      (s) => s !== 'Duplicate',
    ),
  };
}
