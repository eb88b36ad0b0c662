import type { PluginApiKit } from '@crm/api';
import { clientRoutes } from './routes/clients.routes.js';
import { organisationRoutes } from './routes/organisation.routes.js';
import { salesRoutes } from './routes/sales.routes.js';

/**
 * The bank API, mounted at `plugins.bank` (tRPC) and `/api/v1/bank/...` (REST). Every procedure is
 * built from the kit's `procedure` (pluginProcedure('bank')): a tenant without the plugin gets 404.
 */
export function bankApi(kit: PluginApiKit) {
  return kit.router({ ...clientRoutes(kit), ...salesRoutes(kit), ...organisationRoutes(kit) });
}
