import type { TenantDb } from '../../../db/database.js';
import { newId } from '../../../ids.js';
import { toJsonObject } from '../../../records/to-json-object.js';

/**
 * The audit entry and outbox event of a change a workflow made, in the activity's transaction. The
 * event carries the run, so the trigger router never lets a workflow re-trigger itself in a loop.
 */
export async function recordWorkflowChange(
  db: TenantDb,
  change: {
    tenantId: string;
    runId: string;
    action: string;
    topic: 'record.created' | 'record.updated';
    recordType: string;
    recordId: string;
    after: Record<string, unknown>;
    changed?: string[];
  },
): Promise<void> {
  await db.auditLog.create({
    data: {
      tenantId: change.tenantId,
      id: newId(),
      action: change.action,
      recordType: change.recordType,
      recordId: change.recordId,
      after: toJsonObject(
        JSON.parse(JSON.stringify({ ...change.after, workflowRunId: change.runId })) as object,
      ),
      requestId: `workflow-run:${change.runId}`,
    },
    select: { id: true },
  });
  await db.outbox.create({
    data: {
      tenantId: change.tenantId,
      id: newId(),
      topic: change.topic,
      recordType: change.recordType,
      recordId: change.recordId,
      payload: toJsonObject({
        workflowRunId: change.runId,
        ...(change.changed ? { changed: change.changed } : {}),
      }),
    },
    select: { id: true },
  });
}
