import { newId } from '@crm/core';

/**
 * The "simple run" the benchmark compares with noopWorkflow: one workflow that runs one real step (a
 * tenant unit of work writing one row, exactly once). Until the definition interpreter lands it is the
 * runtime's own sleepThenProbeWorkflow with no sleep; the interpreter's simple run (a published
 * one-step definition started the way the trigger router starts it) replaces it here.
 */
export interface SimpleRun {
  label: string;
  workflowType: string;
  args(tenantId: string): unknown[];
}

export const simpleRun: SimpleRun = {
  label: 'sleepThenProbeWorkflow (one idempotent activity, no timer)',
  workflowType: 'sleepThenProbeWorkflow',
  args: (tenantId) => [{ tenantId, label: `bench-${newId()}`, sleepMs: 0 }],
};
