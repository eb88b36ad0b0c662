import { authorize, defineReport } from '@crm/core';
import { z } from 'zod';
import { logisticsContext } from '../db.js';
import { releaseExpiredReservations } from '../server/vehicles/release-expired-reservations.js';
import { vehicleStatuses } from '../server/vehicles/vehicle-state-machine.js';

/** Fleet utilisation now: vehicles per status, the share working (reserved or in transit), why blocked. */
export const fleetStatusReport = defineReport({
  id: 'logistics.fleetStatus',
  title: { en: 'Fleet status', ru: 'Состояние автопарка' },
  description: {
    en: 'Vehicles per status, utilisation and blocking reasons',
    ru: 'Машины по статусам, загрузка парка и причины блокировки',
  },
  input: z.strictObject({}),
  output: z.object({
    total: z.number().int(),
    byStatus: z.record(z.enum(vehicleStatuses), z.number().int()),
    /** (reserved + in transit) / total, 0 when the fleet is empty. */
    utilisation: z.number(),
    blockedReasons: z.array(z.object({ reason: z.string(), count: z.number().int() })),
  }),
  async run(tenantCtx) {
    authorize(tenantCtx.ability, 'read', 'logistics.Vehicle');
    const ctx = logisticsContext(tenantCtx);
    await releaseExpiredReservations(ctx.ldb, ctx.actor.tenantId);
    const groups = await ctx.ldb.logisticsVehicle.groupBy({
      by: ['status'],
      where: { tenantId: ctx.actor.tenantId },
      _count: { _all: true },
    });
    const byStatus = { free: 0, reserved: 0, in_transit: 0, blocked: 0 };
    for (const group of groups) {
      const status = vehicleStatuses.find((s) => s === group.status);
      if (status) byStatus[status] = group._count._all;
    }
    const total = Object.values(byStatus).reduce((sum, n) => sum + n, 0);
    const blocked = await ctx.ldb.logisticsVehicle.groupBy({
      by: ['statusReason'],
      where: { tenantId: ctx.actor.tenantId, status: 'blocked' },
      _count: { _all: true },
    });
    return {
      total,
      byStatus,
      utilisation: total === 0 ? 0 : (byStatus.reserved + byStatus.in_transit) / total,
      blockedReasons: blocked
        .map((group) => ({ reason: group.statusReason ?? '', count: group._count._all }))
        .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    };
  },
});
