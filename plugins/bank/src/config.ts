import { z } from 'zod';

/** Per-tenant settings of the bank plugin, validated when a tenant admin enables it. */
export const bankConfig = z.strictObject({
  /** The currency of money amounts when none is given (ISO 4217). */
  defaultCurrency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as RUB')
    .default('RUB'),
  /** Monthly margin (in the snapshot's currency) from which a client is value tier A, B and C; below C is D. */
  valueTierThresholds: z
    .strictObject({
      a: z.number().min(0).default(50_000),
      b: z.number().min(0).default(15_000),
      c: z.number().min(0).default(0),
    })
    .refine((t) => t.a > t.b && t.b >= t.c, 'must decrease from a to c')
    .default({ a: 50_000, b: 15_000, c: 0 }),
  /** Days an offer stays valid unless given. */
  offerValidityDays: z.number().int().min(1).max(365).default(30),
  /** Write demo tiers, clients, products, referrals, offers and a campaign when enabled. */
  seedDemoData: z.boolean().default(true),
});
export type BankConfig = z.output<typeof bankConfig>;
