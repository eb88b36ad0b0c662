import type { PluginApiKit } from '@crm/api';
import { z } from 'zod';
import { logisticsContext } from '../db.js';
import { waybillProcedure } from './documents.router.js';
import * as routes from './routes/index.js';
import * as shipments from './shipments/index.js';

const idInput = z.strictObject({ id: z.uuid() });
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** Routes (planned stops in order) and shipments with stops: `plugins.logistics.{routes,shipments}`. */
export function routesRouter({ router, procedure }: PluginApiKit) {
  const tags = ['Logistics: routes'];
  return router({
    list: procedure
      .meta({
        openapi: { method: 'GET', path: '/logistics/routes', tags, summary: 'Routes with their stops' },
      })
      .input(routes.listRoutesInput)
      .output(items(routes.routeOutput))
      .query(({ ctx, input }) => routes.listRoutes(logisticsContext(ctx.tenant), input)),
    get: procedure
      .meta({ openapi: { method: 'GET', path: '/logistics/routes/{id}', tags, summary: 'One route' } })
      .input(idInput)
      .output(routes.routeOutput)
      .query(({ ctx, input }) => routes.getRoute(logisticsContext(ctx.tenant), input.id)),
    create: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/logistics/routes',
          tags,
          summary: 'A route with its stops in order',
        },
        created: true,
      })
      .input(routes.createRouteInput)
      .output(routes.routeOutput)
      .mutation(({ ctx, input }) => routes.createRoute(logisticsContext(ctx.tenant), input)),
  });
}

export function shipmentsRouter(kit: PluginApiKit) {
  const { router, procedure } = kit;
  const tags = ['Logistics: shipments'];
  return router({
    waybill: waybillProcedure(kit),
    list: procedure
      .meta({
        openapi: { method: 'GET', path: '/logistics/shipments', tags, summary: 'Shipments, newest first' },
      })
      .input(shipments.listShipmentsInput)
      .output(items(shipments.shipmentOutput))
      .query(({ ctx, input }) => shipments.listShipments(logisticsContext(ctx.tenant), input)),
    get: procedure
      .meta({ openapi: { method: 'GET', path: '/logistics/shipments/{id}', tags, summary: 'One shipment' } })
      .input(idInput)
      .output(shipments.shipmentOutput)
      .query(({ ctx, input }) => shipments.getShipment(logisticsContext(ctx.tenant), input.id)),
    create: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/logistics/shipments',
          tags,
          summary: 'Plan a shipment for a client (stops from a route or given)',
        },
        created: true,
      })
      .input(shipments.createShipmentInput)
      .output(shipments.shipmentOutput)
      .mutation(({ ctx, input }) => shipments.createShipment(logisticsContext(ctx.tenant), input)),
    transition: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/logistics/shipments/{id}/transition',
          tags,
          summary:
            'Change the status: assign (with vehicleId; reserves it), dispatch (in_transit), deliver, unassign (planned), cancel (with reason)',
        },
      })
      .input(shipments.transitionShipmentInput)
      .output(shipments.shipmentOutput)
      .mutation(({ ctx, input }) => shipments.transitionShipment(logisticsContext(ctx.tenant), input)),
    recordStop: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/logistics/shipments/{id}/stops/{sequence}',
          tags,
          summary: 'Record the arrival at or the departure from a stop (event: arrived | departed)',
        },
      })
      .input(shipments.recordStopInput)
      .output(shipments.shipmentOutput)
      .mutation(({ ctx, input }) => shipments.recordStop(logisticsContext(ctx.tenant), input)),
    history: procedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/logistics/shipments/{id}/history',
          tags,
          summary: 'Status changes and stop events, newest first',
        },
      })
      .input(idInput)
      .output(items(shipments.shipmentEventOutput))
      .query(({ ctx, input }) => shipments.shipmentHistory(logisticsContext(ctx.tenant), input.id)),
  });
}
