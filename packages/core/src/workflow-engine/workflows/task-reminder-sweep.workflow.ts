import { proxyActivities } from '@temporalio/workflow';
import type { CoreActivities } from '../activities/core-activities.js';

/**
 * One run of the task-reminder sweep, started by the platform schedule (task-reminder-schedule.ts):
 * reminders for every task that has fallen due, in every tenant. The activity is idempotent, so a
 * retry or an overlapping run adds nothing.
 */
export async function taskReminderSweepWorkflow(): Promise<{ tenants: number; created: number }> {
  const activities = proxyActivities<CoreActivities>({
    startToCloseTimeout: '2 minutes',
    retry: {
      initialInterval: '1 second',
      maximumInterval: '30 seconds',
      backoffCoefficient: 2,
      maximumAttempts: 5,
    },
  });
  return activities['core.sweepTaskReminders']({ now: new Date().toISOString() });
}
