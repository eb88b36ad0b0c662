import { plugins, type PluginRegistry } from '@crm/core';
import { router } from '../../trpc/init.js';
import { tenantProcedure } from '../../trpc/procedures.js';

const tags = ['Plugins'];

/** Per-tenant plugin switches: tenant admins only; which plugins are on: every member. */
export function tenantPluginsRouter(registry: PluginRegistry) {
  return router({
    enabled: tenantProcedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/plugins/enabled',
          tags,
          summary: 'The plugins switched on for this workspace (any member; the app shows their screens)',
        },
      })
      .input(plugins.pluginListInput)
      .output(plugins.enabledPluginsOutput)
      .query(({ ctx }) => plugins.listEnabledPlugins(ctx.tenant, registry)),
    list: tenantProcedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/plugins',
          tags,
          summary: 'Installed plugins and whether they are on',
        },
      })
      .input(plugins.pluginListInput)
      .output(plugins.pluginListOutput)
      .query(({ ctx }) => plugins.listPlugins(ctx.tenant, registry)),
    enable: tenantProcedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/plugins/{id}/enable',
          tags,
          summary: 'Switch a plugin on for this workspace (with its settings); seeds its starting data',
        },
      })
      .input(plugins.enablePluginInput)
      .output(plugins.pluginOutput)
      .mutation(({ ctx, input }) => plugins.enablePlugin(ctx.tenant, registry, input)),
    disable: tenantProcedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/plugins/{id}/disable',
          tags,
          summary: 'Switch a plugin off for this workspace (its data is kept)',
        },
      })
      .input(plugins.pluginIdInput)
      .output(plugins.pluginOutput)
      .mutation(({ ctx, input }) => plugins.disablePlugin(ctx.tenant, registry, input.id)),
  });
}
