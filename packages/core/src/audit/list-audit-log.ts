import { authorize } from '../authz/index.js';
import type { TenantContext } from '../records/context.js';
import { keysetPage, toPage, type ListPage } from '../records/list-input.js';
import { auditEntrySelect, type AuditEntryOutput, type ListAuditLogInput } from './audit-log.schema.js';

/** The workspace's audit trail for administrators, newest first, with the viewer's filters. */
export async function listAuditLog(
  ctx: TenantContext,
  input: ListAuditLogInput,
): Promise<ListPage<AuditEntryOutput>> {
  authorize(ctx.ability, 'read', 'AuditLog');
  const page = keysetPage({ field: 'at', direction: 'desc' }, input.cursor);
  const filters: object[] = [{ tenantId: ctx.actor.tenantId }, page.where];
  if (input.action) filters.push({ action: { contains: input.action } });
  if (input.actorUserId) filters.push({ actorUserId: input.actorUserId });
  if (input.recordType) filters.push({ recordType: input.recordType });
  if (input.recordId) filters.push({ recordId: input.recordId });
  if (input.from) filters.push({ at: { gte: new Date(input.from) } });
  if (input.to) filters.push({ at: { lt: new Date(input.to) } });
  const rows = await ctx.db.auditLog.findMany({
    where: { AND: filters },
    orderBy: page.orderBy,
    take: input.limit + 1,
    select: auditEntrySelect,
  });
  return toPage(
    rows,
    input.limit,
    (row) => row.at,
    (row) => row,
  );
}
