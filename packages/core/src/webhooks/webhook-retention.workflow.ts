import { proxyActivities } from '@temporalio/workflow';
import type { WebhookActivities } from './webhook-delivery.types.js';

/**
 * One run of the delivery-log retention sweep, started by its platform schedule
 * (webhook-retention-schedule.ts), which carries the retention in days. The activity is idempotent.
 */
export async function webhookRetentionSweepWorkflow(input: { retentionDays: number }) {
  const { 'webhooks.sweepDeliveryLog': sweepDeliveryLog } = proxyActivities<WebhookActivities>({
    startToCloseTimeout: '10 minutes',
    retry: {
      initialInterval: '1 second',
      maximumInterval: '1 minute',
      backoffCoefficient: 2,
      maximumAttempts: 5,
    },
  });
  return sweepDeliveryLog({ now: new Date().toISOString(), retentionDays: input.retentionDays });
}
