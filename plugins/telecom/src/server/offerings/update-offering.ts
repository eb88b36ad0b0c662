import { AppError, authorize, recordAudit } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { isUniqueViolation } from '../shared/unique-violation.js';
import { nameTaken } from './create-offering.js';
import { findOffering } from './find-offering.js';
import { editablePriceStatuses } from './offering-lifecycle.js';
import type { OfferingOutput, UpdateOfferingInput } from './offering.schema.js';
import { priceIssues, replaceBundle, replacePrices } from './write-offering-parts.js';

/**
 * Changes an offering's details. Prices and bundle contents change only before launch (In study,
 * In design, In test): a tariff on the market keeps its prices, a new version is a new offering.
 */
export async function updateOffering(
  ctx: TelecomContext,
  input: UpdateOfferingInput,
): Promise<OfferingOutput> {
  authorize(ctx.ability, 'update', 'telecom.ProductOffering');
  const before = await findOffering(ctx, input.id);
  const tenantId = ctx.actor.tenantId;
  const fixed = !editablePriceStatuses.includes(before.lifecycleStatus);
  for (const field of ['productOfferingPrice', 'bundledProductOffering', 'isBundle'] as const) {
    if (fixed && input[field] !== undefined)
      throw AppError.invalid([
        {
          field,
          message: `cannot change once the offering is ${before.lifecycleStatus}; create a new version instead`,
        },
      ]);
  }
  if (input.productOfferingPrice) {
    const issues = priceIssues(input.productOfferingPrice);
    if (issues.length > 0) throw AppError.invalid(issues);
  }
  const isBundle = input.isBundle ?? before.isBundle;
  const partCount = input.bundledProductOffering?.length ?? before.bundledProductOffering.length;
  if (isBundle && partCount === 0)
    throw AppError.invalid([
      { field: 'bundledProductOffering', message: 'a bundle needs at least one offering' },
    ]);
  try {
    await ctx.tdb.telecomProductOffering.updateMany({
      where: { tenantId, id: input.id },
      data: {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.version !== undefined ? { catalogVersion: input.version } : {}),
        ...(input.isBundle !== undefined ? { isBundle: input.isBundle } : {}),
        ...(input.isSellable !== undefined ? { isSellable: input.isSellable } : {}),
        ...(input.marketSegment !== undefined ? { marketSegment: input.marketSegment } : {}),
        ...(input.validFor !== undefined
          ? {
              validFrom: input.validFor.startDateTime ? new Date(input.validFor.startDateTime) : null,
              validTo: input.validFor.endDateTime ? new Date(input.validFor.endDateTime) : null,
            }
          : {}),
      },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(input.name ?? '');
    throw error;
  }
  if (input.productOfferingPrice)
    await replacePrices(ctx.tdb, tenantId, input.id, input.productOfferingPrice);
  if (input.bundledProductOffering)
    await replaceBundle(ctx.tdb, tenantId, input.id, input.bundledProductOffering);
  if (input.isBundle === false)
    await ctx.tdb.telecomBundledOffering.deleteMany({ where: { tenantId, bundleId: input.id } });
  const after = await findOffering(ctx, input.id);
  await recordAudit(ctx, {
    action: 'telecom.productOffering.updated',
    recordType: 'telecom.productOffering',
    recordId: input.id,
    before,
    after,
  });
  return after;
}
