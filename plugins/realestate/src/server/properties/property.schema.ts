import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { areaUnits, propertySources, propertyTypes, standardStatuses } from './reso-values.js';
import { verificationStatuses } from './verification-state-machine.js';

const day = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => text(max).nullable().optional();
const count = (max: number) => z.number().int().min(0).max(max).nullable().optional();
const money = z.number().min(0).max(1e12);

/** The RESO Property fields an agent writes (names as RESO Data Dictionary 2.0). */
const resoFields = {
  ListingId: text(40).optional(),
  PropertyType: z.enum(propertyTypes).optional(),
  PropertySubType: optionalText(60),
  ListPrice: money.nullable().optional(),
  LivingArea: z.number().positive().max(100_000).nullable().optional(),
  LivingAreaUnits: z.enum(areaUnits).optional(),
  RoomsTotal: count(100),
  BedroomsTotal: count(50),
  BathroomsTotalInteger: count(50),
  /** The floor of the unit's entry (RESO EntryLevel, "unit floor number"). */
  EntryLevel: z.number().int().min(-5).max(200).nullable().optional(),
  StoriesTotal: z.number().int().min(1).max(200).nullable().optional(),
  YearBuilt: z.number().int().min(1700).max(2100).nullable().optional(),
  StreetName: optionalText(200),
  StreetNumber: optionalText(40),
  UnitNumber: optionalText(40),
  StateOrProvince: optionalText(100),
  PostalCode: optionalText(20),
  Latitude: z.number().min(-90).max(90).nullable().optional(),
  Longitude: z.number().min(-180).max(180).nullable().optional(),
  ParcelNumber: optionalText(60),
  ListAgentKey: z.uuid().nullable().optional(),
  PublicRemarks: optionalText(5000),
  PrivateRemarks: optionalText(5000),
  ListingContractDate: day.nullable().optional(),
  ExpirationDate: day.nullable().optional(),
};

/** CRM additions: the district as typed (normalised to the dictionary) or chosen, source, seller. */
const crmFields = {
  /** The district or locality as the agent wrote it; normalised to the tenant's dictionary. */
  MLSAreaMajor: optionalText(200),
  /** A dictionary district chosen explicitly (wins over MLSAreaMajor). */
  districtId: z.uuid().nullable().optional(),
  source: z.enum(propertySources).optional(),
  sellerContactId: z.uuid().nullable().optional(),
};

const floorWithinBuilding = (value: { EntryLevel?: number | null; StoriesTotal?: number | null }) =>
  value.EntryLevel === null ||
  value.EntryLevel === undefined ||
  value.StoriesTotal === null ||
  value.StoriesTotal === undefined ||
  value.EntryLevel <= value.StoriesTotal;
const floorIssue = { message: 'must not be above StoriesTotal', path: ['EntryLevel'] };

export const initialStatuses = ['Incomplete', 'ComingSoon', 'Active'] as const;

export const createPropertyInput = z
  .strictObject({
    ...resoFields,
    ...crmFields,
    UnparsedAddress: text(500),
    City: text(100),
    StandardStatus: z.enum(initialStatuses).optional(),
  })
  .refine(floorWithinBuilding, floorIssue);
export type CreatePropertyInput = z.infer<typeof createPropertyInput>;

export const updatePropertyInput = z
  .strictObject({
    ListingKey: z.uuid(),
    expectedVersion: z.number().int().optional(),
    ...resoFields,
    ...crmFields,
    UnparsedAddress: text(500).optional(),
    City: text(100).optional(),
  })
  .refine(floorWithinBuilding, floorIssue);
export type UpdatePropertyInput = z.infer<typeof updatePropertyInput>;

export const listPropertiesInput = z.object({
  StandardStatus: z.enum(standardStatuses).optional(),
  verificationStatus: z.enum(verificationStatuses).optional(),
  districtId: z.uuid().optional(),
  ListAgentKey: z.uuid().optional(),
  search: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(300).optional(),
});
export type ListPropertiesInput = z.infer<typeof listPropertiesInput>;

export const listingKeyInput = z.strictObject({ ListingKey: z.uuid() });

export const changeListingStatusInput = z.strictObject({
  ListingKey: z.uuid(),
  StandardStatus: z.enum(standardStatuses),
  /** Required to close. */
  ClosePrice: money.nullable().optional(),
  CloseDate: day.nullable().optional(),
  expectedVersion: z.number().int().optional(),
});
export type ChangeListingStatusInput = z.infer<typeof changeListingStatusInput>;

export const changeVerificationInput = z.strictObject({
  ListingKey: z.uuid(),
  verificationStatus: z.enum(verificationStatuses),
  /** Why (required to reject): what the owner said, what was checked. */
  note: z.string().trim().max(1000).nullable().optional(),
  expectedVersion: z.number().int().optional(),
});
export type ChangeVerificationInput = z.infer<typeof changeVerificationInput>;

