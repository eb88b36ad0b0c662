// Types shared by the delivery workflow (Temporal's sandbox: types only) and its activities.
import type { WebhookEventPayload } from './webhook.schema.js';

export interface DeliverWebhookInput {
  tenantId: string;
  deliveryId: string;
  subscriptionId: string;
  event: WebhookEventPayload;
  /** A test event or a redelivery asked for by an admin: sent even while the subscription is disabled. */
  manual: boolean;
}

export type DeliveryOutcome =
  | { status: 'succeeded'; responseStatus: number }
  | { status: 'skipped'; reason: string }
  | { status: 'failed' };

export interface WebhookActivities {
  /** One attempt: POST the signed event, record the attempt; throws (retried) on a non-2xx answer. */
  'webhooks.attemptDelivery'(input: DeliverWebhookInput): Promise<DeliveryOutcome>;
  /** After the last attempt failed: the delivery is marked failed. */
  'webhooks.markDeliveryFailed'(input: DeliverWebhookInput): Promise<void>;
  /** The scheduled retention sweep of the delivery log (platform job across tenants). */
  'webhooks.sweepDeliveryLog'(input: {
    now: string;
    retentionDays: number;
  }): Promise<{ tenants: number; deletedDeliveries: number; clearedSecrets: number }>;
}

export const DELIVER_WEBHOOK_WORKFLOW_TYPE = 'deliverWebhookWorkflow';
/** Attempts per delivery, with exponential backoff between them (2 s × 3ⁿ, at most an hour). */
export const MAX_DELIVERY_ATTEMPTS = 12;
