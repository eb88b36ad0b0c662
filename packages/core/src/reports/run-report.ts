import { AppError, fromZodError } from '../errors/index.js';
import { isPluginEnabled } from '../plugins/plugin-state.js';
import type { PluginRegistry } from '../plugins/plugin-registry.js';
import type { TenantContext } from '../records/context.js';
import type { RunReportInput, RunReportOutput } from './report.schema.js';

/**
 * Runs one report: NOT_FOUND for an unknown report or one whose plugin the tenant has off; the
 * input is validated by the report's schema (errors name `input.<field>`), the answer by its output
 * schema. The report itself checks what the actor may see.
 */
export async function runReport(
  ctx: TenantContext,
  registry: PluginRegistry,
  input: RunReportInput,
): Promise<RunReportOutput> {
  const report = registry.reports.find((r) => r.definition.id === input.id);
  if (!report || !(await isPluginEnabled(ctx.db, report.pluginId))) throw AppError.notFound('Report');
  const parsed = report.definition.input.safeParse(input.input ?? {});
  if (!parsed.success) throw fromZodError(parsed.error, 'input');
  const raw = await report.definition.run(ctx, parsed.data);
  const result: unknown = report.definition.output.parse(raw);
  return { id: report.definition.id, generatedAt: new Date(), result };
}
