import type { inferRouterInputs, inferRouterOutputs } from '@crm/ui';
import type { BankRouter } from './api.js';

type Outputs = inferRouterOutputs<BankRouter>;
type Inputs = inferRouterInputs<BankRouter>;

/** What the screens show, from the router's types. Dates arrive as ISO strings (no transformer). */
export type Plan = Outputs['clients']['get'];
export type PlanStatus = Plan['status'];
export type ValueTier = NonNullable<Plan['valueTier']>;
export type Tier = Outputs['tiers']['list']['items'][number];
export type Product = Outputs['products']['list']['items'][number];
export type ProductType = Product['productType'];
export type ProductStatus = Product['status'];
export type CreateProduct = Inputs['products']['create'];
export type Household = Outputs['households']['list']['items'][number];
export type MemberRole = Household['members'][number]['role'];
export type Snapshot = Outputs['clients']['profitability']['items'][number];
export type Offer = Outputs['offers']['list']['items'][number];
export type OfferStatus = Offer['status'];
export type Referral = Outputs['referrals']['list']['items'][number];
export type ReferralStatus = Referral['status'];
export type Campaign = Outputs['campaigns']['list']['items'][number];
export type CampaignStatus = Campaign['status'];
export type Handover = Outputs['handovers']['list']['items'][number];

// The value lists the screens offer, checked against the router's types.
export const productTypes = [
  'current_account',
  'savings',
  'deposit',
  'debit_card',
  'credit_card',
  'consumer_loan',
  'mortgage',
  'overdraft',
  'investment',
  'insurance',
] as const satisfies readonly ProductType[];
export const referralStatuses = [
  'submitted',
  'in_review',
  'authorized',
  'rejected',
] as const satisfies readonly ReferralStatus[];
export const valueTiers = ['A', 'B', 'C', 'D'] as const satisfies readonly ValueTier[];

export const customerCategories = [
  'private_banking',
  'affluent',
  'mass_affluent',
  'mass',
  'sme',
  'corporate',
] as const;
export const serviceLevels = ['dedicated', 'priority', 'standard', 'remote'] as const;
export type CustomerCategory = (typeof customerCategories)[number];
export type ServiceLevel = (typeof serviceLevels)[number];

export const isProductType = (value: string | null): value is ProductType =>
  productTypes.some((type) => type === value);
export const isReferralStatus = (value: string | null): value is ReferralStatus =>
  referralStatuses.some((status) => status === value);
export const isValueTier = (value: string | null): value is ValueTier =>
  valueTiers.some((tier) => tier === value);
export const isCustomerCategory = (value: string): value is CustomerCategory =>
  customerCategories.some((c) => c === value);
export const isServiceLevel = (value: string): value is ServiceLevel =>
  serviceLevels.some((s) => s === value);

export const offerStatuses = [
  'proposed',
  'presented',
  'accepted',
  'declined',
  'expired',
  'withdrawn',
] as const satisfies readonly OfferStatus[];
export const isOfferStatus = (value: string): value is OfferStatus => offerStatuses.some((s) => s === value);
