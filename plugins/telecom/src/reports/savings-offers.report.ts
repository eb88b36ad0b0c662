import { authorize, defineReport } from '@crm/core';
import { z } from 'zod';
import { telecomContext } from '../db.js';
import { recommendationStatuses } from '../server/recommendations/recommendation.schema.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Tariff-savings recommendations issued in the period: how many were accepted, and the savings given. */
export const savingsOffersReport = defineReport({
  id: 'telecom.savingsOffers',
  title: { en: 'Tariff-savings offers', ru: 'Предложения экономии на тарифах' },
  description: {
    en: 'Recommendations issued in the period by outcome, take-up and monthly savings accepted',
    ru: 'Рекомендации за период по итогам, доля принятых и принятая экономия в месяц',
  },
  input: z.strictObject({ days: z.number().int().min(1).max(366).default(90) }),
  output: z.object({
    issued: z.number().int(),
    byStatus: z.record(z.enum(recommendationStatuses), z.number().int()),
    /** accepted / (accepted + declined + expired), 0 when none was answered. */
    acceptanceRate: z.number(),
    acceptedMonthlySaving: z.array(z.object({ currency: z.string(), amount: z.number() })),
  }),
  async run(tenantCtx, input) {
    authorize(tenantCtx.ability, 'read', 'telecom.Recommendation');
    const ctx = telecomContext(tenantCtx);
    const rows = await ctx.tdb.telecomRecommendation.findMany({
      where: { tenantId: ctx.actor.tenantId, createdAt: { gte: new Date(Date.now() - input.days * DAY_MS) } },
      select: { status: true, monthlySaving: true, currency: true },
    });
    const byStatus = { issued: 0, accepted: 0, declined: 0, expired: 0 };
    const saved = new Map<string, number>();
    for (const row of rows) {
      const status = recommendationStatuses.find((s) => s === row.status);
      if (status) byStatus[status] += 1;
      if (status === 'accepted')
        saved.set(row.currency, (saved.get(row.currency) ?? 0) + Number(row.monthlySaving.toString()));
    }
    const answered = byStatus.accepted + byStatus.declined + byStatus.expired;
    return {
      issued: rows.length,
      byStatus,
      acceptanceRate: answered === 0 ? 0 : Math.round((byStatus.accepted / answered) * 1000) / 1000,
      acceptedMonthlySaving: [...saved]
        .map(([currency, amount]) => ({ currency, amount: Math.round(amount * 100) / 100 }))
        .sort((a, b) => a.currency.localeCompare(b.currency)),
    };
  },
});
