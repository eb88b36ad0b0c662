import { AppError, authorize, newId, recordAudit } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { readableAccount } from '../shared/readable-account.js';
import { recordStatusChange } from '../shared/record-status-change.js';
import { isUniqueViolation } from '../shared/unique-violation.js';
import { findProduct } from './find-product.js';
import { orderableOffering } from './orderable-offering.js';
import type { CreateProductInput, ProductOutput } from './product.schema.js';

/** Registers a client's subscription to an orderable offering (`created`, or `active` for a working line). */
export async function createProduct(ctx: TelecomContext, input: CreateProductInput): Promise<ProductOutput> {
  authorize(ctx.ability, 'create', 'telecom.Product');
  const tenantId = ctx.actor.tenantId;
  await readableAccount(ctx, input.accountId);
  const offering = await orderableOffering(ctx.tdb, tenantId, input.productOffering.id, 'productOffering.id');
  const id = newId();
  const now = new Date();
  const status = input.status ?? 'created';
  try {
    await ctx.tdb.telecomProduct.create({
      data: {
        tenantId,
        id,
        accountId: input.accountId,
        offeringId: offering.id,
        name: input.name ?? offering.name,
        productSerialNumber: input.productSerialNumber,
        status,
        orderDate: now,
        startDate: status === 'active' ? (input.startDate ? new Date(input.startDate) : now) : null,
        statusChangedAt: now,
      },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw AppError.invalid([
        { field: 'productSerialNumber', message: `line ${input.productSerialNumber} is already subscribed` },
      ]);
    throw error;
  }
  await recordStatusChange(ctx.tdb, {
    tenantId,
    entityType: 'product',
    entityId: id,
    fromStatus: null,
    toStatus: status,
    actorUserId: ctx.actor.userId,
    at: now,
  });
  const product = await findProduct(ctx, id);
  await recordAudit(ctx, {
    action: 'telecom.product.created',
    recordType: 'telecom.product',
    recordId: id,
    after: product,
  });
  return product;
}
