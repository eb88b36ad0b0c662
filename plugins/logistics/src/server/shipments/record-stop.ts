import { AppError, authorize, recordAudit } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { findShipment } from './find-shipment.js';
import { logShipmentEvent } from './log-shipment-event.js';
import { checkStopEvent } from './shipment-state-machine.js';
import type { RecordStopInput, ShipmentOutput } from './shipment.schema.js';

/** A little clock skew between a driver's phone and the server is fine; the future is not. */
const SKEW_MS = 5 * 60_000;

/** Records the arrival at, or the departure from, a stop of a shipment in transit (in stop order). */
export async function recordStop(ctx: LogisticsContext, input: RecordStopInput): Promise<ShipmentOutput> {
  authorize(ctx.ability, 'transition', 'logistics.Shipment');
  const now = new Date();
  const at = input.at ?? now;
  if (at.getTime() > now.getTime() + SKEW_MS) {
    throw AppError.invalid([{ field: 'at', message: 'must not be in the future' }]);
  }
  const shipment = await findShipment(ctx, input.id);
  checkStopEvent(shipment.status, shipment.stops, input.sequence, input.event, at);
  const field = input.event === 'arrived' ? 'actualArrivalAt' : 'actualDepartureAt';
  const updated = await ctx.ldb.logisticsShipmentStop.updateMany({
    where: { tenantId: ctx.actor.tenantId, shipmentId: input.id, sequence: input.sequence, [field]: null },
    data: { [field]: at },
  });
  if (updated.count === 0) throw AppError.conflict('The stop was changed meanwhile; reload it and retry');
  await logShipmentEvent(ctx, {
    shipmentId: input.id,
    kind: input.event,
    stopSequence: input.sequence,
    vehicleId: shipment.vehicleId,
    at,
  });
  await recordAudit(ctx, {
    action: `logistics.shipment.stop_${input.event}`,
    recordType: 'logistics.shipment',
    recordId: input.id,
    after: { sequence: input.sequence, [field]: at },
  });
  return findShipment(ctx, input.id);
}
