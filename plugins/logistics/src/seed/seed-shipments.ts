import { newId } from '@crm/core';
import type { LogisticsContext } from '../db.js';
import type { SeedLocale } from './seed-data.js';
import { seedPlans, seedRoutes, seedShipments, type SeedShipment } from './seed-shipments-data.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

async function seedRouteRows(ctx: LogisticsContext, locale: SeedLocale): Promise<Map<string, string>> {
  const tenantId = ctx.actor.tenantId;
  await ctx.ldb.logisticsRoute.createMany({
    data: seedRoutes.map((route) => ({ tenantId, id: newId(), code: route.code, name: route.name[locale] })),
    skipDuplicates: true,
  });
  const rows = await ctx.ldb.logisticsRoute.findMany({
    where: { tenantId, code: { in: seedRoutes.map((r) => r.code) } },
    select: { id: true, code: true },
  });
  const ids = new Map(rows.map((r) => [r.code, r.id]));
  await ctx.ldb.logisticsRouteStop.createMany({
    data: seedRoutes.flatMap((route) =>
      route.stops.map((stop, index) => ({
        tenantId,
        routeId: ids.get(route.code) ?? '',
        sequence: index + 1,
        kind: stop.kind,
        place: stop.place[locale],
        offsetMinutes: stop.offsetMinutes,
        dwellMinutes: stop.dwellMinutes,
      })),
    ),
    skipDuplicates: true,
  });
  return ids;
}

async function seedShipment(
  ctx: LogisticsContext,
  shipment: SeedShipment,
  accountId: string,
  routeId: string,
  vehicleId: string | null,
  locale: SeedLocale,
  start: Date,
): Promise<void> {
  const tenantId = ctx.actor.tenantId;
  const id = newId();
  const route = seedRoutes.find((r) => r.code === shipment.route);
  const moving = shipment.status === 'in_transit' || shipment.status === 'delivered';
  await ctx.ldb.logisticsShipment.create({
    data: {
      tenantId,
      id,
      number: shipment.number,
      accountId,
      routeId,
      cargo: shipment.cargo[locale],
      weightKg: shipment.weightKg,
      volumeM3: shipment.volumeM3,
      vehicleId: shipment.status === 'planned' ? null : vehicleId,
      status: shipment.status,
      ownerId: ctx.actor.userId,
      dispatchedAt: moving ? start : null,
      deliveredAt: shipment.status === 'delivered' ? new Date(start.getTime() + 14 * 60 * MINUTE_MS) : null,
    },
    select: { id: true },
  });
  await ctx.ldb.logisticsShipmentStop.createMany({
    data: (route?.stops ?? []).map((stop, index) => {
      const arrival = new Date(start.getTime() + stop.offsetMinutes * MINUTE_MS);
      const departure = new Date(arrival.getTime() + stop.dwellMinutes * MINUTE_MS);
      const last = index === (route?.stops.length ?? 0) - 1;
      const visited = index < shipment.stopsDone;
      return {
        tenantId,
        shipmentId: id,
        sequence: index + 1,
        kind: stop.kind,
        place: stop.place[locale],
        plannedArrivalAt: arrival,
        plannedDepartureAt: departure,
        actualArrivalAt: visited ? arrival : null,
        actualDepartureAt: visited && !last ? departure : null,
      };
    }),
  });
  const path = {
    planned: [],
    assigned: ['assigned'],
    in_transit: ['assigned', 'in_transit'],
    delivered: ['assigned', 'in_transit', 'delivered'],
  }[shipment.status];
  let from = 'planned';
  const events = [{ kind: 'created', fromStatus: null as string | null, toStatus: 'planned' }];
  for (const to of path) {
    events.push({ kind: 'status', fromStatus: from, toStatus: to });
    from = to;
  }
  await ctx.ldb.logisticsShipmentEvent.createMany({
    data: events.map((event, index) => ({
      tenantId,
      id: newId(),
      shipmentId: id,
      ...event,
      vehicleId,
      actorUserId: ctx.actor.userId,
      at: new Date(start.getTime() - (events.length - index) * MINUTE_MS),
    })),
  });
}

/**
 * Routes, shipments in every status (on the seeded vehicles that are reserved and in transit) and the
 * current month's activity plans of the sales roles. Keyed on route codes, shipment numbers and plan
 * periods: running it again writes nothing twice.
 */
export async function seedShipmentsAndPlans(
  ctx: LogisticsContext,
  accounts: { id: string }[],
  locale: SeedLocale,
  now: Date,
): Promise<void> {
  const tenantId = ctx.actor.tenantId;
  const routeIds = await seedRouteRows(ctx, locale);
  const existing = new Set(
    (
      await ctx.ldb.logisticsShipment.findMany({
        where: { tenantId, number: { in: seedShipments.map((s) => s.number) } },
        select: { number: true },
      })
    ).map((s) => s.number),
  );
  const vehicles = new Map(
    (
      await ctx.ldb.logisticsVehicle.findMany({
        where: { tenantId },
        select: { id: true, plateNumber: true },
      })
    ).map((v) => [v.plateNumber, v.id]),
  );
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  for (const shipment of seedShipments) {
    const account = accounts[shipment.account];
    const routeId = routeIds.get(shipment.route);
    if (existing.has(shipment.number) || !account || !routeId) continue;
    const vehicleId = shipment.vehicle ? (vehicles.get(shipment.vehicle) ?? null) : null;
    if (shipment.vehicle && !vehicleId) continue;
    // 06:00 UTC on its day; a shipment already under way started at least two hours ago, so the stops
    // it has left lie in the past whatever the time of day (the next arrival can be recorded now).
    const planned = today + shipment.startsInDays * DAY_MS + 6 * 60 * MINUTE_MS;
    const underWay = Math.floor((now.getTime() - 120 * MINUTE_MS) / (5 * MINUTE_MS)) * 5 * MINUTE_MS;
    const start = new Date(shipment.status === 'in_transit' ? Math.min(planned, underWay) : planned);
    await seedShipment(ctx, shipment, account.id, routeId, vehicleId, locale, start);
  }
  const members = await ctx.db.membership.findMany({
    where: { tenantId, disabledAt: null, role: { key: { in: Object.keys(seedPlans) } } },
    select: { userId: true, role: { select: { key: true } } },
  });
  const periodStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const periodEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0));
  await ctx.ldb.logisticsSalesPlan.createMany({
    data: members.flatMap((member) => {
      const targets = seedPlans[member.role.key];
      return targets
        ? [{ tenantId, id: newId(), userId: member.userId, periodStart, periodEnd, ...targets }]
        : [];
    }),
    skipDuplicates: true,
  });
}
