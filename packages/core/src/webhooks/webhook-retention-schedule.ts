import { ScheduleNotFoundError, ScheduleOverlapPolicy, type Client } from '@temporalio/client';

/** The retention schedule's id for a task queue (one per deployment's queue). */
export const webhookRetentionScheduleId = (taskQueue: string): string =>
  `platform:${taskQueue}:webhook-retention`;

/**
 * Creates (or updates) the Temporal Schedule that starts `webhookRetentionSweepWorkflow` every
 * `everySeconds` with the retention in days; a run still going when the next is due makes that one
 * skip. Idempotent: every worker process calls it at start, so a changed retention takes effect.
 */
export async function ensureWebhookRetentionSchedule(
  client: Client,
  options: { taskQueue: string; everySeconds: number; retentionDays: number },
): Promise<string> {
  const scheduleId = webhookRetentionScheduleId(options.taskQueue);
  const spec = { intervals: [{ every: `${options.everySeconds}s` }] };
  const action = {
    type: 'startWorkflow' as const,
    workflowType: 'webhookRetentionSweepWorkflow',
    args: [{ retentionDays: options.retentionDays }],
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
      // Missed runs are not made up one by one: the next run sweeps it all.
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 minute' },
    });
  }
  return scheduleId;
}
