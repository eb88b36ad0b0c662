import { AppError, authorize, newId, recordAudit } from '@crm/core';
import type { TelecomContext } from '../../db.js';
import { recordStatusChange } from '../shared/record-status-change.js';
import { isUniqueViolation } from '../shared/unique-violation.js';
import { findOffering } from './find-offering.js';
import type { CreateOfferingInput, OfferingOutput } from './offering.schema.js';
import { priceIssues, replaceBundle, replacePrices } from './write-offering-parts.js';

export const nameTaken = (name: string) =>
  AppError.invalid([{ field: 'name', message: `a product offering named ${name} exists already` }]);

/** Adds a tariff or a service package to the catalogue; it starts "In study". */
export async function createOffering(
  ctx: TelecomContext,
  input: CreateOfferingInput,
): Promise<OfferingOutput> {
  authorize(ctx.ability, 'create', 'telecom.ProductOffering');
  const parts = input.bundledProductOffering ?? [];
  const isBundle = input.isBundle ?? parts.length > 0;
  if (isBundle && parts.length === 0)
    throw AppError.invalid([
      { field: 'bundledProductOffering', message: 'a bundle needs at least one offering' },
    ]);
  const prices = input.productOfferingPrice ?? [];
  const issues = priceIssues(prices);
  if (issues.length > 0) throw AppError.invalid(issues);
  const tenantId = ctx.actor.tenantId;
  const id = newId();
  const now = new Date();
  try {
    await ctx.tdb.telecomProductOffering.create({
      data: {
        tenantId,
        id,
        name: input.name,
        description: input.description ?? null,
        catalogVersion: input.version ?? '1.0',
        isBundle,
        isSellable: input.isSellable ?? true,
        marketSegment: input.marketSegment ?? [],
        validFrom: input.validFor?.startDateTime ? new Date(input.validFor.startDateTime) : null,
        validTo: input.validFor?.endDateTime ? new Date(input.validFor.endDateTime) : null,
      },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(input.name);
    throw error;
  }
  await replacePrices(ctx.tdb, tenantId, id, prices);
  if (parts.length > 0) await replaceBundle(ctx.tdb, tenantId, id, parts);
  await recordStatusChange(ctx.tdb, {
    tenantId,
    entityType: 'productOffering',
    entityId: id,
    fromStatus: null,
    toStatus: 'In study',
    actorUserId: ctx.actor.userId,
    at: now,
  });
  const offering = await findOffering(ctx, id);
  await recordAudit(ctx, {
    action: 'telecom.productOffering.created',
    recordType: 'telecom.productOffering',
    recordId: id,
    after: offering,
  });
  return offering;
}
