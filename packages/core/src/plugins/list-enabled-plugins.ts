import type { TenantContext } from '../records/context.js';
import type { PluginRegistry } from './plugin-registry.js';
import type { EnabledPluginsOutput } from './plugin.schema.js';

/**
 * The installed plugins the tenant has switched on, in registry order. Any member may read this (no
 * settings in it): the web app shows the screens of exactly these plugins.
 */
export async function listEnabledPlugins(
  ctx: TenantContext,
  registry: PluginRegistry,
): Promise<EnabledPluginsOutput> {
  const rows = await ctx.db.tenantPlugin.findMany({
    where: { tenantId: ctx.actor.tenantId, enabled: true },
    select: { pluginId: true },
  });
  const on = new Set(rows.map((row) => row.pluginId));
  return {
    items: registry.plugins
      .filter((plugin) => on.has(plugin.id))
      .map((plugin) => ({ id: plugin.id, version: plugin.version, name: plugin.name })),
  };
}
