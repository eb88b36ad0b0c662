import { Prisma } from '../generated/prisma/client.js';
import type { TenantContext } from '../records/context.js';

/**
 * Serialises changes of the tenant's default pipeline: every writer that may set `isDefault` takes
 * this transaction-scoped advisory lock first, so two concurrent requests cannot both leave their
 * pipeline as the default (a later statement of the second one sees the first one's commit).
 */
export async function lockDefaultPipeline(ctx: TenantContext): Promise<void> {
  const key = `crm:default-pipeline:${ctx.actor.tenantId}`;
  await ctx.db.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}

/** Whether the tenant has a live default pipeline other than `exceptId`. */
export async function hasDefaultPipeline(ctx: TenantContext, exceptId?: string): Promise<boolean> {
  const found = await ctx.db.pipeline.findFirst({
    where: {
      tenantId: ctx.actor.tenantId,
      isDefault: true,
      deletedAt: null,
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { id: true },
  });
  return found !== null;
}

/** Makes every other pipeline non-default; call with the lock held. */
export async function unsetOtherDefaults(ctx: TenantContext, pipelineId: string): Promise<void> {
  await ctx.db.pipeline.updateMany({
    where: { tenantId: ctx.actor.tenantId, isDefault: true, id: { not: pipelineId } },
    data: { isDefault: false },
  });
}
