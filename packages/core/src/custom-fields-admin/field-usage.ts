import type { CustomFieldObjectType } from '../custom-fields/index.js';
import { Prisma } from '../generated/prisma/client.js';
import type { TenantContext } from '../records/context.js';

const tableOf: Record<CustomFieldObjectType, Prisma.Sql> = {
  account: Prisma.raw('"Account"'),
  contact: Prisma.raw('"Contact"'),
  deal: Prisma.raw('"Deal"'),
};

/** Whether any record of the type (soft-deleted ones included) holds a value for the field. */
export async function fieldHasValues(
  ctx: TenantContext,
  objectType: CustomFieldObjectType,
  key: string,
): Promise<boolean> {
  const rows = await ctx.db.$queryRaw<{ used: boolean }[]>(Prisma.sql`
    SELECT EXISTS (
      SELECT 1 FROM ${tableOf[objectType]}
      WHERE "tenantId" = ${ctx.actor.tenantId}::uuid AND ("customFields" -> ${key}) IS NOT NULL
    ) AS "used"`);
  return rows[0]?.used === true;
}

/**
 * The options among `options` that some record holds as the field's value (a select's value, or an
 * element of a multi-select's). Containment queries, so the customFields GIN index answers them.
 */
export async function optionsInUse(
  ctx: TenantContext,
  objectType: CustomFieldObjectType,
  key: string,
  multi: boolean,
  options: string[],
): Promise<string[]> {
  const used: string[] = [];
  for (const option of options) {
    const probe = JSON.stringify({ [key]: multi ? [option] : option });
    const rows = await ctx.db.$queryRaw<{ used: boolean }[]>(Prisma.sql`
      SELECT EXISTS (
        SELECT 1 FROM ${tableOf[objectType]}
        WHERE "tenantId" = ${ctx.actor.tenantId}::uuid AND "customFields" @> ${probe}::jsonb
      ) AS "used"`);
    if (rows[0]?.used === true) used.push(option);
  }
  return used;
}
