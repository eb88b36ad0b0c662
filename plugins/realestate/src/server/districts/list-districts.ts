import { authorize } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import type { DistrictOutput, ListDistrictsInput } from './district.schema.js';
import { districtSelect, presentDistrict } from './present-district.js';

/** The tenant's district dictionary with aliases, by city and name (at most 1,000 districts). */
export async function listDistricts(
  ctx: RealestateContext,
  input: ListDistrictsInput,
): Promise<{ items: DistrictOutput[] }> {
  authorize(ctx.ability, 'read', 'realestate.District');
  const text = input.search ? { contains: input.search, mode: 'insensitive' as const } : undefined;
  const rows = await ctx.rdb.realestateDistrict.findMany({
    where: {
      tenantId: ctx.actor.tenantId,
      ...(input.City ? { City: { equals: input.City, mode: 'insensitive' as const } } : {}),
      ...(text ? { OR: [{ name: text }, { aliases: { some: { alias: text } } }] } : {}),
    },
    orderBy: [{ City: 'asc' }, { name: 'asc' }],
    take: 1000,
    select: districtSelect,
  });
  return { items: rows.map(presentDistrict) };
}
