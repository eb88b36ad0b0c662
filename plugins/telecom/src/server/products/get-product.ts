import { authorize } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { findProduct } from './find-product.js';
import type { ProductOutput } from './product.schema.js';

export async function getProduct(ctx: TelecomContext, id: string): Promise<ProductOutput> {
  authorize(ctx.ability, 'read', 'telecom.Product');
  return findProduct(ctx, id);
}
