import { AppError, authorize, recordAudit } from '@crm/core';
import type { BankContext } from '../../db.js';
import { findPlan } from '../plans/find-plan.js';
import { presentProduct } from './present-product.js';
import { productSelect, type ProductOutput, type UpdateProductInput } from './product.schema.js';

async function findProduct(ctx: BankContext, id: string): Promise<ProductOutput> {
  const row = await ctx.bdb.bankProduct.findFirst({
    where: { tenantId: ctx.actor.tenantId, id },
    select: productSelect,
  });
  if (!row) throw AppError.notFound('Product');
  return presentProduct(row);
}

/** Changes a product's balance, limit, rate or status; a closed product stays closed. */
export async function updateProduct(ctx: BankContext, input: UpdateProductInput): Promise<ProductOutput> {
  authorize(ctx.ability, 'update', 'bank.Client');
  const before = await findProduct(ctx, input.id);
  await findPlan(ctx, before.planId, 'update');
  if (before.status === 'closed' && input.status && input.status !== 'closed')
    throw AppError.conflict('A closed product cannot be reopened; record a new product instead', {
      from: 'closed',
      to: input.status,
    });
  const { id, expectedVersion, ...changes } = input;
  const closing = input.status === 'closed' && before.status !== 'closed';
  const updated = await ctx.bdb.bankProduct.updateMany({
    where: { tenantId: ctx.actor.tenantId, id, version: expectedVersion ?? before.version },
    data: { ...changes, ...(closing ? { closedAt: new Date() } : {}) },
  });
  if (updated.count === 0) throw AppError.conflict('The product was changed meanwhile; reload it and retry');
  const after = await findProduct(ctx, id);
  await recordAudit(ctx, {
    action: closing ? 'bank.product.closed' : 'bank.product.updated',
    recordType: 'bank.product',
    recordId: id,
    before,
    after,
  });
  return after;
}
