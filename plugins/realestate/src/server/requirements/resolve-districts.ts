import { AppError } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { resolveDistrict } from '../districts/resolve-district.js';

/**
 * The dictionary districts of a requirement: ids checked to exist, names normalised (a name the
 * dictionary does not know is refused, naming `districts.<i>`, so a buyer is never silently
 * matched everywhere).
 */
export async function requirementDistricts(
  ctx: RealestateContext,
  input: {
    districtIds?: string[] | undefined;
    districts?: string[] | undefined;
    City?: string | null | undefined;
  },
): Promise<string[] | undefined> {
  if (input.districtIds === undefined && input.districts === undefined) return undefined;
  const ids = new Set(input.districtIds ?? []);
  if (ids.size > 0) {
    const known = await ctx.rdb.realestateDistrict.findMany({
      where: { tenantId: ctx.actor.tenantId, id: { in: [...ids] } },
      select: { id: true },
    });
    const knownIds = new Set(known.map((d) => d.id));
    const missing = (input.districtIds ?? []).flatMap((id, i) =>
      knownIds.has(id) ? [] : [{ field: `districtIds.${i}`, message: 'no such district' }],
    );
    if (missing.length > 0) throw AppError.invalid(missing);
  }
  const unknown: { field: string; message: string }[] = [];
  for (const [i, name] of (input.districts ?? []).entries()) {
    const resolved = await resolveDistrict(ctx.rdb, ctx.actor.tenantId, name, input.City);
    if (resolved.districtId) ids.add(resolved.districtId);
    else
      unknown.push({ field: `districts.${i}`, message: `no district in the dictionary is called ${name}` });
  }
  if (unknown.length > 0) throw AppError.invalid(unknown);
  return [...ids];
}
