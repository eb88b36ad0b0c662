import type { search } from '@crm/core';
import { telecomContext } from '../db.js';

/** Tariffs and service packages in the global search, by name (`type: telecom.offering`). */
export const offeringSearchSource: search.SearchSource = {
  type: 'telecom.offering',
  async search(tenantCtx, query) {
    if (!tenantCtx.ability.can('read', 'telecom.ProductOffering')) return [];
    const ctx = telecomContext(tenantCtx);
    const rows = await ctx.tdb.telecomProductOffering.findMany({
      where: { tenantId: ctx.actor.tenantId, name: { contains: query.text, mode: 'insensitive' } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: query.limit,
      select: { id: true, name: true, lifecycleStatus: true, isBundle: true },
    });
    const wanted = query.text.toLowerCase();
    return rows.map((row) => ({
      type: 'telecom.offering',
      id: row.id,
      title: row.name,
      subtitle: `${row.isBundle ? 'bundle' : 'tariff'} · ${row.lifecycleStatus}`,
      score: row.name.toLowerCase() === wanted ? 1 : 0.4,
    }));
  },
};

/** Trouble tickets by name or by the affected line number (`type: telecom.ticket`). */
export const ticketSearchSource: search.SearchSource = {
  type: 'telecom.ticket',
  async search(tenantCtx, query) {
    if (!tenantCtx.ability.can('read', 'telecom.TroubleTicket')) return [];
    const ctx = telecomContext(tenantCtx);
    const text = { contains: query.text, mode: 'insensitive' as const };
    const rows = await ctx.tdb.telecomTroubleTicket.findMany({
      where: {
        tenantId: ctx.actor.tenantId,
        OR: [{ name: text }, { product: { productSerialNumber: text } }],
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: query.limit,
      select: { id: true, name: true, status: true, severity: true },
    });
    return rows.map((row) => ({
      type: 'telecom.ticket',
      id: row.id,
      title: row.name,
      subtitle: `${row.severity} · ${row.status}`,
      score: 0.3,
    }));
  },
};
