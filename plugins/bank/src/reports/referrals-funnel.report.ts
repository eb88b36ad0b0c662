import { authorize, defineReport } from '@crm/core';
import { z } from 'zod';
import { bankContext } from '../db.js';
import { referralScope } from '../server/referrals/referral-scope.js';
import { productTypes } from '../server/shared/product-types.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

const stage = z.object({
  submitted: z.number().int(),
  reviewed: z.number().int(),
  authorized: z.number().int(),
  rejected: z.number().int(),
});

/** The referral funnel: submitted → taken into review → authorized / rejected, with conversion and speed. */
export const referralsFunnelReport = defineReport({
  id: 'bank.referralsFunnel',
  title: { en: 'Referrals funnel', ru: 'Воронка рекомендаций' },
  description: {
    en: 'Referrals submitted in the period, how many were reviewed, authorized and rejected, by product, with median hours to review',
    ru: 'Рекомендации за период: сколько рассмотрено, одобрено и отклонено, по продуктам, медиана часов до рассмотрения',
  },
  input: z.strictObject({ sinceDays: z.number().int().min(1).max(730).default(90) }),
  output: z.object({
    total: stage,
    /** authorized / submitted (0 when none). */
    authorizationRate: z.number(),
    medianHoursToReview: z.number().nullable(),
    byProduct: z.array(stage.extend({ productType: z.enum(productTypes) })),
  }),
  async run(tenantCtx, input) {
    authorize(tenantCtx.ability, 'read', 'bank.Referral');
    const ctx = bankContext(tenantCtx);
    const rows = await ctx.bdb.bankReferral.findMany({
      where: {
        tenantId: ctx.actor.tenantId,
        submittedAt: { gte: new Date(Date.now() - input.sinceDays * DAY_MS) },
        ...referralScope(ctx, 'read'),
      },
      select: { productType: true, status: true, submittedAt: true, reviewStartedAt: true },
    });
    const empty = () => ({ submitted: 0, reviewed: 0, authorized: 0, rejected: 0 });
    const total = empty();
    const byProduct = new Map<(typeof productTypes)[number], z.infer<typeof stage>>();
    const hours: number[] = [];
    for (const r of rows) {
      const type = productTypes.find((t) => t === r.productType);
      if (!type) continue;
      const bucket = byProduct.get(type) ?? empty();
      byProduct.set(type, bucket);
      for (const b of [total, bucket]) {
        b.submitted += 1;
        if (r.status !== 'submitted') b.reviewed += 1;
        if (r.status === 'authorized') b.authorized += 1;
        if (r.status === 'rejected') b.rejected += 1;
      }
      if (r.reviewStartedAt) hours.push((r.reviewStartedAt.getTime() - r.submittedAt.getTime()) / HOUR_MS);
    }
    hours.sort((a, b) => a - b);
    const mid = Math.floor(hours.length / 2);
    const median =
      hours.length === 0
        ? null
        : hours.length % 2
          ? (hours[mid] ?? 0)
          : ((hours[mid - 1] ?? 0) + (hours[mid] ?? 0)) / 2;
    return {
      total,
      authorizationRate: total.submitted === 0 ? 0 : total.authorized / total.submitted,
      medianHoursToReview: median === null ? null : Math.round(median * 10) / 10,
      byProduct: [...byProduct].map(([productType, s]) => ({ productType, ...s })),
    };
  },
});
