import type { PluginApiKit } from '@crm/api';
import { offeringsRouter } from './catalog.router.js';
import { productsRouter } from './inventory.router.js';
import { ordersRouter } from './ordering.router.js';
import { accountsRouter, recommendationsRouter } from './retention.router.js';
import { ticketsRouter } from './tickets.router.js';
import { usageRouter } from './usage.router.js';

/**
 * The telecom API, mounted at `plugins.telecom` (tRPC) and `/api/v1/telecom/...` (REST). Resource
 * names and representations follow the TM Forum Open APIs (TMF620, 621, 622, 635, 637). Every
 * procedure is built from the kit's `procedure` (pluginProcedure('telecom')): 404 while the plugin is off.
 */
export function telecomApi(kit: PluginApiKit) {
  return kit.router({
    productOffering: offeringsRouter(kit),
    product: productsRouter(kit),
    productOrder: ordersRouter(kit),
    troubleTicket: ticketsRouter(kit),
    usage: usageRouter(kit),
    account: accountsRouter(kit),
    recommendation: recommendationsRouter(kit),
  });
}
