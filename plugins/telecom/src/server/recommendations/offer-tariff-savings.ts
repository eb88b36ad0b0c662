import type { TenantDb } from '@crm/core';
import type { TelecomConfig } from '../../config.js';
import type { TelecomDb } from '../../db.js';
import { analyseProductSavings } from './analyse-product-savings.js';
import { issueRecommendation } from './issue-recommendation.js';

export interface OfferRun {
  analysed: number;
  created: number;
  /** Open recommendations of the subscriptions analysed (new or already open). */
  recommendationIds: string[];
  bestMonthlySaving: number;
}

/**
 * The tariff-savings offer for one client (`accountId`) or every client: each active subscription is
 * re-priced on its last three months and offered a cheaper tariff where the saving or the client's
 * churn score passes the tenant's threshold. Idempotent (one open offer per subscription).
 */
export async function offerTariffSavings(
  db: TenantDb,
  tdb: TelecomDb,
  request: {
    tenantId: string;
    accountId: string | null;
    runId: string | null;
    config: TelecomConfig;
    now?: Date;
  },
): Promise<OfferRun> {
  const { tenantId, config } = request;
  const now = request.now ?? new Date();
  const products = await tdb.telecomProduct.findMany({
    where: { tenantId, status: 'active', ...(request.accountId ? { accountId: request.accountId } : {}) },
    orderBy: [{ accountId: 'asc' }, { id: 'asc' }],
    select: { id: true, accountId: true },
  });
  const profiles = await tdb.telecomAccountProfile.findMany({
    where: { tenantId, accountId: { in: [...new Set(products.map((p) => p.accountId))] } },
    select: { accountId: true, churnScore: true },
  });
  const churn = new Map(profiles.map((p) => [p.accountId, p.churnScore]));
  const run: OfferRun = { analysed: 0, created: 0, recommendationIds: [], bestMonthlySaving: 0 };
  for (const product of products) {
    const analysis = await analyseProductSavings(tdb, tenantId, product.id, now);
    run.analysed += 1;
    const outcome = await issueRecommendation(db, tdb, {
      tenantId,
      analysis,
      churnScore: churn.get(product.accountId) ?? 0,
      config,
      runId: request.runId,
      now,
    });
    if (!outcome.issued) continue;
    if (outcome.created) run.created += 1;
    run.recommendationIds.push(outcome.recommendationId);
    run.bestMonthlySaving = Math.max(run.bestMonthlySaving, analysis.best?.monthlySaving ?? 0);
  }
  return run;
}
