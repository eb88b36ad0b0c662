import { AppError } from '@crm/core';
import type { RealestateDb } from '../../db.js';
import { resolveDistrict } from '../districts/resolve-district.js';

export interface DistrictFields {
  districtId: string | null;
  MLSAreaMajor: string | null;
  districtInput: string | null;
  districtMatch: 'exact' | 'alias' | 'fuzzy' | 'manual' | 'none';
}

/**
 * The district fields of an object: a dictionary district chosen explicitly, or the typed name
 * normalised to the dictionary (exact, alias or fuzzy); unknown names are kept as typed, with no
 * district, until someone adds them as an alias.
 */
export async function assignDistrict(
  rdb: RealestateDb,
  tenantId: string,
  input: { districtId?: string | null | undefined; MLSAreaMajor?: string | null | undefined; City: string },
): Promise<DistrictFields> {
  if (input.districtId) {
    const district = await rdb.realestateDistrict.findFirst({
      where: { tenantId, id: input.districtId },
      select: { id: true, name: true, active: true },
    });
    if (!district) throw AppError.invalid([{ field: 'districtId', message: 'no such district' }]);
    if (!district.active) throw AppError.invalid([{ field: 'districtId', message: 'is out of use' }]);
    return {
      districtId: district.id,
      MLSAreaMajor: district.name,
      districtInput: input.MLSAreaMajor ?? null,
      districtMatch: 'manual',
    };
  }
  if (!input.MLSAreaMajor) {
    return { districtId: null, MLSAreaMajor: null, districtInput: null, districtMatch: 'none' };
  }
  const resolved = await resolveDistrict(rdb, tenantId, input.MLSAreaMajor, input.City);
  if (resolved.match === 'none' || !resolved.districtId) {
    return {
      districtId: null,
      MLSAreaMajor: input.MLSAreaMajor,
      districtInput: input.MLSAreaMajor,
      districtMatch: 'none',
    };
  }
  return {
    districtId: resolved.districtId,
    MLSAreaMajor: resolved.name,
    districtInput: input.MLSAreaMajor,
    districtMatch: resolved.match,
  };
}
