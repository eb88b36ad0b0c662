import { unitOfWorkAdapter, type TenantContext } from '@crm/core';
import { PrismaClient } from './generated/prisma/client.js';

/**
 * The plugin's generated Prisma client, built on the core's unit-of-work adapter: its queries run on
 * the connection of the current tenant unit of work (the same transaction, role and tenant as
 * `ctx.db`), so RLS scopes them and a failed request rolls back the plugin's writes with the core's.
 */
const client = new PrismaClient({ adapter: unitOfWorkAdapter() });

export type TelecomDb = Omit<PrismaClient, '$transaction' | '$connect' | '$disconnect' | '$on' | '$extends'>;

/** A tenant context with the plugin's tables: what every telecom operation receives. */
export interface TelecomContext extends TenantContext {
  tdb: TelecomDb;
}

export function telecomContext(ctx: TenantContext): TelecomContext {
  return { ...ctx, tdb: client };
}

/** The plugin's tables for work without an acting user (activities); still only inside a unit of work. */
export const telecomTables: TelecomDb = client;
