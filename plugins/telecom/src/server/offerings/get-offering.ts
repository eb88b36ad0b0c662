import { authorize } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { findOffering } from './find-offering.js';
import type { OfferingOutput } from './offering.schema.js';

export async function getOffering(ctx: TelecomContext, id: string): Promise<OfferingOutput> {
  authorize(ctx.ability, 'read', 'telecom.ProductOffering');
  return findOffering(ctx, id);
}
