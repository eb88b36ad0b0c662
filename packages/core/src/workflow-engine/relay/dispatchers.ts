import type { Client } from '@temporalio/client';
import { startWorkflowOnce } from '../start-workflow-once.js';
import { tenantWorkflowId } from '../workflow-ids.js';
import type { OutboxDispatcher } from './outbox-event.js';

/**
 * The dispatcher while no trigger router is registered: nothing listens to record events yet, so
 * they are only marked dispatched (the outbox must not grow without bound).
 */
export const markDispatchedOnly: OutboxDispatcher = async () => {
  // No router: nothing to start.
};

/**
 * Starts `noopWorkflow` with id `t:<tenantId>:outbox:<outboxId>` for every event: the runtime's tests
 * and benchmark use it to check delivery without any workflow definition.
 */
export function startNoopPerEvent(client: Client, taskQueue: string): OutboxDispatcher {
  return async (event) => {
    await startWorkflowOnce(client, {
      tenantId: event.tenantId,
      workflowId: tenantWorkflowId(event.tenantId, 'outbox', event.id),
      workflowType: 'noopWorkflow',
      args: [{ tenantId: event.tenantId, outboxId: event.id }],
      taskQueue,
    });
  };
}
