import type { Database } from '../db/database.js';
import { newId } from '../ids.js';
import type { ImportRowError } from './import.schema.js';

/** A queued or running import whose process keeps it alive touches it at least this often. */
export const IMPORT_HEARTBEAT_MS = 60_000;
/** An import not touched for this long has lost its process (crashed, killed): it will never end. */
export const IMPORT_ABANDONED_AFTER_MS = 5 * IMPORT_HEARTBEAT_MS;

const abandoned: ImportRowError = {
  row: 0,
  field: '',
  message: 'The server running this import stopped; nothing was written. Upload the file again.',
};

/**
 * Marks as failed every import, in any tenant, that is still pending or running but has not been
 * touched for `staleAfterMs`: the process that queued or ran it is gone (a graceful stop fails its
 * imports itself), and an import's records commit with its final status, so nothing of it was
 * written. A platform job, hence the system role; each import it ends gets an audit entry in its
 * tenant. Idempotent: every API process may run it.
 */
export async function failAbandonedImports(
  database: Database,
  staleAfterMs = IMPORT_ABANDONED_AFTER_MS,
): Promise<number> {
  return database.withSystemRoleAcrossTenants(async (db) => {
    const ended = await db.$queryRaw<{ tenantId: string; id: string }[]>`
      UPDATE "Import" SET "status" = 'failed', "errors" = ${JSON.stringify([abandoned])}::jsonb,
        "createdRows" = 0, "updatedRows" = 0, "finishedAt" = now(), "updatedAt" = now()
      WHERE "status" IN ('pending', 'running')
        AND "updatedAt" < now() - make_interval(secs => ${staleAfterMs / 1000}::float8)
      RETURNING "tenantId", "id"`;
    if (ended.length > 0) {
      await db.auditLog.createMany({
        data: ended.map((row) => ({
          tenantId: row.tenantId,
          id: newId(),
          action: 'import.abandoned',
          recordType: 'import',
          recordId: row.id,
          after: { status: 'failed', reason: abandoned.message },
        })),
      });
    }
    return ended.length;
  });
}

/** Tells the sweeper that these imports still have a process (one short unit of work per tenant). */
export async function touchImports(
  database: Database,
  imports: readonly { tenantId: string; importId: string }[],
): Promise<void> {
  const byTenant = new Map<string, string[]>();
  for (const { tenantId, importId } of imports)
    byTenant.set(tenantId, [...(byTenant.get(tenantId) ?? []), importId]);
  for (const [tenantId, ids] of byTenant) {
    await database.withTenant(tenantId, (db) =>
      db.import.updateMany({
        where: { tenantId, id: { in: ids }, status: { in: ['pending', 'running'] } },
        data: { updatedAt: new Date() },
      }),
    );
  }
}
