import type { inferRouterInputs, inferRouterOutputs } from '@crm/ui';
import type { RealestateRouter } from './api.js';

type Outputs = inferRouterOutputs<RealestateRouter>;
type Inputs = inferRouterInputs<RealestateRouter>;

/** What the screens show, from the router's types (RESO names as the API has them). */
export type Property = Outputs['properties']['get'];
export type StandardStatus = Property['StandardStatus'];
export type VerificationStatus = Property['verificationStatus'];
export type PropertyType = Property['PropertyType'];
export type HistoryEntry = Outputs['properties']['history']['items'][number];
export type Match = Outputs['properties']['matches']['items'][number];
export type Duplicate = Outputs['properties']['duplicates']['items'][number];
export type CreateProperty = Inputs['properties']['create'];
export type Showing = Outputs['showings']['list']['items'][number];
export type ShowingStatus = Showing['ShowingAppointmentStatus'];
export type Requirement = Outputs['requirements']['list']['items'][number];
export type RequirementStatus = Requirement['status'];
export type District = Outputs['districts']['list']['items'][number];
export type RequirementInput = Inputs['requirements']['update'];
export type Preference = NonNullable<Match['ContactListingPreference']>;

// The RESO value lists the screens offer, checked against the router's types.
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
] as const satisfies readonly StandardStatus[];
export const verificationStatuses = [
  'Unverified',
  'Verifying',
  'Verified',
  'Rejected',
  'Duplicate',
  'Stale',
] as const satisfies readonly VerificationStatus[];
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
] as const satisfies readonly PropertyType[];
export const showingStatuses = [
  'Pending',
  'Confirmed',
  'Denied',
  'Cancelled',
] as const satisfies readonly ShowingStatus[];
export const preferences = ['Favorite', 'Possibility', 'Discard'] as const satisfies readonly Preference[];

export const isStandardStatus = (v: string | null): v is StandardStatus =>
  standardStatuses.some((s) => s === v);
export const isVerificationStatus = (v: string | null): v is VerificationStatus =>
  verificationStatuses.some((s) => s === v);
export const isPropertyType = (v: string | null): v is PropertyType => propertyTypes.some((s) => s === v);
export const isShowingStatus = (v: string | null): v is ShowingStatus => showingStatuses.some((s) => s === v);
