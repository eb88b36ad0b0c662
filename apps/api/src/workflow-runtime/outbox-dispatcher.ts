import { workflows, type Database } from '@crm/core';
import type { OutboxDispatcher, TemporalClient } from '@crm/core/workflow-engine';
import { workflowStepTypes } from '../routers/workflows/workflow-extensions.js';

export interface OutboxDispatcherDeps {
  database: Database;
  temporal: TemporalClient;
  taskQueue: string;
}

/**
 * What the relay does with each outbox event: the workflows' trigger router (published triggers start
 * runs, waiting runs get their events, approvals and cancellations reach their runs, schedules follow
 * publish and archive).
 */
export function createOutboxDispatcher(deps: OutboxDispatcherDeps): OutboxDispatcher {
  return workflows.createTriggerRouter({
    client: deps.temporal.client,
    taskQueue: deps.taskQueue,
    stepTypes: workflowStepTypes,
  });
}
