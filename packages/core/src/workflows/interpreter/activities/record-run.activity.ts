import type { TenantDb } from '../../../db/database.js';
import { toJsonObject } from '../../../records/to-json-object.js';
import { finalRunStatuses } from '../../runs/run.schema.js';
import type { EnsureRunInput, RecordRunInput, StepLogInput } from '../interpreter.types.js';

/**
 * Writes the run projection: the run row (unless it already ended, e.g. cancelled from the API) and
 * its step-log rows, each upserted by (run, seq) so a retried activity rewrites the same rows.
 */
export async function recordRun(db: TenantDb, input: RecordRunInput): Promise<void> {
  const now = new Date();
  const final = (finalRunStatuses as readonly string[]).includes(input.status);
  await db.workflowRun.updateMany({
    where: { tenantId: input.tenantId, id: input.runId, status: { notIn: [...finalRunStatuses] } },
    data: {
      status: input.status,
      currentStepId: input.currentStepId,
      waitingFor: input.waitingFor ? toJsonObject(input.waitingFor) : undefined,
      nextTimerAt: input.nextTimerAt ? new Date(input.nextTimerAt) : null,
      updatedAt: now,
      ...(input.waitingFor === null ? { waitingFor: { set: null } } : {}),
      ...(input.error !== undefined ? { error: input.error } : {}),
      ...(final ? { finishedAt: now } : {}),
    },
  });
  for (const step of [...(input.steps ?? []), ...(input.step ? [input.step] : [])])
    await writeStepLog(db, input, step, now);
}

async function writeStepLog(
  db: TenantDb,
  input: RecordRunInput,
  step: StepLogInput,
  now: Date,
): Promise<void> {
  const data = {
    stepId: step.stepId,
    kind: step.kind,
    status: step.status,
    detail: toJsonObject(JSON.parse(JSON.stringify(step.detail ?? {})) as object),
    error: step.error ?? null,
    finishedAt: step.finished ? (step.finishedAt ? new Date(step.finishedAt) : now) : null,
  };
  await db.workflowRunStep.upsert({
    where: { tenantId_runId_seq: { tenantId: input.tenantId, runId: input.runId, seq: step.seq } },
    create: { tenantId: input.tenantId, runId: input.runId, seq: step.seq, ...data },
    update: data,
    select: { seq: true },
  });
}

/** The run row, made by the run itself when its trigger did not make it (record events, schedules). */
export async function ensureRun(db: TenantDb, input: EnsureRunInput): Promise<{ runId: string }> {
  const existing = await db.workflowRun.findUnique({
    where: {
      tenantId_temporalWorkflowId: { tenantId: input.tenantId, temporalWorkflowId: input.temporalWorkflowId },
    },
    select: { id: true },
  });
  if (existing) {
    if (input.start)
      await db.workflowRun.updateMany({
        where: { tenantId: input.tenantId, id: existing.id, status: 'pending' },
        data: { status: 'running', updatedAt: new Date() },
      });
    return { runId: existing.id };
  }
  await db.workflowRun.createMany({
    data: [
      {
        tenantId: input.tenantId,
        id: input.runId,
        workflowId: input.workflowId,
        version: input.version,
        definitionHash: input.hash,
        temporalWorkflowId: input.temporalWorkflowId,
        triggerType: input.triggerType,
        triggerEventId: input.triggerEventId,
        recordType: input.recordType,
        recordId: input.recordId,
        status: 'running',
      },
    ],
    skipDuplicates: true,
  });
  const row = await db.workflowRun.findUniqueOrThrow({
    where: {
      tenantId_temporalWorkflowId: { tenantId: input.tenantId, temporalWorkflowId: input.temporalWorkflowId },
    },
    select: { id: true },
  });
  return { runId: row.id };
}
