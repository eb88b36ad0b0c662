import { recordAudit } from '../audit/record-audit.js';
import { authorize } from '../authz/index.js';
import { AppError } from '../errors/index.js';
import type { TenantContext } from '../records/context.js';
import { installedPlugin } from './enable-plugin.js';
import type { PluginRegistry } from './plugin-registry.js';
import type { PluginOutput } from './plugin.schema.js';
import { forgetPluginState, isPluginEnabled } from './plugin-state.js';
import { presentPlugin, tenantPluginSelect } from './present-plugin.js';

/**
 * Switches a plugin off for the tenant: its endpoints answer 404 from now on, its data stays (enabling
 * again brings it back). Refused while an enabled plugin depends on it. Tenant admins only.
 */
export async function disablePlugin(
  ctx: TenantContext,
  registry: PluginRegistry,
  id: string,
): Promise<PluginOutput> {
  authorize(ctx.ability, 'manage', 'Plugin');
  const plugin = installedPlugin(registry, id);
  for (const other of registry.plugins) {
    if ((other.dependencies ?? []).includes(plugin.id) && (await isPluginEnabled(ctx.db, other.id)))
      throw AppError.conflict(`Disable the ${other.id} plugin first: it depends on ${plugin.id}`, {
        dependent: other.id,
      });
  }
  const current = await ctx.db.tenantPlugin.findFirst({
    where: { pluginId: plugin.id },
    select: tenantPluginSelect,
  });
  if (!current?.enabled) return presentPlugin(plugin, current ?? undefined);
  const row = await ctx.db.tenantPlugin.update({
    where: { tenantId_pluginId: { tenantId: ctx.actor.tenantId, pluginId: plugin.id } },
    data: { enabled: false, disabledAt: new Date() },
    select: tenantPluginSelect,
  });
  forgetPluginState(plugin.id);
  const parsed = plugin.config.safeParse(current.config);
  await plugin.onDisable?.({ ctx, config: parsed.success ? parsed.data : {} });
  await recordAudit(ctx, { action: 'plugin.disabled', recordType: 'plugin', after: { id: plugin.id } });
  return presentPlugin(plugin, row);
}
