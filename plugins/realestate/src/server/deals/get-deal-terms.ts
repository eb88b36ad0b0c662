import { authorize } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import type { DealTermsOutput } from './deal.schema.js';
import { findDealTerms } from './find-deal-terms.js';

export async function getDealTerms(ctx: RealestateContext, dealId: string): Promise<DealTermsOutput> {
  authorize(ctx.ability, 'read', 'realestate.Deal');
  return findDealTerms(ctx, dealId);
}
