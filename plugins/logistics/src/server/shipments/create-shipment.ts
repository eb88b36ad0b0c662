import { AppError, authorize, recordAudit, newId } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { assertReadableAccount } from '../contracts/find-contract.js';
import { findRoute } from '../routes/find-route.js';
import { isUniqueViolation } from '../unique-violation.js';
import { findShipment } from './find-shipment.js';
import { logShipmentEvent } from './log-shipment-event.js';
import type { CreateShipmentInput, ShipmentOutput } from './shipment.schema.js';

const MINUTE_MS = 60_000;

interface PlannedStop {
  kind: string;
  place: string;
  plannedArrivalAt: Date | null;
  plannedDepartureAt: Date | null;
}

/** The stops as given, or the route's, timed from the planned start when there is one. */
async function plannedStops(ctx: LogisticsContext, input: CreateShipmentInput): Promise<PlannedStop[]> {
  if (input.stops) {
    return input.stops.map((stop) => ({
      kind: stop.kind,
      place: stop.place,
      plannedArrivalAt: stop.plannedArrivalAt ?? null,
      plannedDepartureAt: stop.plannedDepartureAt ?? null,
    }));
  }
  const route = await findRoute(ctx, input.routeId ?? '', 'routeId');
  const start = input.plannedStartAt?.getTime();
  return route.stops.map((stop) => ({
    kind: stop.kind,
    place: stop.place,
    plannedArrivalAt: start === undefined ? null : new Date(start + stop.offsetMinutes * MINUTE_MS),
    plannedDepartureAt:
      start === undefined ? null : new Date(start + (stop.offsetMinutes + stop.dwellMinutes) * MINUTE_MS),
  }));
}

/** A planned shipment for a client account, with its stops (from a route or given), logged. */
export async function createShipment(
  ctx: LogisticsContext,
  input: CreateShipmentInput,
): Promise<ShipmentOutput> {
  authorize(ctx.ability, 'create', 'logistics.Shipment');
  const tenantId = ctx.actor.tenantId;
  await assertReadableAccount(ctx, input.accountId);
  const stops = await plannedStops(ctx, input);
  const id = newId();
  try {
    await ctx.ldb.logisticsShipment.create({
      data: {
        tenantId,
        id,
        number: input.number,
        accountId: input.accountId,
        routeId: input.routeId ?? null,
        cargo: input.cargo,
        weightKg: input.weightKg,
        volumeM3: input.volumeM3 ?? null,
        ownerId: input.ownerId === undefined ? ctx.actor.userId : input.ownerId,
      },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw AppError.invalid([{ field: 'number', message: `shipment ${input.number} exists already` }]);
    throw error;
  }
  await ctx.ldb.logisticsShipmentStop.createMany({
    data: stops.map((stop, index) => ({ tenantId, shipmentId: id, sequence: index + 1, ...stop })),
  });
  await logShipmentEvent(ctx, { shipmentId: id, kind: 'created', toStatus: 'planned', at: new Date() });
  const shipment = await findShipment(ctx, id);
  await recordAudit(ctx, {
    action: 'logistics.shipment.created',
    recordType: 'logistics.shipment',
    recordId: id,
    after: shipment,
  });
  return shipment;
}
