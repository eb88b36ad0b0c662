import { createHash } from 'node:crypto';
import type { OutboxEvent } from '../workflow-engine/relay/outbox-event.js';
import { tenantWorkflowId } from '../workflow-engine/workflow-ids.js';
import { webhookEventTypes, type WebhookEventPayload, type WebhookEventType } from './webhook.schema.js';

const changes: Record<string, string> = {
  'record.created': 'created',
  'record.updated': 'updated',
  'record.deleted': 'deleted',
};

/** Payload facts passed through to receivers: ids and field names, never field values. */
const passedThrough = [
  'changed',
  'fromPipelineId',
  'toPipelineId',
  'fromStageId',
  'toStageId',
  'fromStatus',
  'toStatus',
  'actorUserId',
  'workflowRunId',
] as const;

function typeOf(event: OutboxEvent): WebhookEventType | undefined {
  if (!event.recordType) return undefined;
  const type =
    event.topic === 'deal.stage_changed'
      ? event.topic
      : `${event.recordType}.${changes[event.topic] ?? 'unknown'}`;
  return webhookEventTypes.find((t) => t === type);
}

/**
 * The webhook event of an outbox event, or undefined when no subscription can ask for it. The payload
 * is thin: the record's type and id, the names of the changed fields and what the outbox carries
 * about stage moves; receivers read the record through the API with their own rights.
 */
export function webhookEventOf(event: OutboxEvent): WebhookEventPayload | undefined {
  const type = typeOf(event);
  if (!type || !event.recordId) return undefined;
  const data: Record<string, unknown> = { recordType: event.recordType, recordId: event.recordId };
  for (const key of passedThrough) {
    if (event.payload[key] !== undefined) data[key] = event.payload[key];
  }
  return { id: event.id, type, occurredAt: event.createdAt.toISOString(), data };
}

/** A UUID derived from the event and the subscription: a re-relayed event names the same delivery. */
export function deliveryIdOf(eventId: string, subscriptionId: string): string {
  const hex = createHash('sha256').update(`webhook/${eventId}/${subscriptionId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function deliveryWorkflowId(tenantId: string, deliveryId: string): string {
  return tenantWorkflowId(tenantId, 'webhook', deliveryId);
}
