import { authorize } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { findProduct } from '../products/find-product.js';
import { analyseProductSavings } from './analyse-product-savings.js';
import type { SavingsPreviewOutput } from './recommendation.schema.js';

/** The tariff-savings analysis of one subscription, month by month, without writing anything. */
export async function previewSavings(ctx: TelecomContext, productId: string): Promise<SavingsPreviewOutput> {
  authorize(ctx.ability, 'read', 'telecom.Product');
  authorize(ctx.ability, 'read', 'telecom.ProductOffering');
  await findProduct(ctx, productId);
  const analysis = await analyseProductSavings(ctx.tdb, ctx.actor.tenantId, productId);
  return {
    productId: analysis.productId,
    accountId: analysis.accountId,
    currentOffering: { id: analysis.currentOfferingId, name: analysis.currentOfferingName },
    currency: analysis.currency,
    currentMonthlyAvg: analysis.currentMonthlyAvg,
    skipped: analysis.skipped,
    best: analysis.best,
    candidates: analysis.candidates,
  };
}
