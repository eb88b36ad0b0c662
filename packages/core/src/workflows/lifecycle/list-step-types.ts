import { z } from 'zod';
import { authorize } from '../../authz/index.js';
import { isPluginEnabled } from '../../plugins/plugin-state.js';
import type { TenantContext } from '../../records/context.js';
import type { StepTypeRegistry } from '../definition/step-types.js';

const localized = z.object({ en: z.string(), ru: z.string() });

export const stepTypeOutput = z.object({
  kind: z.string().meta({ description: '`<pluginId>.<name>`' }),
  pluginId: z.string(),
  label: localized,
  description: localized.nullable(),
  inputSchema: z
    .record(z.string(), z.unknown())
    .meta({ description: "JSON Schema of the step's `input` (editors generate a form from it)" }),
});
export type StepTypeOutput = z.infer<typeof stepTypeOutput>;

/** The plugin step types a tenant may use (its plugins that are on), with their input as JSON Schema. */
export async function listStepTypes(
  ctx: TenantContext,
  registry: StepTypeRegistry,
): Promise<{ items: StepTypeOutput[] }> {
  authorize(ctx.ability, 'read', 'Workflow');
  const items: StepTypeOutput[] = [];
  for (const type of registry.list()) {
    const pluginId = registry.pluginOf(type.kind);
    if (!(await isPluginEnabled(ctx.db, pluginId))) continue;
    items.push({
      kind: type.kind,
      pluginId,
      label: type.label,
      description: type.description ?? null,
      inputSchema: z.toJSONSchema(type.input, { io: 'input', unrepresentable: 'any' }),
    });
  }
  return { items };
}
