import type { Client } from '@temporalio/client';
import type { Database } from '../../src/db/database.js';
import { newId } from '../../src/ids.js';

/** Two tenants, as the platform makes them (global table, platform unit). */
export async function createTenants(database: Database, count = 2): Promise<string[]> {
  const ids = Array.from({ length: count }, () => newId());
  await database.withPlatform((db) =>
    db.tenant.createMany({ data: ids.map((id, i) => ({ id, name: `T${i}`, slug: `t${i}-${id}` })) }),
  );
  return ids;
}

/**
 * A record write as the services do it: the contact and its outbox row in one unit of work
 * (records/outbox.ts enqueueRecordEvent writes the same row).
 */
export async function writeContactWithEvent(
  database: Database,
  tenantId: string,
  name = 'Ada',
): Promise<{ contactId: string; outboxId: string }> {
  const contactId = newId();
  const outboxId = newId();
  await database.withTenant(tenantId, async (db) => {
    await db.contact.create({ data: { tenantId, id: contactId, firstName: name, lastName: 'Lovelace' } });
    await db.outbox.create({
      data: { tenantId, id: outboxId, topic: 'record.created', recordType: 'contact', recordId: contactId },
    });
  });
  return { contactId, outboxId };
}

export async function outboxRow(database: Database, tenantId: string, id: string) {
  return database.withTenant(tenantId, (db) =>
    db.outbox.findUnique({ where: { tenantId_id: { tenantId, id } } }),
  );
}

/** Runs of one workflow id (visibility is eventually consistent: poll until `expected` or timeout). */
export async function runsOf(
  client: Client,
  workflowId: string,
  expected = 1,
  timeoutMs = 10_000,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let count = 0;
  while (Date.now() < deadline) {
    const listed = await client.workflow.count(`WorkflowId = "${workflowId}"`);
    count = listed.count;
    if (count >= expected) return count;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return count;
}
