import type { TenantDb } from '../../db/database.js';
import { newId } from '../../ids.js';
import { toJsonObject } from '../../records/to-json-object.js';
import { runWorkflowId } from './run.schema.js';

export interface RunRequest {
  tenantId: string;
  workflowId: string;
  version: number;
  definitionHash: string;
  triggerType: 'manual' | 'webhook';
  recordType: string | null;
  recordId: string | null;
  startedById: string | null;
  /** What the run sees as `trigger` (a webhook's body, say). */
  payload: Record<string, unknown>;
}

/**
 * Asks for a run in the caller's transaction: an outbox row the relay turns into a Temporal start
 * with the deterministic id `t:<tenantId>:wf:<workflowId>:<eventId>`, and the run's projection row
 * (pending), so the caller can answer with the run at once. Either both commit or neither.
 */
export async function requestRun(db: TenantDb, request: RunRequest): Promise<string> {
  const eventId = newId();
  const runId = newId();
  const { tenantId } = request;
  await db.outbox.create({
    data: {
      tenantId,
      id: eventId,
      topic: 'workflow.run_requested',
      recordType: request.recordType,
      recordId: request.recordId,
      payload: toJsonObject({
        runId,
        workflowId: request.workflowId,
        version: request.version,
        triggerType: request.triggerType,
        trigger: request.payload,
        actorUserId: request.startedById,
      }),
    },
    select: { id: true },
  });
  await db.workflowRun.create({
    data: {
      tenantId,
      id: runId,
      workflowId: request.workflowId,
      version: request.version,
      definitionHash: request.definitionHash,
      temporalWorkflowId: runWorkflowId(tenantId, request.workflowId, eventId),
      triggerType: request.triggerType,
      triggerEventId: eventId,
      recordType: request.recordType,
      recordId: request.recordId,
      startedById: request.startedById,
    },
    select: { id: true },
  });
  return runId;
}
