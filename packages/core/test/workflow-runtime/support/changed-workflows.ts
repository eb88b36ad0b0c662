// The bundle entry with sleepThenProbeWorkflow changed in a way that breaks open runs (the step now
// comes before the timer): the replay test must catch it against the committed history.
import { proxyActivities, sleep } from '@temporalio/workflow';
import type { CoreActivities } from '../../../src/workflow-engine/activities/core-activities.js';
import type { SleepThenProbeInput } from '../../../src/workflow-engine/workflows/sleep-then-probe.workflow.js';

export { noopWorkflow } from '../../../src/workflow-engine/workflows/noop.workflow.js';
export { runWorkflowDefinition } from '../../../src/workflows/interpreter/interpreter.workflow.js';
export { deliverWebhookWorkflow } from '../../../src/webhooks/deliver-webhook.workflow.js';

export async function sleepThenProbeWorkflow(input: SleepThenProbeInput): Promise<unknown> {
  const activities = proxyActivities<CoreActivities>({ startToCloseTimeout: 30_000 });
  const result = await activities['core.probe']({ tenantId: input.tenantId, label: input.label });
  await sleep(input.sleepMs);
  return result;
}
