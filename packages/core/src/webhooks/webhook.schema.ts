import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client.js';
import { listInputBase } from '../records/list-input.js';

/** The record types and changes a subscription can ask for: `<recordType>.<change>`. */
export const webhookRecordTypes = ['account', 'contact', 'deal', 'activity'] as const;
export const webhookEventTypes = [
  'account.created',
  'account.updated',
  'account.deleted',
  'contact.created',
  'contact.updated',
  'contact.deleted',
  'deal.created',
  'deal.updated',
  'deal.deleted',
  'deal.stage_changed',
  'activity.created',
  'activity.updated',
  'activity.deleted',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];
/** The type of the event sent by "send a test event"; no subscription asks for it. */
export const TEST_EVENT_TYPE = 'webhook.test';

const url = z.string().trim().min(1).max(2000);
const events = z
  .array(z.enum(webhookEventTypes))
  .min(1, 'choose at least one event')
  .max(webhookEventTypes.length)
  .transform((list) => [...new Set(list)]);

export const createWebhookInput = z.strictObject({
  url,
  description: z.string().trim().max(500).default(''),
  events,
  active: z.boolean().default(true),
});
export type CreateWebhookInput = z.infer<typeof createWebhookInput>;

export const updateWebhookInput = z.strictObject({
  id: z.uuid(),
  url: url.optional(),
  description: z.string().trim().max(500).optional(),
  events: events.optional(),
  active: z.boolean().optional(),
});
export type UpdateWebhookInput = z.infer<typeof updateWebhookInput>;

export const listWebhooksInput = z.strictObject({
  limit: listInputBase.shape.limit,
  cursor: listInputBase.shape.cursor,
});
export type ListWebhooksInput = z.infer<typeof listWebhooksInput>;

export const listDeliveriesInput = z.strictObject({
  id: z.uuid(),
  limit: listInputBase.shape.limit,
  cursor: listInputBase.shape.cursor,
});
export type ListDeliveriesInput = z.infer<typeof listDeliveriesInput>;

export const redeliverInput = z.strictObject({ id: z.uuid(), deliveryId: z.uuid() });
export type RedeliverInput = z.infer<typeof redeliverInput>;

export const webhookOutput = z.object({
  id: z.uuid(),
  url: z.string(),
  description: z.string(),
  events: z.array(z.string()),
  active: z.boolean(),
  /** The secret's first characters, to recognise it; the whole secret only on create and rotate. */
  secretHint: z.string(),
  createdById: z.uuid(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type WebhookOutput = z.infer<typeof webhookOutput>;

/** The answer to create and rotate: the only times the signing secret is shown. */
export const webhookWithSecretOutput = webhookOutput.extend({ secret: z.string() });
export type WebhookWithSecretOutput = z.infer<typeof webhookWithSecretOutput>;

export const deliveryStatuses = ['pending', 'succeeded', 'failed'] as const;

export const deliveryAttemptOutput = z.object({
  attempt: z.number().int(),
  responseStatus: z.number().int().nullable(),
  error: z.string().nullable(),
  durationMs: z.number().int(),
  startedAt: z.date(),
});

export const webhookDeliveryOutput = z.object({
  id: z.uuid(),
  subscriptionId: z.uuid(),
  eventId: z.uuid(),
  eventType: z.string(),
  status: z.enum(deliveryStatuses),
  attempts: z.number().int(),
  responseStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  durationMs: z.number().int().nullable(),
  redeliveryOf: z.uuid().nullable(),
  createdAt: z.date(),
  lastAttemptAt: z.date().nullable(),
  completedAt: z.date().nullable(),
  /** Every attempt so far, oldest first. */
  attemptLog: z.array(deliveryAttemptOutput),
});
export type WebhookDeliveryOutput = z.infer<typeof webhookDeliveryOutput>;

export const webhookSelect = {
  id: true,
  url: true,
  description: true,
  events: true,
  active: true,
  secret: true,
  createdById: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.WebhookSubscriptionSelect;
export type WebhookRow = Prisma.WebhookSubscriptionGetPayload<{ select: typeof webhookSelect }>;

export const deliverySelect = {
  id: true,
  subscriptionId: true,
  eventId: true,
  eventType: true,
  status: true,
  attempts: true,
  responseStatus: true,
  lastError: true,
  durationMs: true,
  redeliveryOf: true,
  createdAt: true,
  lastAttemptAt: true,
  completedAt: true,
  attemptLog: {
    select: { attempt: true, responseStatus: true, error: true, durationMs: true, startedAt: true },
    orderBy: { attempt: 'asc' },
  },
} satisfies Prisma.WebhookDeliverySelect;
type DeliveryRow = Prisma.WebhookDeliveryGetPayload<{ select: typeof deliverySelect }>;

const SECRET_HINT_LENGTH = 12;

/** A subscription as clients see it: the secret masked. */
export function presentWebhook(row: WebhookRow): WebhookOutput {
  const { secret, ...rest } = row;
  return { ...rest, secretHint: `${secret.slice(0, SECRET_HINT_LENGTH)}…` };
}

export function presentDelivery(row: DeliveryRow): WebhookDeliveryOutput {
  const status = deliveryStatuses.find((s) => s === row.status) ?? 'pending';
  return { ...row, status };
}

/** The JSON body of every delivery: `{id, type, occurredAt, data}`. */
export const webhookEventPayload = z.object({
  id: z.uuid(),
  type: z.string(),
  occurredAt: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type WebhookEventPayload = z.infer<typeof webhookEventPayload>;
