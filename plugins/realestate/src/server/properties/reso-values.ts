/**
 * RESO Data Dictionary 2.0 enumerations the plugin uses (reference/reso-dd-2.0.json keeps the list
 * with its source; test/reso-conformance.test.ts checks these against it).
 */
export const standardStatuses = [
  'Incomplete',
  'ComingSoon',
  'Active',
  'ActiveUnderContract',
  'Pending',
  'Closed',
  'Hold',
  'Withdrawn',
  'Expired',
  'Canceled',
  'Delete',
] as const;
export type StandardStatus = (typeof standardStatuses)[number];

export const propertyTypes = [
  'Residential',
  'ResidentialLease',
  'ResidentialIncome',
  'Land',
  'Farm',
  'CommercialSale',
  'CommercialLease',
  'BusinessOpportunity',
  'ManufacturedInPark',
] as const;
export type PropertyType = (typeof propertyTypes)[number];

export const areaUnits = ['SquareMeters', 'SquareFeet'] as const;

/** HistoryTransactional ChangeType values the plugin writes. */
export const changeTypes = [
  'NewListing',
  'PriceChange',
  'BackOnMarket',
  'Active',
  'ActiveUnderContract',
  'Pending',
  'Closed',
  'Expired',
  'Withdrawn',
  'Hold',
  'Canceled',
  'ComingSoon',
  'Deleted',
] as const;
export type ChangeType = (typeof changeTypes)[number];

/** Where an object came from (CRM addition). */
export const propertySources = ['own', 'partner', 'portal', 'cold'] as const;
