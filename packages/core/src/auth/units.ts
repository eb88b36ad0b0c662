import { Prisma } from '../generated/prisma/client.js';
import type { Database, TenantDb } from '../db/database.js';

/**
 * Runs auth work in the unit of work of the tenant it concerns (so that its audit entry can be
 * written in the same transaction), or in a platform unit when no tenant is involved.
 */
export function inAuthUnit<T>(
  database: Database,
  tenantId: string | null,
  userId: string,
  work: (db: TenantDb) => Promise<T>,
): Promise<T> {
  return tenantId ? database.withTenant(tenantId, (db) => work(db), { userId }) : database.withPlatform(work);
}

/** A unique constraint violation (it aborts the unit of work, so it is caught outside it). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
