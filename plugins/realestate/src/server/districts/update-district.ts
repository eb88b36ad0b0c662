import { AppError, authorize, newId, recordAudit } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { isUniqueViolation } from '../values.js';
import type { DistrictOutput, UpdateDistrictInput } from './district.schema.js';
import { normalizeDistrictName } from './normalize-name.js';
import { districtSelect, presentDistrict } from './present-district.js';

/**
 * Renames a district or takes it out of use (or back into use). A new name becomes the district's
 * own name in the dictionary (the old one stays as an alias, so objects typed with it still map) and
 * objects in the district show it (MLSAreaMajor). An inactive district keeps its objects and buyer
 * requirements, but normalisation no longer maps names to it.
 */
export async function updateDistrict(
  ctx: RealestateContext,
  input: UpdateDistrictInput,
): Promise<DistrictOutput> {
  authorize(ctx.ability, 'update', 'realestate.District');
  const tenantId = ctx.actor.tenantId;
  const row = await ctx.rdb.realestateDistrict.findFirst({
    where: { tenantId, id: input.id },
    select: districtSelect,
  });
  if (!row) throw AppError.notFound('District');
  const before = presentDistrict(row);
  const renamed = input.name !== undefined && input.name !== before.name;
  if (renamed) await checkNewName(ctx, input.id, input.name ?? '');
  try {
    const updated = await ctx.rdb.realestateDistrict.updateMany({
      where: { tenantId, id: input.id, version: input.expectedVersion ?? before.version },
      data: {
        ...(renamed ? { name: input.name } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
      },
    });
    if (updated.count === 0)
      throw AppError.conflict('The district was changed meanwhile; reload it and retry');
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw AppError.invalid([{ field: 'name', message: `exists already in ${before.City}` }]);
    }
    throw error;
  }
  if (renamed && input.name !== undefined) await renameInDictionary(ctx, input.id, input.name);
  const after = presentDistrict(
    await ctx.rdb.realestateDistrict.findFirstOrThrow({
      where: { tenantId, id: input.id },
      select: districtSelect,
    }),
  );
  await recordAudit(ctx, {
    action: 'realestate.district.updated',
    recordType: 'realestate.district',
    recordId: input.id,
    before,
    after,
  });
  return after;
}

/** The new name must have letters and must not already name another district. */
async function checkNewName(ctx: RealestateContext, id: string, name: string): Promise<void> {
  const normalized = normalizeDistrictName(name);
  if (!normalized) throw AppError.invalid([{ field: 'name', message: 'has no letters or digits' }]);
  const taken = await ctx.rdb.realestateDistrictAlias.findFirst({
    where: { tenantId: ctx.actor.tenantId, normalized, districtId: { not: id } },
    select: { district: { select: { name: true } } },
  });
  if (taken) {
    throw AppError.invalid([{ field: 'name', message: `already names the district ${taken.district.name}` }]);
  }
}

/** The old own name becomes an alias; the new one is the own name; objects show the new name. */
async function renameInDictionary(ctx: RealestateContext, id: string, name: string): Promise<void> {
  const tenantId = ctx.actor.tenantId;
  const normalized = normalizeDistrictName(name);
  await ctx.rdb.realestateDistrictAlias.updateMany({
    where: { tenantId, districtId: id, source: 'name' },
    data: { source: 'alias' },
  });
  const existing = await ctx.rdb.realestateDistrictAlias.findFirst({
    where: { tenantId, districtId: id, normalized },
    select: { id: true },
  });
  if (existing) {
    await ctx.rdb.realestateDistrictAlias.update({
      where: { tenantId_id: { tenantId, id: existing.id } },
      data: { alias: name, source: 'name' },
      select: { id: true },
    });
  } else {
    await ctx.rdb.realestateDistrictAlias.create({
      data: { tenantId, id: newId(), districtId: id, alias: name, normalized, source: 'name' },
      select: { id: true },
    });
  }
  await ctx.rdb.realestateProperty.updateMany({
    where: { tenantId, districtId: id },
    data: { MLSAreaMajor: name },
  });
}
