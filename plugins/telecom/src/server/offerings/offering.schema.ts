import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { lifecycleStatuses } from './offering-lifecycle.js';

export const priceTypes = ['recurring', 'oneTime', 'usage', 'allowance'] as const;
export const usageTypes = ['data', 'voice', 'sms'] as const;
export type UsageType = (typeof usageTypes)[number];
export const periodTypes = ['day', 'week', 'month', 'year'] as const;
/** The unit each usage type is measured and priced in. */
export const usageUnits: Record<UsageType, string> = { data: 'GB', voice: 'min', sms: 'SMS' };

const money = z.strictObject({
  unit: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as RUB')
    .describe('ISO 4217 currency'),
  value: z.number().min(0).max(10_000_000),
});

/** A TMF620 ProductOfferingPrice as written inside an offering (TMF field names). */
export const offeringPriceInput = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    description: z.string().trim().max(2000).optional(),
    priceType: z.enum(priceTypes),
    recurringChargePeriodType: z.enum(periodTypes).optional(),
    recurringChargePeriodLength: z.number().int().min(1).max(36).optional(),
    /** Which usage a usage price or an allowance is for (a CRM extension used for re-pricing). */
    usageType: z.enum(usageTypes).optional(),
    unitOfMeasure: z
      .strictObject({ amount: z.number().positive().max(1_000_000), units: z.string().min(1).max(20) })
      .optional(),
    price: z.strictObject({ taxIncludedAmount: money, taxRate: z.number().min(0).max(99).optional() }),
  })
  .superRefine((price, ctx) => {
    if (price.priceType === 'recurring' && !price.recurringChargePeriodType)
      ctx.addIssue({
        code: 'custom',
        path: ['recurringChargePeriodType'],
        message: 'is required for a recurring price',
      });
    if (price.priceType !== 'recurring' && price.recurringChargePeriodType)
      ctx.addIssue({
        code: 'custom',
        path: ['recurringChargePeriodType'],
        message: 'is only for a recurring price',
      });
    const metered = price.priceType === 'usage' || price.priceType === 'allowance';
    if (metered && !price.usageType)
      ctx.addIssue({
        code: 'custom',
        path: ['usageType'],
        message: `is required for a ${price.priceType} price`,
      });
    if (metered && !price.unitOfMeasure)
      ctx.addIssue({
        code: 'custom',
        path: ['unitOfMeasure'],
        message: `is required for a ${price.priceType} price`,
      });
    if (!metered && price.usageType)
      ctx.addIssue({
        code: 'custom',
        path: ['usageType'],
        message: 'is only for a usage or allowance price',
      });
  });
export type OfferingPriceInput = z.infer<typeof offeringPriceInput>;

const validFor = z.strictObject({
  startDateTime: z.iso.datetime({ offset: true }).optional(),
  endDateTime: z.iso.datetime({ offset: true }).optional(),
});

export const createOfferingInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(4000).optional(),
  version: z.string().trim().min(1).max(20).optional(),
  isBundle: z.boolean().optional(),
  isSellable: z.boolean().optional(),
  /** Market segments the offering targets, e.g. `b2c`, `b2b`, `sme`. */
  marketSegment: z.array(z.string().trim().min(1).max(60)).max(20).optional(),
  validFor: validFor.optional(),
  bundledProductOffering: z
    .array(z.strictObject({ id: z.uuid() }))
    .max(50)
    .optional(),
  productOfferingPrice: z.array(offeringPriceInput).max(50).optional(),
});
export type CreateOfferingInput = z.infer<typeof createOfferingInput>;

export const updateOfferingInput = createOfferingInput.partial().extend({ id: z.uuid() });
export type UpdateOfferingInput = z.infer<typeof updateOfferingInput>;

export const transitionOfferingInput = z.strictObject({
  id: z.uuid(),
  lifecycleStatus: z.enum(lifecycleStatuses),
  statusReason: z.string().trim().max(500).optional(),
});
export type TransitionOfferingInput = z.infer<typeof transitionOfferingInput>;

export const listOfferingsInput = z.object({
  lifecycleStatus: z.enum(lifecycleStatuses).optional(),
  isBundle: z.stringbool().optional(),
  search: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
export type ListOfferingsInput = z.infer<typeof listOfferingsInput>;

export const priceSelect = {
  id: true,
  name: true,
  position: true,
  priceType: true,
  recurringChargePeriodType: true,
  recurringChargePeriodLength: true,
  usageType: true,
  unitOfMeasureAmount: true,
  unitOfMeasureUnits: true,
  amount: true,
  currency: true,
  taxRate: true,
} satisfies Prisma.TelecomProductOfferingPriceSelect;
export type PriceRow = Prisma.TelecomProductOfferingPriceGetPayload<{ select: typeof priceSelect }>;

export const offeringSelect = {
  id: true,
  name: true,
  description: true,
  catalogVersion: true,
  lifecycleStatus: true,
  statusReason: true,
  isBundle: true,
  isSellable: true,
  marketSegment: true,
  validFrom: true,
  validTo: true,
  updatedAt: true,
  prices: { select: priceSelect, orderBy: [{ position: 'asc' }, { id: 'asc' }] },
  bundledOfferings: {
    select: { offering: { select: { id: true, name: true, lifecycleStatus: true } } },
    orderBy: { offeringId: 'asc' },
  },
} satisfies Prisma.TelecomProductOfferingSelect;
export type OfferingRow = Prisma.TelecomProductOfferingGetPayload<{ select: typeof offeringSelect }>;

const moneyOut = z.object({ unit: z.string(), value: z.number() });

/** TMF620 ProductOfferingPriceRefOrValue, as embedded in an offering. */
export const offeringPriceOutput = z.object({
  id: z.string(),
  name: z.string(),
  '@type': z.literal('ProductOfferingPrice'),
  priceType: z.enum(priceTypes),
  recurringChargePeriodType: z.string().optional(),
  recurringChargePeriod: z.string().optional(),
  recurringChargePeriodLength: z.number().int().optional(),
  usageType: z.enum(usageTypes).optional(),
  unitOfMeasure: z.object({ amount: z.number(), units: z.string() }).optional(),
  price: z.object({ taxIncludedAmount: moneyOut, dutyFreeAmount: moneyOut, taxRate: z.number() }),
});
export type OfferingPriceOutput = z.infer<typeof offeringPriceOutput>;

/** TMF620 ProductOffering (a tariff, or a service package when `isBundle`). */
export const offeringOutput = z.object({
  id: z.string(),
  href: z.string(),
  '@type': z.literal('ProductOffering'),
  name: z.string(),
  description: z.string().optional(),
  version: z.string(),
  lifecycleStatus: z.enum(lifecycleStatuses),
  statusReason: z.string().optional(),
  isBundle: z.boolean(),
  isSellable: z.boolean(),
  lastUpdate: z.string(),
  marketSegment: z.array(z.object({ id: z.string(), name: z.string() })),
  validFor: z.object({ startDateTime: z.string().optional(), endDateTime: z.string().optional() }).optional(),
  bundledProductOffering: z.array(
    z.object({
      id: z.string(),
      href: z.string(),
      name: z.string(),
      lifecycleStatus: z.string(),
      '@type': z.literal('BundledProductOffering'),
    }),
  ),
  productOfferingPrice: z.array(offeringPriceOutput),
  /** The lifecycle statuses this offering may move to now (CRM extension). */
  allowedTransitions: z.array(z.enum(lifecycleStatuses)),
});
export type OfferingOutput = z.infer<typeof offeringOutput>;
