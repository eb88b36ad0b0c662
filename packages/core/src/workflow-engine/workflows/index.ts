// The workflow bundle entry: every workflow the CRM worker runs is exported from here, and only from
// here (Temporal registers each exported function under its name, which every history records).
// Code reachable from this file runs in Temporal's deterministic sandbox: import only
// `@temporalio/workflow`, pure modules and types (no database, no Node APIs, no Date/Math.random
// outside the sandbox's deterministic versions).
//
// To add a workflow: write it next to its domain, export it below. Never rename or remove an export
// while runs of it may be open; change its behaviour behind `patched()` and commit a history of it
// under packages/core/test/histories/ (see docs/decisions/workflow-runtime.md).

export { noopWorkflow } from './noop.workflow.js';
export { sleepThenProbeWorkflow } from './sleep-then-probe.workflow.js';
export { taskReminderSweepWorkflow } from './task-reminder-sweep.workflow.js';

// The definition interpreter (packages/core/src/workflows/, the workflows module) is exported here:
export { runWorkflowDefinition } from '../../workflows/interpreter/interpreter.workflow.js';
export { runDateTriggerScan } from '../../workflows/interpreter/date-scan.workflow.js';

// Outgoing webhook deliveries (packages/core/src/webhooks/):
export { deliverWebhookWorkflow } from '../../webhooks/deliver-webhook.workflow.js';
export { webhookRetentionSweepWorkflow } from '../../webhooks/webhook-retention.workflow.js';
