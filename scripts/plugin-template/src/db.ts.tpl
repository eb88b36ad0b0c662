import { unitOfWorkAdapter, type TenantContext } from '@crm/core';
import { PrismaClient } from './generated/prisma/client.js';

// The plugin's own client, on the core's unit of work: same transaction, role and tenant as ctx.db.
const client = new PrismaClient({ adapter: unitOfWorkAdapter() });

export type __Plugin__Db = Omit<PrismaClient, '$transaction' | '$connect' | '$disconnect' | '$on' | '$extends'>;

export interface __Plugin__Context extends TenantContext {
  pdb: __Plugin__Db;
}

export function __plugin__Context(ctx: TenantContext): __Plugin__Context {
  return { ...ctx, pdb: client };
}
