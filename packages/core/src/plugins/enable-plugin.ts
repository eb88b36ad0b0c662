import type { Prisma } from '../generated/prisma/client.js';
import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authz/index.js';
import { AppError, fromZodError } from '../errors/index.js';
import type { TenantContext } from '../records/context.js';
import type { AnyPlugin } from './plugin-manifest.js';
import type { PluginRegistry } from './plugin-registry.js';
import type { EnablePluginInput, PluginOutput } from './plugin.schema.js';
import { forgetPluginState, isPluginEnabled } from './plugin-state.js';
import { presentPlugin, tenantPluginSelect } from './present-plugin.js';

export function installedPlugin(registry: PluginRegistry, id: string): AnyPlugin {
  const plugin = registry.get(id);
  if (!plugin) throw AppError.notFound('Plugin');
  return plugin;
}

/**
 * Switches a plugin on for the tenant with validated settings (or updates the settings when it is
 * on), then runs its `onEnable` and `seed`, all in the caller's unit of work: a failure leaves the
 * plugin as it was. Data kept from an earlier enablement is there again. Tenant admins only.
 */
export async function enablePlugin(
  ctx: TenantContext,
  registry: PluginRegistry,
  input: EnablePluginInput,
): Promise<PluginOutput> {
  authorize(ctx.ability, 'manage', 'Plugin');
  const plugin = installedPlugin(registry, input.id);
  const parsed = plugin.config.safeParse(input.config ?? {});
  if (!parsed.success) throw fromZodError(parsed.error, 'config');
  for (const dependency of plugin.dependencies ?? []) {
    if (!(await isPluginEnabled(ctx.db, dependency)))
      throw AppError.conflict(`Enable the ${dependency} plugin first: ${plugin.id} depends on it`, {
        dependency,
      });
  }
  const config = JSON.parse(JSON.stringify(parsed.data ?? {})) as Prisma.InputJsonObject;
  const now = new Date();
  const tenantId = ctx.actor.tenantId;
  const row = await ctx.db.tenantPlugin.upsert({
    where: { tenantId_pluginId: { tenantId, pluginId: plugin.id } },
    create: { tenantId, pluginId: plugin.id, enabled: true, config, enabledAt: now },
    update: { enabled: true, config, enabledAt: now, disabledAt: null },
    select: tenantPluginSelect,
  });
  forgetPluginState(plugin.id);
  const lifecycle = { ctx, config: parsed.data };
  await plugin.onEnable?.(lifecycle);
  await plugin.seed?.(lifecycle);
  await recordAudit(ctx, {
    action: 'plugin.enabled',
    recordType: 'plugin',
    after: { id: plugin.id, config },
  });
  return presentPlugin(plugin, row);
}
