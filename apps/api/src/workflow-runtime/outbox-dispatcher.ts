import { webhooks, workflows, type Database } from '@crm/core';
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
 * publish and archive), then the webhooks' (one delivery per matching subscription). Both start
 * workflows at most once per event, so a re-relayed event is harmless to either.
 */
export function createOutboxDispatcher(deps: OutboxDispatcherDeps): OutboxDispatcher {
  const dispatchers = [
    workflows.createTriggerRouter({
      client: deps.temporal.client,
      taskQueue: deps.taskQueue,
      stepTypes: workflowStepTypes,
    }),
    webhooks.createWebhookDispatcher({ client: deps.temporal.client, taskQueue: deps.taskQueue }),
  ];
  return async (event, scope) => {
    for (const dispatch of dispatchers) await dispatch(event, scope);
  };
}
