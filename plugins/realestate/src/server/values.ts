import { AppError } from '@crm/core';
import type { Prisma } from '../generated/prisma/client.js';

/** A stored enumeration value as its type; a value outside the list is a bug, not bad input. */
export function oneOf<T extends string>(values: readonly T[], value: string): T {
  const found = values.find((v) => v === value);
  if (!found) throw new AppError('INTERNAL', `Unexpected stored value ${value}`);
  return found;
}

export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
export const dayOrNull = (date: Date | null): string | null => (date ? isoDay(date) : null);
export const toDay = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);
export const numberOrNull = (value: Prisma.Decimal | null): number | null =>
  value === null ? null : Number(value);

/** Whether Prisma refused a write because of a unique constraint (P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002';
}

/** Cursor pages over (text, id): opaque to clients, refused with a field error when tampered with. */
export function decodeCursor(cursor: string): { key: string; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      typeof value === 'object' &&
      value !== null &&
      'key' in value &&
      'id' in value &&
      typeof value.key === 'string' &&
      typeof value.id === 'string'
    ) {
      return { key: value.key, id: value.id };
    }
  } catch {
    // fall through to the field error
  }
  throw AppError.invalid([{ field: 'cursor', message: 'is not a cursor returned by this list' }]);
}

export const encodeCursor = (key: string, id: string) =>
  Buffer.from(JSON.stringify({ key, id })).toString('base64url');
