import { AppError } from '../../errors/index.js';
import type { TenantContext } from '../../records/context.js';
import { keysetPage, toPage, type ListPage } from '../../records/list-input.js';
import { canAccessRecord } from './record-access.js';
import { presentRun, runSelect, type ListRunsInput, type RunOutput } from './run.schema.js';

/**
 * Workflow runs. Tenant admins see every run; other users only ask for the runs on a record
 * (`recordId`), which they see when they may read that record.
 */
export async function listRuns(ctx: TenantContext, input: ListRunsInput): Promise<ListPage<RunOutput>> {
  const admin = ctx.ability.can('read', 'Workflow');
  if (!admin && !input.recordId) throw AppError.forbidden('Ask for the runs of a record (recordId)');
  const page = keysetPage({ field: 'createdAt', direction: 'desc' }, input.cursor);
  const filters: object[] = [{ tenantId: ctx.actor.tenantId }, page.where];
  if (input.recordId) filters.push({ recordId: input.recordId });
  if (input.workflowId) filters.push({ workflowId: input.workflowId });
  if (input.status) filters.push({ status: input.status });
  if (!admin && input.recordId) {
    const types = await ctx.db.workflowRun.findMany({
      where: { tenantId: ctx.actor.tenantId, recordId: input.recordId },
      distinct: ['recordType'],
      select: { recordType: true },
    });
    const readable: string[] = [];
    for (const { recordType } of types) {
      if (recordType && (await canAccessRecord(ctx, recordType, input.recordId))) readable.push(recordType);
    }
    filters.push({ recordType: { in: readable } });
  }
  const rows = await ctx.db.workflowRun.findMany({
    where: { AND: filters },
    orderBy: page.orderBy,
    take: input.limit + 1,
    select: runSelect,
  });
  return toPage(rows, input.limit, (row) => row.createdAt, presentRun);
}