export const propertySelect = {
  tenantId: true,
  ListingKey: true,
  ListingId: true,
  StandardStatus: true,
  PropertyType: true,
  PropertySubType: true,
  ListPrice: true,
  OriginalListPrice: true,
  ClosePrice: true,
  CloseDate: true,
  LivingArea: true,
  LivingAreaUnits: true,
  RoomsTotal: true,
  BedroomsTotal: true,
  BathroomsTotalInteger: true,
  EntryLevel: true,
  StoriesTotal: true,
  YearBuilt: true,
  UnparsedAddress: true,
  StreetName: true,
  StreetNumber: true,
  UnitNumber: true,
  City: true,
  StateOrProvince: true,
  PostalCode: true,
  MLSAreaMajor: true,
  Latitude: true,
  Longitude: true,
  ParcelNumber: true,
  ListAgentKey: true,
  PublicRemarks: true,
  PrivateRemarks: true,
  ListingContractDate: true,
  ExpirationDate: true,
  StatusChangeTimestamp: true,
  PriceChangeTimestamp: true,
  districtId: true,
  districtInput: true,
  districtMatch: true,
  verificationStatus: true,
  verificationNote: true,
  verifiedAt: true,
  verifiedById: true,
  nextVerificationDue: true,
  duplicateOfKey: true,
  source: true,
  sellerContactId: true,
  createdById: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.RealestatePropertySelect;

export const districtMatches = ['exact', 'alias', 'fuzzy', 'manual', 'none'] as const;

const isoDayOut = z.iso.date().nullable();

/** A property object: RESO Property fields (PascalCase) and the CRM's additions (camelCase). */
export const propertyOutput = z.object({
  tenantId: z.uuid(),
  ListingKey: z.uuid(),
  ListingId: z.string(),
  StandardStatus: z.enum(standardStatuses),
  PropertyType: z.enum(propertyTypes),
  PropertySubType: z.string().nullable(),
  ListPrice: z.number().nullable(),
  OriginalListPrice: z.number().nullable(),
  ClosePrice: z.number().nullable(),
  CloseDate: isoDayOut,
  LivingArea: z.number().nullable(),
  LivingAreaUnits: z.enum(areaUnits),
  RoomsTotal: z.number().int().nullable(),
  BedroomsTotal: z.number().int().nullable(),
  BathroomsTotalInteger: z.number().int().nullable(),
  EntryLevel: z.number().int().nullable(),
  StoriesTotal: z.number().int().nullable(),
  YearBuilt: z.number().int().nullable(),
  UnparsedAddress: z.string(),
  StreetName: z.string().nullable(),
  StreetNumber: z.string().nullable(),
  UnitNumber: z.string().nullable(),
  City: z.string(),
  StateOrProvince: z.string().nullable(),
  PostalCode: z.string().nullable(),
  /** The district's dictionary name when normalised, else what was typed. */
  MLSAreaMajor: z.string().nullable(),
  Latitude: z.number().nullable(),
  Longitude: z.number().nullable(),
  ParcelNumber: z.string().nullable(),
  ListAgentKey: z.uuid().nullable(),
  PublicRemarks: z.string().nullable(),
  PrivateRemarks: z.string().nullable(),
  ListingContractDate: isoDayOut,
  ExpirationDate: isoDayOut,
  OriginalEntryTimestamp: z.date(),
  ModificationTimestamp: z.date(),
  StatusChangeTimestamp: z.date(),
  PriceChangeTimestamp: z.date().nullable(),
  DaysOnMarket: z.number().int().nullable(),
  districtId: z.uuid().nullable(),
  /** The district text as entered, and how it was mapped to the dictionary. */
  districtInput: z.string().nullable(),
  districtMatch: z.enum(districtMatches),
  verificationStatus: z.enum(verificationStatuses),
  verificationNote: z.string().nullable(),
  verifiedAt: z.date().nullable(),
  verifiedById: z.uuid().nullable(),
  nextVerificationDue: z.date().nullable(),
  duplicateOfKey: z.uuid().nullable(),
  source: z.enum(propertySources),
  sellerContactId: z.uuid().nullable(),
  createdById: z.uuid().nullable(),
  /** The listing statuses and verification statuses this object may move to now. */
  allowedStatusTransitions: z.array(z.enum(standardStatuses)),
  allowedVerificationTransitions: z.array(z.enum(verificationStatuses)),
  version: z.number().int(),
});
export type PropertyOutput = z.infer<typeof propertyOutput>;

export const historyOutput = z.object({
  id: z.uuid(),
  ListingKey: z.uuid(),
  FieldName: z.string(),
  PreviousValue: z.string().nullable(),
  NewValue: z.string().nullable(),
  ChangeType: z.string(),
  ChangedByMemberKey: z.uuid().nullable(),
  ModificationTimestamp: z.date(),
});
export type HistoryOutput = z.infer<typeof historyOutput>;
