import { authorize, defineReport } from '@crm/core';
import { z } from 'zod';
import { telecomContext } from '../db.js';

/** Live subscriptions per tariff: how the client base is spread over the catalogue. */
export const tariffMixReport = defineReport({
  id: 'telecom.tariffMix',
  title: { en: 'Tariff mix', ru: 'Структура тарифов' },
  description: {
    en: 'Active and suspended subscriptions per tariff, with their share',
    ru: 'Активные и приостановленные подписки по тарифам и их доля',
  },
  input: z.strictObject({}),
  output: z.object({
    total: z.number().int(),
    items: z.array(
      z.object({
        offeringId: z.string(),
        name: z.string(),
        lifecycleStatus: z.string(),
        subscriptions: z.number().int(),
        share: z.number(),
      }),
    ),
  }),
  async run(tenantCtx) {
    authorize(tenantCtx.ability, 'read', 'telecom.Product');
    const ctx = telecomContext(tenantCtx);
    const groups = await ctx.tdb.telecomProduct.groupBy({
      by: ['offeringId'],
      where: { tenantId: ctx.actor.tenantId, status: { in: ['active', 'suspended'] } },
      _count: { _all: true },
    });
    const offerings = await ctx.tdb.telecomProductOffering.findMany({
      where: { tenantId: ctx.actor.tenantId, id: { in: groups.map((g) => g.offeringId) } },
      select: { id: true, name: true, lifecycleStatus: true },
    });
    const byId = new Map(offerings.map((o) => [o.id, o]));
    const total = groups.reduce((sum, g) => sum + g._count._all, 0);
    return {
      total,
      items: groups
        .map((g) => ({
          offeringId: g.offeringId,
          name: byId.get(g.offeringId)?.name ?? '',
          lifecycleStatus: byId.get(g.offeringId)?.lifecycleStatus ?? '',
          subscriptions: g._count._all,
          share: total === 0 ? 0 : Math.round((g._count._all / total) * 1000) / 1000,
        }))
        .sort((a, b) => b.subscriptions - a.subscriptions || a.name.localeCompare(b.name)),
    };
  },
});
