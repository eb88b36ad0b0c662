import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { Database, TenantDb } from '../db/database.js';
import { AppError } from '../errors/index.js';
import { withActivityTenant } from '../workflow-engine/tenant-activity.js';
import { BlockedAddressError } from './network-guard.js';
import { sendSignedRequest } from './signed-request.js';
import type { DeliverWebhookInput, DeliveryOutcome } from './webhook-delivery.types.js';

/** The Temporal attempt number (1 outside an activity, e.g. a direct call in a test). */
function attemptNumber(): number {
  try {
    return Context.current().info.attempt;
  } catch {
    return 1;
  }
}

/** The delivery row exists (a relayed event's first attempt makes it) and its subscription is loaded. */
async function prepare(db: TenantDb, input: DeliverWebhookInput) {
  const subscription = await db.webhookSubscription.findFirst({
    where: { tenantId: input.tenantId, id: input.subscriptionId },
    select: { url: true, secret: true, active: true, previousSecret: true, previousSecretExpiresAt: true },
  });
  if (!subscription) throw AppError.notFound('Webhook');
  const { previousSecret, previousSecretExpiresAt, ...rest } = subscription;
  const overlapping = previousSecretExpiresAt !== null && previousSecretExpiresAt > new Date();
  if (previousSecret !== null && !overlapping) {
    // The overlap window is over: the replaced secret is not kept a moment longer.
    await db.webhookSubscription.updateMany({
      where: {
        tenantId: input.tenantId,
        id: input.subscriptionId,
        previousSecretExpiresAt: { lte: new Date() },
      },
      data: { previousSecret: null, previousSecretExpiresAt: null },
    });
  }
  await db.webhookDelivery.createMany({
    data: {
      tenantId: input.tenantId,
      id: input.deliveryId,
      subscriptionId: input.subscriptionId,
      eventId: input.event.id,
      eventType: input.event.type,
      payload: JSON.parse(JSON.stringify(input.event)) as object,
    },
    skipDuplicates: true,
  });
  return { ...rest, previousSecret: overlapping ? previousSecret : null };
}

interface AttemptRecord {
  attempt: number;
  startedAt: Date;
  durationMs: number;
  responseStatus: number | null;
  error: string | null;
  succeeded: boolean;
  final: boolean;
}

async function recordAttempt(db: TenantDb, input: DeliverWebhookInput, record: AttemptRecord) {
  const key = { tenantId: input.tenantId, deliveryId: input.deliveryId, attempt: record.attempt };
  const fields = {
    responseStatus: record.responseStatus,
    error: record.error,
    durationMs: record.durationMs,
    startedAt: record.startedAt,
  };
  await db.webhookDeliveryAttempt.upsert({
    where: { tenantId_deliveryId_attempt: key },
    create: { ...key, ...fields },
    update: fields,
    select: { attempt: true },
  });
  const done = record.succeeded || record.final;
  await db.webhookDelivery.updateMany({
    where: { tenantId: input.tenantId, id: input.deliveryId },
    data: {
      attempts: record.attempt,
      responseStatus: record.responseStatus,
      lastError: record.error,
      durationMs: record.durationMs,
      lastAttemptAt: record.startedAt,
      ...(done ? { status: record.succeeded ? 'succeeded' : 'failed', completedAt: new Date() } : {}),
    },
  });
}

/**
 * One attempt of a delivery. The HTTP call runs outside any transaction (a slow receiver holds no
 * connection); the outcome is recorded in a second, short one. A 2xx answer succeeds; anything else,
 * or no answer, throws a retryable failure; an address refused by the SSRF guard fails at once.
 */
export async function attemptDelivery(
  database: Database,
  input: DeliverWebhookInput,
): Promise<DeliveryOutcome> {
  const subscription = await withActivityTenant(database, input, (db) => prepare(db, input));
  const attempt = attemptNumber();
  const startedAt = new Date();
  if (!subscription.active && !input.manual) {
    const reason = 'the subscription is disabled';
    await withActivityTenant(database, input, (db) =>
      recordAttempt(db, input, {
        attempt,
        startedAt,
        durationMs: 0,
        responseStatus: null,
        error: reason,
        succeeded: false,
        final: true,
      }),
    );
    return { status: 'skipped', reason };
  }
  let responseStatus: number | null = null;
  let error: string | null = null;
  let durationMs = 0;
  let blocked = false;
  try {
    const response = await sendSignedRequest({
      url: subscription.url,
      method: 'POST',
      body: JSON.stringify(input.event),
      secret: subscription.secret,
      previousSecret: subscription.previousSecret,
      idempotencyKey: `${input.event.id}:${input.subscriptionId}`,
    });
    responseStatus = response.status;
    durationMs = response.durationMs;
    if (response.status < 200 || response.status >= 300) error = `the receiver answered ${response.status}`;
  } catch (failure) {
    blocked = failure instanceof BlockedAddressError;
    error = failure instanceof Error ? failure.message : String(failure);
    durationMs = Date.now() - startedAt.getTime();
  }
  const succeeded = error === null && responseStatus !== null;
  await withActivityTenant(database, input, (db) =>
    recordAttempt(db, input, {
      attempt,
      startedAt,
      durationMs,
      responseStatus,
      error,
      succeeded,
      final: blocked,
    }),
  );
  if (succeeded) return { status: 'succeeded', responseStatus: responseStatus ?? 0 };
  throw ApplicationFailure.create({
    message: error ?? 'no answer',
    type: blocked ? 'WebhookAddressBlocked' : 'WebhookDeliveryFailed',
    nonRetryable: blocked,
  });
}

/** The last attempt failed: the delivery is failed (a succeeded one is left alone). */
export async function markDeliveryFailed(database: Database, input: DeliverWebhookInput): Promise<void> {
  await withActivityTenant(database, input, (db) =>
    db.webhookDelivery.updateMany({
      where: { tenantId: input.tenantId, id: input.deliveryId, status: 'pending' },
      data: { status: 'failed', completedAt: new Date() },
    }),
  );
}
