import { AppError } from '../../errors/index.js';
import type { TenantContext } from '../../records/context.js';
import { canAccessRecord } from './record-access.js';
import { presentRun, runSelect, type RunDetailOutput, type RunRow } from './run.schema.js';

/** A run the actor may see (admin, or a reader of its record), or 404. */
export async function findVisibleRun(ctx: TenantContext, id: string): Promise<RunRow> {
  const row = await ctx.db.workflowRun.findUnique({
    where: { tenantId_id: { tenantId: ctx.actor.tenantId, id } },
    select: runSelect,
  });
  if (!row) throw AppError.notFound('Workflow run');
  if (ctx.ability.can('read', 'Workflow')) return row;
  if (row.recordType && row.recordId && (await canAccessRecord(ctx, row.recordType, row.recordId)))
    return row;
  throw AppError.notFound('Workflow run');
}

/** A run with its step log: status, current step, what it waits for, next timer. */
export async function getRun(ctx: TenantContext, id: string): Promise<RunDetailOutput> {
  const row = await findVisibleRun(ctx, id);
  const steps = await ctx.db.workflowRunStep.findMany({
    where: { tenantId: ctx.actor.tenantId, runId: id },
    orderBy: { seq: 'asc' },
    select: {
      seq: true,
      stepId: true,
      kind: true,
      status: true,
      detail: true,
      error: true,
      startedAt: true,
      finishedAt: true,
    },
  });
  return { ...presentRun(row), steps };
}
