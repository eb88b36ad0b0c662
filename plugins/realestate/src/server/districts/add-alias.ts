import { AppError, authorize, newId, recordAudit } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import type { AddAliasInput, DistrictOutput } from './district.schema.js';
import { normalizeDistrictName } from './normalize-name.js';
import { districtSelect, presentDistrict } from './present-district.js';

/**
 * Teaches the dictionary another name of a district (a person confirmed that a variant means it):
 * from then on the variant maps exactly. Objects still waiting with that district text are mapped
 * at once.
 */
export async function addDistrictAlias(
  ctx: RealestateContext,
  input: AddAliasInput,
): Promise<DistrictOutput> {
  authorize(ctx.ability, 'update', 'realestate.District');
  const tenantId = ctx.actor.tenantId;
  const district = await ctx.rdb.realestateDistrict.findFirst({
    where: { tenantId, id: input.id },
    select: { id: true, name: true },
  });
  if (!district) throw AppError.notFound('District');
  const normalized = normalizeDistrictName(input.alias);
  if (!normalized) throw AppError.invalid([{ field: 'alias', message: 'has no letters or digits' }]);
  const existing = await ctx.rdb.realestateDistrictAlias.findFirst({
    where: { tenantId, normalized },
    select: { districtId: true, district: { select: { name: true } } },
  });
  if (existing && existing.districtId !== input.id) {
    throw AppError.invalid([
      { field: 'alias', message: `already names the district ${existing.district.name}` },
    ]);
  }
  if (!existing) {
    await ctx.rdb.realestateDistrictAlias.create({
      data: {
        tenantId,
        id: newId(),
        districtId: input.id,
        alias: input.alias,
        normalized,
        source: 'learned',
      },
      select: { id: true },
    });
  }
  // Objects whose typed district had no match get it now.
  const waiting = await ctx.rdb.realestateProperty.findMany({
    where: { tenantId, districtId: null, districtInput: { not: null } },
    select: { ListingKey: true, districtInput: true },
  });
  const mapped = waiting.filter(
    (p) => p.districtInput && normalizeDistrictName(p.districtInput) === normalized,
  );
  if (mapped.length > 0) {
    await ctx.rdb.realestateProperty.updateMany({
      where: { tenantId, ListingKey: { in: mapped.map((p) => p.ListingKey) }, districtId: null },
      data: { districtId: input.id, MLSAreaMajor: district.name, districtMatch: 'alias' },
    });
  }
  const row = await ctx.rdb.realestateDistrict.findFirstOrThrow({
    where: { tenantId, id: input.id },
    select: districtSelect,
  });
  const after = presentDistrict(row);
  await recordAudit(ctx, {
    action: 'realestate.district.alias_added',
    recordType: 'realestate.district',
    recordId: input.id,
    after: { alias: input.alias, normalized, mappedObjects: mapped.map((p) => p.ListingKey) },
  });
  return after;
}
