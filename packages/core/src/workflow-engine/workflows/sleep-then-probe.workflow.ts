import { condition, defineSignal, proxyActivities, setHandler, sleep } from '@temporalio/workflow';
import type { CoreActivities } from '../activities/core-activities.js';
import type { ProbeInput, ProbeResult } from '../activities/probe.activity.js';

export interface SleepThenProbeInput {
  tenantId: string;
  label: string;
  /** Durable timer before the step; 0 runs the step at once. */
  sleepMs: number;
  record?: ProbeInput['record'];
  /** How long one attempt of the step may take before Temporal retries it (default 30 s). */
  stepTimeoutMs?: number;
  /** The timer may be cut short by the `wake` signal (the benchmark's waiting runs). */
  wakeOnSignal?: boolean;
}

/** Ends a `wakeOnSignal` run's timer early. */
export const wakeSignal = defineSignal('wake');

/**
 * The runtime's test workflow: a durable timer, then one idempotent activity (`core.probe`). It is
 * what the fault tests kill and restart around, and the benchmark's "simple run" until the
 * interpreter's own simple run replaces it.
 */
export async function sleepThenProbeWorkflow(input: SleepThenProbeInput): Promise<ProbeResult> {
  const activities = proxyActivities<CoreActivities>({
    startToCloseTimeout: input.stepTimeoutMs ?? 30_000,
    retry: { initialInterval: '200 ms', maximumInterval: '10 s', backoffCoefficient: 2 },
  });
  if (input.wakeOnSignal) {
    let woken = false;
    setHandler(wakeSignal, () => {
      woken = true;
    });
    // A durable timer like sleep's, which the signal ends early.
    await condition(() => woken, input.sleepMs);
  } else if (input.sleepMs > 0) await sleep(input.sleepMs);
  return activities['core.probe']({
    tenantId: input.tenantId,
    label: input.label,
    ...(input.record ? { record: input.record } : {}),
  });
}
