import { z } from 'zod';

/** ISO 4217 currency code. */
export const currencyInput = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as RUB');

const amountPattern = /^-?\d{1,16}(\.\d{1,2})?$/;

/** A money amount as a decimal string ("150000.00") or a JSON number; stored exactly as numeric(18, 2). */
export const signedAmountInput = z
  .union([
    z.number(),
    z.string().regex(amountPattern, 'must be an amount with at most 16 digits and 2 decimals'),
  ])
  .transform((value) => (typeof value === 'number' ? value.toFixed(2) : value))
  .refine((value) => amountPattern.test(value), 'must be an amount with at most 16 digits and 2 decimals');

export const amountInput = signedAmountInput.refine(
  (value) => !value.startsWith('-'),
  'must not be negative',
);

/** An annual interest rate in percent, e.g. 12.5. */
export const rateInput = z.number().min(0).max(100);

interface DecimalLike {
  toFixed(digits: number): string;
}

/** A stored numeric(18, 2) as the API shows money: a decimal string with two places. */
export function moneyText(value: DecimalLike): string;
export function moneyText(value: DecimalLike | null): string | null;
export function moneyText(value: DecimalLike | null): string | null {
  return value === null ? null : value.toFixed(2);
}

export function rateNumber(value: DecimalLike | null): number | null {
  return value === null ? null : Number(value.toFixed(3));
}
