import type { Client } from '@temporalio/client';
import { ensurePlatformSweepSchedule } from './platform-sweep-schedule.js';

/** The platform schedule's id for a task queue (one per deployment's queue). */
export const taskReminderScheduleId = (taskQueue: string): string => `platform:${taskQueue}:task-reminders`;

/** Keeps the Temporal Schedule that starts `taskReminderSweepWorkflow` every `everySeconds`. */
export function ensureTaskReminderSchedule(
  client: Client,
  options: { taskQueue: string; everySeconds: number },
): Promise<string> {
  return ensurePlatformSweepSchedule(client, {
    scheduleId: taskReminderScheduleId(options.taskQueue),
    workflowType: 'taskReminderSweepWorkflow',
    args: [],
    ...options,
  });
}
