import { authorize, type FileDownload } from '@crm/core';
import type { LogisticsContext } from '../../db.js';
import { findShipment } from '../shipments/find-shipment.js';
import { tenantLanguage } from './find-document-template.js';
import { generateDocument } from './generate-document.js';
import { partyValues } from './party-values.js';

const stopNames = {
  ru: { pickup: 'погрузка', delivery: 'выгрузка', waypoint: 'промежуточный пункт' },
  en: { pickup: 'pickup', delivery: 'delivery', waypoint: 'waypoint' },
};

const minute = (value: Date | null) =>
  value ? value.toISOString().slice(0, 16).replace('T', ' ') + ' UTC' : '';

/** The shipment's waybill as a PDF from the tenant's waybill template. */
export async function waybillDocument(ctx: LogisticsContext, id: string): Promise<FileDownload> {
  authorize(ctx.ability, 'read', 'logistics.Shipment');
  const shipment = await findShipment(ctx, id);
  const language = await tenantLanguage(ctx);
  const vehicle = shipment.vehicleId
    ? await ctx.ldb.logisticsVehicle.findFirst({
        where: { tenantId: ctx.actor.tenantId, id: shipment.vehicleId },
        select: { plateNumber: true, make: true, model: true },
      })
    : null;
  const stops = shipment.stops
    .map((stop) => {
      const planned = minute(stop.plannedArrivalAt);
      return `${stop.sequence}. ${stop.place} (${stopNames[language][stop.kind]})${planned ? `, ${planned}` : ''}`;
    })
    .join('\n');
  return generateDocument(ctx, {
    kind: 'waybill',
    recordType: 'logistics.shipment',
    recordId: shipment.id,
    number: shipment.number,
    values: {
      ...(await partyValues(ctx, shipment.accountId, language)),
      'shipment.number': shipment.number,
      'shipment.cargo': shipment.cargo,
      'shipment.weightKg': String(shipment.weightKg),
      'shipment.volumeM3': shipment.volumeM3 === null ? '' : String(shipment.volumeM3),
      'shipment.status': shipment.status,
      'vehicle.plateNumber': vehicle?.plateNumber ?? '',
      'vehicle.model': vehicle ? `${vehicle.make} ${vehicle.model}` : '',
      stops,
    },
  });
}
