import type { Database } from '@crm/core';
import { markDispatchedOnly, type OutboxDispatcher, type TemporalClient } from '@crm/core/workflow-engine';

export interface OutboxDispatcherDeps {
  database: Database;
  temporal: TemporalClient;
  taskQueue: string;
}

/**
 * What the relay does with each record event. The workflows module's trigger router (matching the
 * event against published workflow triggers and starting runs with startWorkflowOnce) is returned
 * here once it exists; until then events are only marked dispatched.
 */
export function createOutboxDispatcher(_deps: OutboxDispatcherDeps): OutboxDispatcher {
  return markDispatchedOnly;
}
