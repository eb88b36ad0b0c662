import type { Client } from '@temporalio/client';
import { ensurePlatformSweepSchedule } from '../workflow-engine/platform-sweep-schedule.js';

/** The retention schedule's id for a task queue (one per deployment's queue). */
export const webhookRetentionScheduleId = (taskQueue: string): string =>
  `platform:${taskQueue}:webhook-retention`;

/**
 * Keeps the Temporal Schedule that starts `webhookRetentionSweepWorkflow` every `everySeconds` with
 * the retention in days (updated at each worker start, so a changed retention takes effect).
 */
export function ensureWebhookRetentionSchedule(
  client: Client,
  options: { taskQueue: string; everySeconds: number; retentionDays: number },
): Promise<string> {
  return ensurePlatformSweepSchedule(client, {
    scheduleId: webhookRetentionScheduleId(options.taskQueue),
    workflowType: 'webhookRetentionSweepWorkflow',
    args: [{ retentionDays: options.retentionDays }],
    taskQueue: options.taskQueue,
    everySeconds: options.everySeconds,
  });
}
