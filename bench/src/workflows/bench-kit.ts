// What the workflow benchmark's parts share: the task queue, timing and statistics helpers, and the
// database setup (a tenant, one record write with its outbox row).
import { newId, type Database } from '@crm/core';

export const TASK_QUEUE = 'bench';
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Runs `work` over `items` with at most `concurrency` in flight. */
export async function pool<T>(
  items: T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        await work(item);
      }
    }),
  );
}

export async function createTenant(database: Database, name: string): Promise<string> {
  const tenantId = newId();
  await database.withPlatform((db) =>
    db.tenant.create({ data: { id: tenantId, name, slug: `bench-${tenantId}` }, select: { id: true } }),
  );
  return tenantId;
}

/** A contact and its outbox row in one unit of work: what every record write does. */
export async function writeRecord(
  database: Database,
  tenantId: string,
): Promise<{ outboxId: string; createdAt: Date }> {
  const contactId = newId();
  const outboxId = newId();
  return database.withTenant(tenantId, async (db) => {
    await db.contact.create({ data: { tenantId, id: contactId, firstName: 'Bench' }, select: { id: true } });
    return db.outbox
      .create({
        data: {
          tenantId,
          id: outboxId,
          topic: 'record.created',
          recordType: 'contact',
          recordId: contactId,
        },
        select: { id: true, createdAt: true },
      })
      .then((row) => ({ outboxId: row.id, createdAt: row.createdAt }));
  });
}
