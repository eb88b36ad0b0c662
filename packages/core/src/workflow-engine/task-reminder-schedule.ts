import { ScheduleNotFoundError, ScheduleOverlapPolicy, type Client } from '@temporalio/client';

/** The platform schedule's id for a task queue (one per deployment's queue). */
export const taskReminderScheduleId = (taskQueue: string): string => `platform:${taskQueue}:task-reminders`;

/**
 * Creates (or updates) the Temporal Schedule that starts `taskReminderSweepWorkflow` every
 * `everySeconds` on the worker's task queue; a run still going when the next is due makes that one
 * skip. Idempotent: every worker process calls it at start.
 */
export async function ensureTaskReminderSchedule(
  client: Client,
  options: { taskQueue: string; everySeconds: number },
): Promise<string> {
  const scheduleId = taskReminderScheduleId(options.taskQueue);
  const spec = { intervals: [{ every: `${options.everySeconds}s` }] };
  const action = {
    type: 'startWorkflow' as const,
    workflowType: 'taskReminderSweepWorkflow',
    args: [],
    taskQueue: options.taskQueue,
    workflowId: scheduleId,
  };
  const handle = client.schedule.getHandle(scheduleId);
  try {
    await handle.update((previous) => ({ ...previous, spec, action }));
  } catch (error) {
    if (!(error instanceof ScheduleNotFoundError)) throw error;
    await client.schedule.create({
      scheduleId,
      spec,
      action,
      // Missed runs (no worker for a while) are not made up one by one: the next run sweeps it all.
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 minute' },
    });
  }
  return scheduleId;
}
