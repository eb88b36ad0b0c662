import { z } from 'zod';
import { amountInput, currencyInput, signedAmountInput } from '../shared/money.js';
import { valueTiers } from '../plans/plan.schema.js';

export const recordSnapshotInput = z.strictObject({
  planId: z.uuid(),
  /** The month, as its first day: 2026-10-01. */
  period: z.iso.date().refine((d) => d.endsWith('-01'), 'must be the first day of a month'),
  currency: currencyInput.optional(),
  /** Net interest income plus fees for the month. */
  revenue: signedAmountInput,
  costToServe: amountInput,
  riskCost: amountInput.default('0.00'),
});
export type RecordSnapshotInput = z.infer<typeof recordSnapshotInput>;

export const listSnapshotsInput = z.object({ planId: z.uuid() });

export const snapshotOutput = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  period: z.string(),
  currency: z.string(),
  revenue: z.string(),
  costToServe: z.string(),
  riskCost: z.string(),
  margin: z.string(),
  valueTier: z.enum(valueTiers),
  productsHeld: z.number().int(),
});
export type SnapshotOutput = z.infer<typeof snapshotOutput>;

export const snapshotSelect = {
  id: true,
  planId: true,
  period: true,
  currency: true,
  revenue: true,
  costToServe: true,
  riskCost: true,
  margin: true,
  valueTier: true,
  productsHeld: true,
} as const;
