import { AppError, authorize, newId, recordAudit } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { isUniqueViolation } from '../values.js';
import type { CreateDistrictInput, DistrictOutput } from './district.schema.js';
import { normalizeDistrictName } from './normalize-name.js';
import { districtSelect, presentDistrict } from './present-district.js';

/**
 * Adds a district to the tenant's dictionary with its aliases. Every name is stored normalised and
 * may belong to one district only (400 naming the field otherwise).
 */
export async function createDistrict(
  ctx: RealestateContext,
  input: CreateDistrictInput,
): Promise<DistrictOutput> {
  authorize(ctx.ability, 'create', 'realestate.District');
  const tenantId = ctx.actor.tenantId;
  const names = [
    { alias: input.name, source: 'name', field: 'name' },
    ...(input.aliases ?? []).map((alias, i) => ({ alias, source: 'alias', field: `aliases.${i}` })),
  ];
  const seen = new Map<string, string>();
  for (const entry of names) {
    const normalized = normalizeDistrictName(entry.alias);
    if (!normalized) throw AppError.invalid([{ field: entry.field, message: 'has no letters or digits' }]);
    if (seen.has(normalized))
      throw AppError.invalid([{ field: entry.field, message: 'repeats another name' }]);
    seen.set(normalized, entry.field);
  }
  const taken = await ctx.rdb.realestateDistrictAlias.findMany({
    where: { tenantId, normalized: { in: [...seen.keys()] } },
    select: { normalized: true, district: { select: { name: true } } },
  });
  if (taken.length > 0) {
    throw AppError.invalid(
      taken.map((t) => ({
        field: seen.get(t.normalized) ?? 'name',
        message: `already names the district ${t.district.name}`,
      })),
    );
  }
  const id = newId();
  try {
    await ctx.rdb.realestateDistrict.create({
      data: { tenantId, id, name: input.name, City: input.City },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw AppError.invalid([{ field: 'name', message: `exists already in ${input.City}` }]);
    }
    throw error;
  }
  await ctx.rdb.realestateDistrictAlias.createMany({
    data: names.map((entry) => ({
      tenantId,
      id: newId(),
      districtId: id,
      alias: entry.alias,
      normalized: normalizeDistrictName(entry.alias),
      source: entry.source,
    })),
  });
  const row = await ctx.rdb.realestateDistrict.findFirstOrThrow({
    where: { tenantId, id },
    select: districtSelect,
  });
  const district = presentDistrict(row);
  await recordAudit(ctx, {
    action: 'realestate.district.created',
    recordType: 'realestate.district',
    recordId: id,
    after: district,
  });
  return district;
}
