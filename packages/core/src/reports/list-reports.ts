import { z } from 'zod';
import { isPluginEnabled } from '../plugins/plugin-state.js';
import type { PluginRegistry, RegisteredReport } from '../plugins/plugin-registry.js';
import type { TenantContext } from '../records/context.js';
import type { ReportListOutput, ReportOutput } from './report.schema.js';

function inputSchemaOf(report: RegisteredReport): Record<string, unknown> | null {
  try {
    return z.toJSONSchema(report.definition.input, { io: 'input' });
  } catch {
    return null; // a type JSON Schema cannot express (a transform, a date): the form is the plugin's
  }
}

function present(report: RegisteredReport): ReportOutput {
  const { definition } = report;
  return {
    id: definition.id,
    pluginId: report.pluginId,
    title: definition.title,
    description: definition.description,
    inputSchema: inputSchemaOf(report),
  };
}

/** The reports of the plugins the tenant has switched on. */
export async function listReports(ctx: TenantContext, registry: PluginRegistry): Promise<ReportListOutput> {
  const items: ReportOutput[] = [];
  for (const report of registry.reports) {
    if (await isPluginEnabled(ctx.db, report.pluginId)) items.push(present(report));
  }
  return { items };
}
