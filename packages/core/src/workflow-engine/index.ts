// The workflow runtime: Temporal connection, idempotent starts, the CRM worker, activity registry and
// tenant-scoped activities, and the outbox relay. The workflow definition language and its
// interpreter live in ../workflows/ and plug in here (docs/decisions/workflow-runtime.md).
export {
  loadTemporalConfig,
  DEFAULT_TASK_QUEUE,
  DEFAULT_TEMPORAL_NAMESPACE,
  type TemporalConfig,
} from './temporal-config.js';
export { createTemporalClient, type TemporalClient, type TemporalClientOptions } from './temporal-client.js';
export { tenantWorkflowId, tenantOfWorkflowId, assertTenantWorkflowId } from './workflow-ids.js';
export { TENANT_ID_SEARCH_ATTRIBUTE } from './search-attributes.js';
export {
  startWorkflowOnce,
  type StartWorkflowOnceOptions,
  type StartedWorkflow,
} from './start-workflow-once.js';
export {
  defineActivities,
  createActivityRegistry,
  type ActivityFunction,
  type ActivityRegistry,
} from './activity-registry.js';
export { withActivityTenant, toActivityFailure, type TenantActivityInput } from './tenant-activity.js';
export { performEffectOnce, activityEffectKey, type EffectKey, type JsonValue } from './workflow-effect.js';
export {
  createCoreActivities,
  type CoreActivities,
  type CoreActivityDeps,
} from './activities/core-activities.js';
export type { ProbeInput, ProbeResult } from './activities/probe.activity.js';
export type { SleepThenProbeInput } from './workflows/sleep-then-probe.workflow.js';
export { ensureTaskReminderSchedule, taskReminderScheduleId } from './task-reminder-schedule.js';
export {
  createCrmWorker,
  bundleCrmWorkflows,
  connectWorker,
  installWorkerRuntime,
  type WorkerLogLevel,
  crmWorkflowsPath,
  type CrmWorkerOptions,
  type CrmWorkflowSource,
} from './crm-worker.js';
export { findTemporalCli, type TemporalCliCandidates } from './server/find-temporal-cli.js';
export {
  startTemporalDevServer,
  type TemporalDevServer,
  type TemporalDevServerOptions,
} from './server/temporal-dev-server.js';
export { freePort } from './server/free-port.js';
export type { OutboxEvent, OutboxDispatcher, DispatchScope } from './relay/outbox-event.js';
export { markDispatchedOnly, startNoopPerEvent } from './relay/dispatchers.js';
export { relayOutboxBatch, type BatchOutcome } from './relay/claim-outbox-batch.js';
export {
  createOutboxRelay,
  type OutboxRelay,
  type OutboxRelayOptions,
  type RelayLog,
} from './relay/outbox-relay.js';
