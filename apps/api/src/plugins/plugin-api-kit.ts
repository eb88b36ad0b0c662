import { router } from '../trpc/init.js';
import { pluginProcedure } from '../trpc/procedures.js';

/**
 * What a plugin's `api(kit)` receives to build its router: tRPC's `router` and its one base procedure,
 * `pluginProcedure(id)` (tenant unit of work, ability, NOT_FOUND while the tenant has the plugin off).
 * Plugins import this type only (`import type { PluginApiKit } from '@crm/api'`).
 */
export function pluginApiKit(pluginId: string) {
  return { router, procedure: pluginProcedure(pluginId) };
}

export type PluginApiKit = ReturnType<typeof pluginApiKit>;
