// Outgoing webhooks for integrators: tenant subscriptions to record events, signed deliveries retried
// through Temporal with a log per attempt, and the SSRF guard every outgoing call passes
// (docs/decisions/webhooks.md).
export * from './webhook.schema.js';
export { createWebhook } from './create-webhook.js';
export { listWebhooks } from './list-webhooks.js';
export { getWebhook } from './get-webhook.js';
export { updateWebhook } from './update-webhook.js';
export { deleteWebhook } from './delete-webhook.js';
export { rotateWebhookSecret, SECRET_OVERLAP_MS } from './rotate-webhook-secret.js';
export { sendTestEvent } from './send-test-event.js';
export { redeliverWebhook } from './redeliver-webhook.js';
export { listWebhookDeliveries } from './list-webhook-deliveries.js';
export {
  createWebhookDispatcher,
  DELIVERY_REQUESTED_TOPIC,
  type WebhookDispatcherDeps,
} from './webhook-dispatcher.js';
export { createWebhookActivities } from './webhook-activities.js';
export {
  sweepDeliveryLog,
  DEFAULT_DELIVERY_RETENTION_DAYS,
  type DeliveryLogSweepResult,
} from './sweep-delivery-log.js';
export { ensureWebhookRetentionSchedule, webhookRetentionScheduleId } from './webhook-retention-schedule.js';
export { webhookEventOf, deliveryIdOf, deliveryWorkflowId } from './webhook-event.js';
export { webhookSignature, sendSignedRequest, type SignedRequest } from './signed-request.js';
export {
  assertDeliverableUrl,
  blockedReason,
  privateNetworkPolicy,
  BlockedAddressError,
  type PrivateNetworkPolicy,
  type ResolveHost,
} from './network-guard.js';
export * from './webhook-delivery.types.js';
