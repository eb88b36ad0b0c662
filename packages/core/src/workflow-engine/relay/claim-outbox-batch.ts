import type { Database, TenantDb } from '../../db/database.js';
import { isUuid } from '../../ids.js';
import type { OutboxDispatcher, OutboxEvent } from './outbox-event.js';

export interface BatchOutcome {
  claimed: number;
  dispatched: number;
  failed: number;
}

interface ClaimedRow {
  tenantId: string;
  id: string;
  topic: string;
  recordType: string | null;
  recordId: string | null;
  payload: Record<string, unknown> | null;
  createdAt: Date;
  attempts: number;
}

/**
 * One relay round in one transaction: claim up to `batchSize` due rows of any tenant
 * (`crm_outbox_claim`: FOR UPDATE SKIP LOCKED, so concurrent relays never take the same row), hand
 * each to `dispatch` under its own tenant, and mark it dispatched, or record the failure with
 * backoff, before the commit. A crash at any point leaves the row pending (the lock dies with the
 * connection) and the next round delivers it again; startWorkflowOnce makes that repeat harmless.
 *
 * The transaction runs as crm_app with no tenant: the only cross-tenant access is through the three
 * crm_outbox_* functions (owned by crm_system). Each event is dispatched inside a savepoint with
 * app.tenant_id set to the event's tenant, so the dispatcher sees only that tenant's rows and its
 * writes roll back with a failed dispatch.
 */
export async function relayOutboxBatch(
  database: Database,
  dispatch: OutboxDispatcher,
  batchSize: number,
  onError?: (event: OutboxEvent, error: unknown) => void,
): Promise<BatchOutcome> {
  return database.withPlatform(async (db) => {
    const rows = await db.$queryRaw<ClaimedRow[]>`SELECT * FROM crm_outbox_claim(${batchSize}::int)`;
    const outcome: BatchOutcome = { claimed: rows.length, dispatched: 0, failed: 0 };
    for (const row of rows) {
      const event: OutboxEvent = { ...row, payload: row.payload ?? {} };
      if (await dispatchOne(db, event, dispatch, onError)) outcome.dispatched += 1;
      else outcome.failed += 1;
    }
    await setTenant(db, '');
    return outcome;
  });
}

async function dispatchOne(
  db: TenantDb,
  event: OutboxEvent,
  dispatch: OutboxDispatcher,
  onError?: (event: OutboxEvent, error: unknown) => void,
): Promise<boolean> {
  await db.$executeRawUnsafe('SAVEPOINT outbox_event');
  try {
    if (!isUuid(event.tenantId)) throw new Error(`malformed tenant id ${event.tenantId}`);
    await setTenant(db, event.tenantId);
    await dispatch(event, { db });
    await setTenant(db, '');
    await db.$queryRaw`SELECT crm_outbox_mark_dispatched(${event.tenantId}::uuid, ${event.id}::uuid)`;
    await db.$executeRawUnsafe('RELEASE SAVEPOINT outbox_event');
    return true;
  } catch (error) {
    await db.$executeRawUnsafe('ROLLBACK TO SAVEPOINT outbox_event');
    await db.$executeRawUnsafe('RELEASE SAVEPOINT outbox_event');
    onError?.(event, error);
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    await db.$queryRaw`SELECT crm_outbox_mark_failed(${event.tenantId}::uuid, ${event.id}::uuid, ${message})`;
    return false;
  }
}

function setTenant(db: TenantDb, tenantId: string) {
  return db.$queryRaw`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
}
