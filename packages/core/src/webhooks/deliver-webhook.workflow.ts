import { proxyActivities } from '@temporalio/workflow';
import {
  MAX_DELIVERY_ATTEMPTS,
  type DeliverWebhookInput,
  type DeliveryOutcome,
  type WebhookActivities,
} from './webhook-delivery.types.js';

/**
 * Delivers one event to one subscription: attempts with exponential backoff (2 s, 6 s, 18 s, ... at
 * most an hour apart, MAX_DELIVERY_ATTEMPTS in all, about five hours), then gives up and marks the
 * delivery failed. Every attempt is recorded by the activity itself.
 */
export async function deliverWebhookWorkflow(input: DeliverWebhookInput): Promise<DeliveryOutcome> {
  const { 'webhooks.attemptDelivery': attemptDelivery } = proxyActivities<WebhookActivities>({
    startToCloseTimeout: '1 minute',
    retry: {
      initialInterval: '2 seconds',
      backoffCoefficient: 3,
      maximumInterval: '1 hour',
      maximumAttempts: MAX_DELIVERY_ATTEMPTS,
    },
  });
  const { 'webhooks.markDeliveryFailed': markDeliveryFailed } = proxyActivities<WebhookActivities>({
    startToCloseTimeout: '30 seconds',
    retry: { initialInterval: '1 second', maximumInterval: '1 minute', maximumAttempts: 20 },
  });
  try {
    return await attemptDelivery(input);
  } catch {
    await markDeliveryFailed(input);
    return { status: 'failed' };
  }
}
