import type { inferRouterInputs, inferRouterOutputs } from '@crm/ui';
import type { TelecomRouter } from './api.js';

type Outputs = inferRouterOutputs<TelecomRouter>;
type Inputs = inferRouterInputs<TelecomRouter>;

/** What the screens show, from the router's types (TMF field names; dates as ISO strings). */
export type Offering = Outputs['productOffering']['get'];
export type LifecycleStatus = Offering['lifecycleStatus'];
export type OfferingPrice = Offering['productOfferingPrice'][number];
export type Product = Outputs['product']['get'];
export type ProductStatus = Product['status'];
export type Order = Outputs['productOrder']['get'];
export type OrderState = Order['state'];
export type Ticket = Outputs['troubleTicket']['get'];
export type TicketStatus = Ticket['status'];
export type TicketSeverity = Ticket['severity'];
export type Usage = Outputs['usage']['list']['items'][number];
export type UsageType = Usage['usageType'];
export type Recommendation = Outputs['recommendation']['get'];
export type RecommendationStatus = Recommendation['status'];
export type ChurnRisk = Outputs['account']['churnRisk'];
export type CreateTicket = Inputs['troubleTicket']['create'];
export type CreateOrder = Inputs['productOrder']['create'];
export type CreateOffering = Inputs['productOffering']['create'];
export type OfferingPriceInput = NonNullable<CreateOffering['productOfferingPrice']>[number];
export type PriceType = OfferingPriceInput['priceType'];
export type PeriodType = NonNullable<OfferingPriceInput['recurringChargePeriodType']>;
export type OrderItemAction = CreateOrder['productOrderItem'][number]['action'];

// The value lists the screens offer, checked against the router's types.
export const ticketStatuses = [
  'acknowledged',
  'inProgress',
  'pending',
  'held',
  'resolved',
  'closed',
  'rejected',
  'cancelled',
] as const satisfies readonly TicketStatus[];
export const openTicketStatuses = [
  'acknowledged',
  'inProgress',
  'pending',
  'held',
] as const satisfies readonly TicketStatus[];
export const ticketSeverities = ['critical', 'major', 'minor'] as const satisfies readonly TicketSeverity[];
export const lifecycleStatuses = [
  'In study',
  'In design',
  'In test',
  'Active',
  'Launched',
  'Retired',
  'Obsolete',
  'Rejected',
] as const satisfies readonly LifecycleStatus[];
export const productStatuses = [
  'created',
  'pendingActive',
  'active',
  'suspended',
  'pendingTerminate',
  'terminated',
  'cancelled',
  'aborted',
] as const satisfies readonly ProductStatus[];
/** Offerings whose prices and bundle contents may still change (before launch). */
export const draftLifecycleStatuses = [
  'In study',
  'In design',
  'In test',
] as const satisfies readonly LifecycleStatus[];
export const priceTypes = [
  'recurring',
  'oneTime',
  'usage',
  'allowance',
] as const satisfies readonly PriceType[];
export const periodTypes = ['day', 'week', 'month', 'year'] as const satisfies readonly PeriodType[];
export const orderItemActions = ['add', 'modify', 'delete'] as const satisfies readonly OrderItemAction[];
export const usageTypes = ['data', 'voice', 'sms'] as const satisfies readonly UsageType[];

const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string | null): value is T =>
    values.some((v) => v === value);
export const isTicketStatus = isOneOf<TicketStatus>(ticketStatuses);
export const isTicketSeverity = isOneOf<TicketSeverity>(ticketSeverities);
export const isLifecycleStatus = isOneOf<LifecycleStatus>(lifecycleStatuses);
export const isOrderItemAction = isOneOf<OrderItemAction>(orderItemActions);
export const isProductStatus = isOneOf<ProductStatus>(productStatuses);
export const isPriceType = isOneOf<PriceType>(priceTypes);
export const isPeriodType = isOneOf<PeriodType>(periodTypes);
export const isUsageType = isOneOf<UsageType>(usageTypes);
export const isDraftOffering = (status: LifecycleStatus) => draftLifecycleStatuses.some((s) => s === status);
export const isOpenTicket = (status: TicketStatus) => openTicketStatuses.some((s) => s === status);
