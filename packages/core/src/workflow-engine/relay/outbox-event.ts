import type { TenantDb } from '../../db/database.js';

/** One committed record change waiting in the outbox (see records/outbox.ts). */
export interface OutboxEvent {
  tenantId: string;
  id: string;
  /** e.g. `record.created`, `record.updated` (with recordType), `workflow.run_requested`. */
  topic: string;
  recordType: string | null;
  recordId: string | null;
  payload: Record<string, unknown>;
  createdAt: Date;
  /** Failed attempts so far. */
  attempts: number;
}

export interface DispatchScope {
  /**
   * The event's tenant, inside the relay's claim transaction (RLS on that tenant only). A dispatcher
   * reads what it needs to route the event here (e.g. published trigger definitions); writes here
   * commit with the row being marked dispatched, or roll back with it.
   */
  db: TenantDb;
}

/**
 * Routes one event: starts or signals the workflows it triggers, with deterministic ids through
 * startWorkflowOnce, so that delivering it again (after a crash before the commit) starts nothing new.
 * Resolving marks the event dispatched; throwing records a failed attempt and retries it later.
 */
export type OutboxDispatcher = (event: OutboxEvent, scope: DispatchScope) => Promise<void>;
