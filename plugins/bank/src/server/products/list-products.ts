import { authorize } from '@crm/core';
import type { BankContext } from '../../db.js';
import { findPlan } from '../plans/find-plan.js';
import { presentProduct } from './present-product.js';
import { productSelect, type ListProductsInput, type ProductOutput } from './product.schema.js';

/** The financial products a client holds, oldest first. */
export async function listProducts(
  ctx: BankContext,
  input: ListProductsInput,
): Promise<{ items: ProductOutput[] }> {
  authorize(ctx.ability, 'read', 'bank.Client');
  const plan = await findPlan(ctx, input.planId);
  const rows = await ctx.bdb.bankProduct.findMany({
    where: {
      tenantId: ctx.actor.tenantId,
      planId: plan.id,
      ...(input.status ? { status: input.status } : {}),
    },
    orderBy: [{ openedAt: 'asc' }, { id: 'asc' }],
    select: productSelect,
  });
  return { items: rows.map(presentProduct) };
}
