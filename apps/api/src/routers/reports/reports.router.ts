import { reports, type PluginRegistry } from '@crm/core';
import { router } from '../../trpc/init.js';
import { tenantProcedure } from '../../trpc/procedures.js';

const tags = ['Reports'];

/** Reports contributed by the plugins the tenant has on (the report extension point). */
export function reportsRouter(registry: PluginRegistry) {
  return router({
    list: tenantProcedure
      .meta({ openapi: { method: 'GET', path: '/reports', tags, summary: 'Reports available here' } })
      .input(reports.reportListInput)
      .output(reports.reportListOutput)
      .query(({ ctx }) => reports.listReports(ctx.tenant, registry)),
    run: tenantProcedure
      .meta({
        openapi: { method: 'POST', path: '/reports/{id}/run', tags, summary: 'Run a report with its input' },
      })
      .input(reports.runReportInput)
      .output(reports.runReportOutput)
      .mutation(({ ctx, input }) => reports.runReport(ctx.tenant, registry, input)),
  });
}
