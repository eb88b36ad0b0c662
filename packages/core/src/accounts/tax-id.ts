import { z } from 'zod';

/**
 * The tax id rule of an account.
 *
 * - A value of exactly 10 or 12 digits, optionally prefixed with `RU` (any case, spaces or hyphens allowed
 *   between digit groups), is a Russian INN: its check digits must be right and its first two
 *   digits (the tax office region) may not be `00`. It is stored as the bare digits, so that
 *   `7707083893`, `RU 7707083893` and `7707 083 893` are the same account key.
 *   (10 digits: a legal entity; 12 digits: an individual or sole proprietor.)
 * - Anything else is a foreign tax id, kept as typed (trimmed), at most 32 characters. A foreign id
 *   that is itself exactly 10 or 12 digits must carry its country prefix (e.g. `US1234567890`),
 *   otherwise it is read as an INN.
 */
export const TAX_ID_MAX_LENGTH = 32;

const innPattern = /^(?:RU)?(\d{10}|\d{12})$/i;
const legalEntityWeights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const personWeights11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const personWeights12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function checkDigit(digits: number[], weights: number[]): number {
  const sum = weights.reduce((total, weight, i) => total + weight * (digits[i] ?? 0), 0);
  return (sum % 11) % 10;
}

/** Whether a string of 10 or 12 digits is a valid INN (check digits and region). */
export function isValidInn(inn: string): boolean {
  if (!/^(\d{10}|\d{12})$/.test(inn) || inn.startsWith('00')) return false;
  const digits = Array.from(inn, Number);
  if (digits.length === 10) return checkDigit(digits, legalEntityWeights) === digits[9];
  return (
    checkDigit(digits, personWeights11) === digits[10] && checkDigit(digits, personWeights12) === digits[11]
  );
}

/** The INN digits when the value looks Russian (see the rule above), else null. */
export function innDigitsOf(value: string): string | null {
  const match = innPattern.exec(value.trim().replace(/[\s-]/g, ''));
  return match?.[1] ?? null;
}

/** The stored form of a tax id: INN digits, or the trimmed foreign id. */
export function normalizeTaxId(value: string): string {
  return innDigitsOf(value) ?? value.trim();
}

export const taxIdInput = z
  .string()
  .trim()
  .min(1)
  .max(TAX_ID_MAX_LENGTH)
  .superRefine((value, ctx) => {
    const inn = innDigitsOf(value);
    if (inn !== null && !isValidInn(inn)) {
      ctx.addIssue({ code: 'custom', message: 'is not a valid Russian INN (check digits do not match)' });
    }
  })
  .transform(normalizeTaxId)
  .describe(
    'Russian INN (10 or 12 digits, optional RU prefix, spaces or hyphens allowed; check digits verified; ' +
      'stored as the digits) or a foreign tax id of at most 32 characters (a 10/12-digit one needs its country prefix)',
  );
