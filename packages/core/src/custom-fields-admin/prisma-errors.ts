import { Prisma } from '../generated/prisma/client.js';

/**
 * Whether a Prisma error is a unique constraint violation (P2002). Such an error aborts the unit of
 * work's transaction: the caller may only turn it into an AppError and rethrow, never query again.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
