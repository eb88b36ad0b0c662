import { authorize, defineReport } from '@crm/core';
import { z } from 'zod';
import { bankContext } from '../db.js';
import { valueTiers } from '../server/plans/plan.schema.js';
import { clientRelationWhere } from '../server/shared/client-scope.js';
import { moneyText } from '../server/shared/money.js';

const row = z.object({
  valueTier: z.enum(valueTiers),
  currency: z.string(),
  clients: z.number().int(),
  revenue: z.string(),
  costToServe: z.string(),
  riskCost: z.string(),
  margin: z.string(),
  averageMargin: z.string(),
  /** Share of the period's total margin in this currency (0..1; negative for loss-making tiers). */
  marginShare: z.number(),
});

/** Client profitability for one month by value tier: where the margin comes from, who costs more than brings. */
export const profitabilityByTierReport = defineReport({
  id: 'bank.profitabilityByValueTier',
  title: { en: 'Profitability by value tier', ru: 'Доходность по ценностным сегментам' },
  description: {
    en: 'Revenue, cost to serve, risk cost and margin of clients per value tier for a month (latest by default)',
    ru: 'Доход, стоимость обслуживания, риск и маржа клиентов по ценностным сегментам за месяц (по умолчанию последний)',
  },
  input: z.strictObject({
    period: z.iso
      .date()
      .refine((d) => d.endsWith('-01'), 'must be the first day of a month')
      .optional(),
  }),
  output: z.object({ period: z.string().nullable(), rows: z.array(row) }),
  async run(tenantCtx, input) {
    authorize(tenantCtx.ability, 'read', 'bank.Profitability');
    const ctx = bankContext(tenantCtx);
    const tenantId = ctx.actor.tenantId;
    const scope = { tenantId, ...clientRelationWhere(ctx.ability, 'read', 'bank.Profitability') };
    const latest = input.period
      ? { period: new Date(`${input.period}T00:00:00Z`) }
      : await ctx.bdb.bankProfitabilitySnapshot.findFirst({
          where: scope,
          orderBy: { period: 'desc' },
          select: { period: true },
        });
    if (!latest) return { period: null, rows: [] };
    const groups = await ctx.bdb.bankProfitabilitySnapshot.groupBy({
      by: ['valueTier', 'currency'],
      where: { ...scope, period: latest.period },
      _count: { _all: true },
      _sum: { revenue: true, costToServe: true, riskCost: true, margin: true },
      orderBy: [{ valueTier: 'asc' }, { currency: 'asc' }],
    });
    const totals = new Map<string, number>();
    for (const g of groups)
      totals.set(g.currency, (totals.get(g.currency) ?? 0) + Number(g._sum.margin ?? 0));
    return {
      period: latest.period.toISOString().slice(0, 10),
      rows: groups.map((g) => {
        const margin = Number(g._sum.margin ?? 0);
        const total = totals.get(g.currency) ?? 0;
        return {
          valueTier: valueTiers.find((v) => v === g.valueTier) ?? 'D',
          currency: g.currency,
          clients: g._count._all,
          revenue: moneyText(Number(g._sum.revenue ?? 0)),
          costToServe: moneyText(Number(g._sum.costToServe ?? 0)),
          riskCost: moneyText(Number(g._sum.riskCost ?? 0)),
          margin: moneyText(margin),
          averageMargin: moneyText(margin / g._count._all),
          marginShare: total === 0 ? 0 : margin / total,
        };
      }),
    };
  },
});
