import { authorize } from '../authz/index.js';
import type { TenantContext } from '../records/context.js';
import type { PluginRegistry } from './plugin-registry.js';
import type { PluginListOutput } from './plugin.schema.js';
import { presentPlugin, tenantPluginSelect } from './present-plugin.js';

/** Every installed plugin with the tenant's state of it (tenant admins only). */
export async function listPlugins(ctx: TenantContext, registry: PluginRegistry): Promise<PluginListOutput> {
  authorize(ctx.ability, 'read', 'Plugin');
  const rows = await ctx.db.tenantPlugin.findMany({ select: tenantPluginSelect });
  const byId = new Map(rows.map((row) => [row.pluginId, row]));
  return { items: registry.plugins.map((plugin) => presentPlugin(plugin, byId.get(plugin.id))) };
}
