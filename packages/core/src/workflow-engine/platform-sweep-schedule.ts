import { ScheduleNotFoundError, ScheduleOverlapPolicy, type Client } from '@temporalio/client';

/** A platform sweep: one workflow type started on a task queue at a fixed interval. */
export interface PlatformSweep {
  /** The schedule's id, which is also the id of the workflow each run starts. */
  scheduleId: string;
  workflowType: string;
  args: unknown[];
  taskQueue: string;
  everySeconds: number;
}

/**
 * Creates (or updates) the Temporal Schedule of a platform sweep; a run still going when the next is
 * due makes that one skip, and missed runs (no worker for a while) are not made up one by one: the
 * next run sweeps it all. Idempotent: every worker process calls it at start, so changed settings
 * take effect.
 */
export async function ensurePlatformSweepSchedule(client: Client, sweep: PlatformSweep): Promise<string> {
  const { scheduleId, taskQueue } = sweep;
  const spec = { intervals: [{ every: `${sweep.everySeconds}s` }] };
  const action = {
    type: 'startWorkflow' as const,
    workflowType: sweep.workflowType,
    args: sweep.args,
    taskQueue,
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
      policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 minute' },
    });
  }
  return scheduleId;
}
