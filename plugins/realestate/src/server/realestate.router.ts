import type { PluginApiKit } from '@crm/api';
import { requirementsRouter } from './buyers.router.js';
import { districtsRouter, duplicatesRouter } from './catalog.router.js';
import { propertiesRouter } from './properties.router.js';
import { dealsRouter, showingsRouter } from './showings.router.js';

/**
 * The real-estate API, mounted at `plugins.realestate` (tRPC) and `/api/v1/realestate/...` (REST).
 * Every procedure is built from the kit's `procedure` (pluginProcedure('realestate')): a tenant
 * without the plugin gets 404 from all of them.
 */
export function realestateApi(kit: PluginApiKit) {
  return kit.router({
    properties: propertiesRouter(kit),
    districts: districtsRouter(kit),
    duplicates: duplicatesRouter(kit),
    requirements: requirementsRouter(kit),
    showings: showingsRouter(kit),
    deals: dealsRouter(kit),
  });
}
