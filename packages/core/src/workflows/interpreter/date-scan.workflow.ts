// Sandbox code (see interpreter.workflow.ts): the daily scan of a date-relative trigger. The schedule
// `t:<tenantId>:schedule:<workflowId>` starts it; the activity turns each due record into an outbox
// start request with an id fixed by (workflow, record, day), so a repeated scan starts nothing twice.
import { proxyActivities } from '@temporalio/workflow';
import type { DateScanInput, InterpreterActivities } from './interpreter.types.js';

const acts = proxyActivities<InterpreterActivities>({
  startToCloseTimeout: '5 minutes',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '1 minute',
    maximumAttempts: 10,
  },
});

export async function runDateTriggerScan(input: DateScanInput): Promise<{ requested: number }> {
  return acts['workflows.scanDateTrigger']({ ...input, now: new Date().toISOString() });
}
