import { createHash } from 'node:crypto';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { TenantDb } from '../../db/database.js';
import { isAppError } from '../../errors/index.js';
import type { OutboxDispatcher, OutboxEvent } from '../../workflow-engine/relay/outbox-event.js';
import { startWorkflowOnce } from '../../workflow-engine/start-workflow-once.js';
import { changeMatches } from '../definition/change-match.js';
import type { WorkflowDefinition } from '../definition/definition.schema.js';
import type { StepTypeRegistry } from '../definition/step-types.js';
import type { WorkflowTrigger } from '../definition/trigger.schema.js';
import { validateDefinition } from '../definition/validate-definition.js';
import { evaluateExpression } from '../expressions/evaluate.js';
import { toValue, truthy } from '../expressions/values.js';
import { runWorkflowId } from '../runs/run.schema.js';
import { loadWorkflowRecord } from './activities/load-record.js';
import { interpreterSignals, type InterpreterInput, type JsonObject } from './interpreter.types.js';
import { syncSchedule } from './schedules.js';

export const INTERPRETER_WORKFLOW_TYPE = 'runWorkflowDefinition';

export interface TriggerRouterDeps {
  client: Client;
  taskQueue: string;
  stepTypes: StepTypeRegistry;
}

/** A UUID derived from the event and the workflow: a re-delivered event names the same run. */
export function deterministicRunId(eventId: string, workflowId: string): string {
  const hex = createHash('sha256').update(`${eventId}/${workflowId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A stored version's definition, typed by validating it again (it was valid when published). */
export function definitionOf(raw: unknown, stepTypes: StepTypeRegistry): WorkflowDefinition | null {
  const check = validateDefinition(raw, stepTypes);
  return check.valid ? check.definition : null;
}

function pluginActivities(stepTypes: StepTypeRegistry): Record<string, string> {
  return Object.fromEntries(stepTypes.list().map((type) => [type.kind, type.activity]));
}

const changedOf = (payload: Record<string, unknown>): string[] =>
  Array.isArray(payload.changed) ? payload.changed.filter((c): c is string => typeof c === 'string') : [];

/**
 * The relay's dispatcher for workflows: matches record events against the published triggers and
 * starts runs (`t:<tenantId>:wf:<workflowId>:<eventId>`, at most once), delivers manual/webhook starts,
 * approvals, cancellations and the events waiting runs wait for, and keeps schedules in step with
 * publish/archive. Everything here is safe to repeat: the relay re-delivers after a crash.
 */
export function createTriggerRouter(deps: TriggerRouterDeps): OutboxDispatcher {
  return async (event, { db }) => {
    switch (event.topic) {
      case 'record.created':
      case 'record.updated':
        await startMatchingRuns(deps, db, event);
        if (event.topic === 'record.updated') await signalWaitingRuns(deps, db, event);
        return;
      case 'workflow.run_requested':
        await startRequestedRun(deps, db, event);
        return;
      case 'workflow.approval_decided':
        await signal(deps, stringOf(event.payload.temporalWorkflowId), interpreterSignals.approval, {
          stepId: event.payload.stepId,
          approvalId: event.payload.approvalId,
          decision: event.payload.decision,
          comment: event.payload.comment ?? null,
          decidedById: event.payload.decidedById,
        });
        return;
      case 'workflow.cancel_requested':
        await cancel(deps, stringOf(event.payload.temporalWorkflowId));
        return;
      case 'workflow.published':
      case 'workflow.archived':
        if (event.recordId)
          await syncSchedule(deps, db, event.tenantId, event.recordId, pluginActivities(deps.stepTypes));
        return;
      default:
        return;
    }
  };
}

const stringOf = (value: unknown): string => (typeof value === 'string' ? value : '');

async function startMatchingRuns(deps: TriggerRouterDeps, db: TenantDb, event: OutboxEvent): Promise<void> {
  if (!event.recordType || !event.recordId) return;
  const versions = await db.workflowVersion.findMany({
    where: {
      tenantId: event.tenantId,
      status: 'published',
      triggerType: event.topic,
      recordType: event.recordType,
    },
    select: {
      workflowId: true,
      version: true,
      hash: true,
      definition: true,
      workflow: { select: { name: true } },
    },
  });
  if (versions.length === 0) return;
  // A change a workflow made does not start that same workflow again (no loops).
  const causedBy = stringOf(event.payload.workflowRunId);
  const source = causedBy
    ? await db.workflowRun.findFirst({ where: { id: causedBy }, select: { workflowId: true } })
    : null;
  let record: JsonObject;
  try {
    record = await loadWorkflowRecord(db, event.tenantId, event.recordType, event.recordId);
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') return; // deleted since: nothing to run on
    throw error;
  }
  const changed = changedOf(event.payload);
  for (const version of versions) {
    if (source?.workflowId === version.workflowId) continue;
    const definition = definitionOf(version.definition, deps.stepTypes);
    if (!definition || !triggerMatches(definition.trigger, changed, record)) continue;
    await start(deps, {
      tenantId: event.tenantId,
      runId: deterministicRunId(event.id, version.workflowId),
      triggerType: event.topic,
      triggerEventId: event.id,
      workflowId: version.workflowId,
      workflowName: version.workflow.name,
      version: version.version,
      hash: version.hash,
      definition,
      recordType: event.recordType,
      recordId: event.recordId,
      trigger: { type: event.topic, changed, eventId: event.id },
      pluginActivities: pluginActivities(deps.stepTypes),
    });
  }
}

function triggerMatches(trigger: WorkflowTrigger, changed: string[], record: JsonObject): boolean {
  if (trigger.type === 'record.updated' && !changeMatches(trigger.changes, changed, record)) return false;
  if ('condition' in trigger && trigger.condition) {
    try {
      return truthy(
        evaluateExpression(trigger.condition, {
          record: toValue(record),
          trigger: { changed },
          now: new Date().toISOString(),
        }),
      );
    } catch {
      return false; // a condition that cannot be evaluated on this record does not start a run
    }
  }
  return true;
}

async function start(deps: TriggerRouterDeps, input: InterpreterInput): Promise<void> {
  await startWorkflowOnce(deps.client, {
    tenantId: input.tenantId,
    workflowId: runWorkflowId(input.tenantId, input.workflowId, input.triggerEventId ?? input.runId),
    workflowType: INTERPRETER_WORKFLOW_TYPE,
    args: [input],
    taskQueue: deps.taskQueue,
    memo: { workflowName: input.workflowName, recordType: input.recordType, recordId: input.recordId },
  });
}

async function startRequestedRun(deps: TriggerRouterDeps, db: TenantDb, event: OutboxEvent): Promise<void> {
  const runId = stringOf(event.payload.runId);
  const run = await db.workflowRun.findFirst({
    where: { id: runId },
    select: { status: true, workflowId: true, version: true, definitionHash: true, triggerType: true },
  });
  if (!run || run.status === 'cancelled') return;
  const version = await db.workflowVersion.findFirst({
    where: { workflowId: run.workflowId, version: run.version },
    select: { definition: true, workflow: { select: { name: true } } },
  });
  const definition = definitionOf(version?.definition, deps.stepTypes);
  if (!version || !definition) return;
  const trigger = event.payload.trigger;
  await start(deps, {
    tenantId: event.tenantId,
    runId,
    triggerType: run.triggerType,
    triggerEventId: event.id,
    workflowId: run.workflowId,
    workflowName: version.workflow.name,
    version: run.version,
    hash: run.definitionHash,
    definition,
    recordType: event.recordType,
    recordId: event.recordId,
    trigger:
      typeof trigger === 'object' && trigger !== null && !Array.isArray(trigger)
        ? { ...trigger, type: run.triggerType }
        : { type: run.triggerType },
    pluginActivities: pluginActivities(deps.stepTypes),
  });
}

/** Waiting runs interested in this record change: waits on the record, and waits for this task. */
async function signalWaitingRuns(deps: TriggerRouterDeps, db: TenantDb, event: OutboxEvent): Promise<void> {
  if (!event.recordType || !event.recordId) return;
  const changed = changedOf(event.payload);
  const onRecord = await db.workflowRun.findMany({
    where: {
      status: 'waiting',
      recordType: event.recordType,
      recordId: event.recordId,
      waitingFor: { path: ['event'], equals: 'recordUpdated' },
    },
    select: { temporalWorkflowId: true },
  });
  for (const run of onRecord) {
    await signal(deps, run.temporalWorkflowId, interpreterSignals.event, {
      type: 'recordUpdated',
      recordType: event.recordType,
      recordId: event.recordId,
      changed,
    });
  }
  if (event.recordType === 'activity' && changed.includes('done')) {
    const onTask = await db.workflowRun.findMany({
      where: { status: 'waiting', waitingFor: { path: ['activityId'], equals: event.recordId } },
      select: { temporalWorkflowId: true },
    });
    for (const run of onTask) {
      await signal(deps, run.temporalWorkflowId, interpreterSignals.event, {
        type: 'taskCompleted',
        activityId: event.recordId,
      });
    }
  }
}

async function signal(
  deps: TriggerRouterDeps,
  workflowId: string,
  name: string,
  payload: unknown,
): Promise<void> {
  if (!workflowId) return;
  try {
    await deps.client.workflow.getHandle(workflowId).signal(name, payload);
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return; // the run has ended: nothing waits any more
    throw error;
  }
}

async function cancel(deps: TriggerRouterDeps, workflowId: string): Promise<void> {
  if (!workflowId) return;
  try {
    await deps.client.workflow.getHandle(workflowId).cancel();
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return;
    throw error;
  }
}
