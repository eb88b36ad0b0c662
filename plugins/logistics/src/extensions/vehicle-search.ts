import type { search } from '@crm/core';
import { logisticsContext } from '../db.js';

/** Vehicles in the global search, by plate number, make or model (`type: logistics.vehicle`). */
export const vehicleSearchSource: search.SearchSource = {
  type: 'logistics.vehicle',
  async search(tenantCtx, query) {
    if (!tenantCtx.ability.can('read', 'logistics.Vehicle')) return [];
    const ctx = logisticsContext(tenantCtx);
    const text = { contains: query.text, mode: 'insensitive' as const };
    const rows = await ctx.ldb.logisticsVehicle.findMany({
      where: { tenantId: ctx.actor.tenantId, OR: [{ plateNumber: text }, { make: text }, { model: text }] },
      orderBy: [{ plateNumber: 'asc' }, { id: 'asc' }],
      take: query.limit,
      select: { id: true, plateNumber: true, make: true, model: true, status: true },
    });
    const wanted = query.text.toUpperCase();
    return rows.map((row) => ({
      type: 'logistics.vehicle',
      id: row.id,
      title: row.plateNumber,
      subtitle: `${row.make} ${row.model} · ${row.status}`,
      // An exact plate is the best hit; otherwise below a good name match of the core's sources.
      score: row.plateNumber === wanted ? 1 : 0.3,
    }));
  },
};
