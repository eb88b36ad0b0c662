import { AppError, authorize, newId, recordAudit } from '@crm/core';
import type { BankContext } from '../../db.js';
import { findPlan } from '../plans/find-plan.js';
import { tenantConfig } from '../shared/tenant-config.js';
import { isUniqueViolation } from '../shared/unique-violation.js';
import { presentProduct } from './present-product.js';
import { productSelect, type CreateProductInput, type ProductOutput } from './product.schema.js';

/** Records a product the client opened (account, card, loan, deposit, ...). */
export async function createProduct(ctx: BankContext, input: CreateProductInput): Promise<ProductOutput> {
  authorize(ctx.ability, 'update', 'bank.Client');
  const plan = await findPlan(ctx, input.planId, 'update');
  if (input.openedAt.getTime() > Date.now() + 86_400_000)
    throw AppError.invalid([{ field: 'openedAt', message: 'must not be in the future' }]);
  const id = newId();
  try {
    const row = await ctx.bdb.bankProduct.create({
      data: {
        tenantId: ctx.actor.tenantId,
        id,
        planId: plan.id,
        productType: input.productType,
        number: input.number,
        status: input.status,
        openedAt: input.openedAt,
        currency: input.currency ?? (await tenantConfig(ctx.db)).defaultCurrency,
        balance: input.balance,
        creditLimit: input.creditLimit ?? null,
        interestRate: input.interestRate ?? null,
      },
      select: productSelect,
    });
    const product = presentProduct(row);
    await recordAudit(ctx, {
      action: 'bank.product.opened',
      recordType: 'bank.product',
      recordId: id,
      after: product,
    });
    return product;
  } catch (error) {
    if (isUniqueViolation(error))
      throw AppError.invalid([
        { field: 'number', message: `a product numbered ${input.number} exists already` },
      ]);
    throw error;
  }
}
