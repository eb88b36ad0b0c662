import type { Database } from '../db/database.js';
import { defineActivities } from '../workflow-engine/activity-registry.js';
import { attemptDelivery, markDeliveryFailed } from './deliver-webhook.activity.js';
import { sweepDeliveryLog } from './sweep-delivery-log.js';
import type { WebhookActivities } from './webhook-delivery.types.js';

/** The delivery activities, registered as `webhooks.<name>` on the CRM worker. */
export function createWebhookActivities(deps: { database: Database }) {
  const activities: {
    [K in keyof WebhookActivities as K extends `webhooks.${infer N}` ? N : never]: WebhookActivities[K];
  } = {
    attemptDelivery: (input) => attemptDelivery(deps.database, input),
    markDeliveryFailed: (input) => markDeliveryFailed(deps.database, input),
    sweepDeliveryLog: (input) =>
      sweepDeliveryLog(deps.database, { now: new Date(input.now), retentionDays: input.retentionDays }),
  };
  return defineActivities('webhooks', activities);
}
