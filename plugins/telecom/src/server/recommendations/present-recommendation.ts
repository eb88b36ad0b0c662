import { z } from 'zod';
import { hrefOf, isoOrUndefined, toNumber } from '../shared/representation.js';
import {
  recommendationStatuses,
  savingsMonthOutput,
  type RecommendationOutput,
  type RecommendationRow,
} from './recommendation.schema.js';

const storedMonths = z.array(savingsMonthOutput);

export function presentRecommendation(row: RecommendationRow): RecommendationOutput {
  const months = storedMonths.safeParse(row.months);
  return {
    id: row.id,
    href: hrefOf('recommendation', row.id),
    '@type': 'Recommendation',
    accountId: row.accountId,
    product: {
      id: row.productId,
      href: hrefOf('product', row.productId),
      productSerialNumber: row.product.productSerialNumber,
    },
    currentOffering: { ...row.currentOffering, href: hrefOf('productOffering', row.currentOffering.id) },
    recommendedOffering: {
      ...row.recommendedOffering,
      href: hrefOf('productOffering', row.recommendedOffering.id),
    },
    currency: row.currency,
    currentMonthlyAvg: toNumber(row.currentMonthlyAvg),
    recommendedMonthlyAvg: toNumber(row.recommendedMonthlyAvg),
    monthlySaving: toNumber(row.monthlySaving),
    churnScore: row.churnScore,
    trigger: row.trigger === 'churnRisk' ? 'churnRisk' : 'saving',
    months: months.success ? months.data : [],
    status: recommendationStatuses.find((s) => s === row.status) ?? 'issued',
    validUntil: row.validUntil.toISOString(),
    remindAt: row.remindAt.toISOString(),
    remindedAt: isoOrUndefined(row.remindedAt),
    decidedAt: isoOrUndefined(row.decidedAt),
    taskActivityId: row.taskActivityId ?? undefined,
    orderId: row.orderId ?? undefined,
    ownerId: row.ownerId ?? undefined,
    createdAt: row.createdAt.toISOString(),
  };
}
