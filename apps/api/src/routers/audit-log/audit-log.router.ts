import { auditLog } from '@crm/core';
import { router } from '../../trpc/init.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { listOutput } from '../shared.js';

const tags = ['Audit log'];

export const auditLogRouter = router({
  list: tenantProcedure
    .meta({ openapi: { method: 'GET', path: '/audit-log', tags, summary: 'The audit trail, newest first' } })
    .input(auditLog.listAuditLogInput)
    .output(listOutput(auditLog.auditEntryOutput))
    .query(({ ctx, input }) => auditLog.listAuditLog(ctx.tenant, input)),
});
