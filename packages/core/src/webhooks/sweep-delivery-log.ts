import type { Database, TenantDb } from '../db/database.js';
import { Prisma } from '../generated/prisma/client.js';

export const DEFAULT_DELIVERY_RETENTION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface DeliveryLogSweepResult {
  tenants: number;
  deletedDeliveries: number;
  clearedSecrets: number;
}

/**
 * The retention of the delivery log: deliveries created more than `retentionDays` ago go, with their
 * attempts (the foreign key cascades), and replaced secrets whose overlap window is over are cleared.
 * A platform job run by the worker on a schedule (webhook-retention-schedule.ts): the system role
 * only finds the tenants with something to remove; each tenant's rows are then removed in that
 * tenant's own unit of work (RLS on). Idempotent.
 */
export async function sweepDeliveryLog(
  database: Database,
  input: { now: Date; retentionDays: number },
): Promise<DeliveryLogSweepResult> {
  const cutoff = new Date(input.now.getTime() - input.retentionDays * DAY_MS);
  const tenants = await database.withSystemRoleAcrossTenants((db) =>
    db.$queryRaw<{ tenantId: string }[]>(Prisma.sql`
      SELECT DISTINCT "tenantId" FROM "WebhookDelivery" WHERE "createdAt" < ${cutoff}
      UNION
      SELECT "tenantId" FROM "WebhookSubscription" WHERE "previousSecretExpiresAt" <= ${input.now}`),
  );
  const result: DeliveryLogSweepResult = { tenants: tenants.length, deletedDeliveries: 0, clearedSecrets: 0 };
  for (const { tenantId } of tenants) {
    const swept = await database.withTenant(tenantId, (db) => sweepTenant(db, tenantId, cutoff, input.now));
    result.deletedDeliveries += swept.deletedDeliveries;
    result.clearedSecrets += swept.clearedSecrets;
  }
  return result;
}

/** One tenant's part of the sweep, in its unit of work. */
async function sweepTenant(db: TenantDb, tenantId: string, cutoff: Date, now: Date) {
  const deleted = await db.webhookDelivery.deleteMany({ where: { tenantId, createdAt: { lt: cutoff } } });
  const cleared = await db.webhookSubscription.updateMany({
    where: { tenantId, previousSecretExpiresAt: { lte: now } },
    data: { previousSecret: null, previousSecretExpiresAt: null },
  });
  return { deletedDeliveries: deleted.count, clearedSecrets: cleared.count };
}
