import { PrismaPg } from '@prisma/adapter-pg';
import { UnitOfWorkPool } from '../db/unit-of-work.js';

/**
 * The Prisma driver adapter a plugin builds its own generated client on:
 * `new PrismaClient({ adapter: unitOfWorkAdapter() })`. Its queries go to the connection of the unit of
 * work they run in (the same transaction, role and tenant as the core's), and fail outside one.
 */
export function unitOfWorkAdapter(): PrismaPg {
  return new PrismaPg(new UnitOfWorkPool());
}
