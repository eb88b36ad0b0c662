import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { priceSelect } from '../offerings/offering.schema.js';
import { productStatuses } from './product-status.js';

export const createProductInput = z.strictObject({
  /** The client (core account) who holds the subscription. */
  accountId: z.uuid(),
  productOffering: z.strictObject({ id: z.uuid() }),
  /** The line: an MSISDN such as +79161234567, or a contract / circuit number. */
  productSerialNumber: z.string().trim().min(3).max(40),
  name: z.string().trim().min(1).max(200).optional(),
  /** `created` (default) for a new order, or `active` to register a line that already works. */
  status: z.enum(['created', 'active']).optional(),
  startDate: z.iso.datetime({ offset: true }).optional(),
});
export type CreateProductInput = z.infer<typeof createProductInput>;

export const transitionProductInput = z.strictObject({
  id: z.uuid(),
  status: z.enum(productStatuses),
  statusReason: z.string().trim().max(500).optional(),
});
export type TransitionProductInput = z.infer<typeof transitionProductInput>;

export const listProductsInput = z.object({
  accountId: z.uuid().optional(),
  status: z.enum(productStatuses).optional(),
  offeringId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type ListProductsInput = z.infer<typeof listProductsInput>;

export const productSelect = {
  id: true,
  accountId: true,
  name: true,
  productSerialNumber: true,
  status: true,
  statusReason: true,
  orderDate: true,
  startDate: true,
  terminationDate: true,
  statusChangedAt: true,
  offering: {
    select: {
      id: true,
      name: true,
      isBundle: true,
      prices: { select: priceSelect, orderBy: { position: 'asc' } },
    },
  },
} satisfies Prisma.TelecomProductSelect;
export type ProductRow = Prisma.TelecomProductGetPayload<{ select: typeof productSelect }>;

const moneyOut = z.object({ unit: z.string(), value: z.number() });
const partyOut = z.object({
  id: z.string(),
  href: z.string(),
  name: z.string(),
  role: z.string(),
  '@referredType': z.string(),
});

/** TMF637 Product: a client's subscription (product inventory). */
export const productOutput = z.object({
  id: z.string(),
  href: z.string(),
  '@type': z.literal('Product'),
  name: z.string(),
  productSerialNumber: z.string(),
  status: z.enum(productStatuses),
  /** Why the status last changed (CRM extension). */
  statusReason: z.string().optional(),
  isBundle: z.boolean(),
  isCustomerVisible: z.boolean(),
  orderDate: z.string().optional(),
  startDate: z.string().optional(),
  terminationDate: z.string().optional(),
  productOffering: z.object({
    id: z.string(),
    href: z.string(),
    name: z.string(),
    '@referredType': z.string(),
  }),
  relatedParty: z.array(partyOut),
  productPrice: z.array(
    z.object({
      name: z.string(),
      priceType: z.string(),
      recurringChargePeriod: z.string().optional(),
      unitOfMeasure: z.string().optional(),
      price: z.object({ taxIncludedAmount: moneyOut, dutyFreeAmount: moneyOut, taxRate: z.number() }),
      productOfferingPrice: z.object({ id: z.string(), href: z.string(), name: z.string() }),
    }),
  ),
  /** The statuses this subscription may move to now (CRM extension). */
  allowedTransitions: z.array(z.enum(productStatuses)),
});
export type ProductOutput = z.infer<typeof productOutput>;
