import type { Prisma } from '../../generated/prisma/client.js';
import { oneOf } from '../values.js';
import { aliasSources, type DistrictOutput } from './district.schema.js';

export const districtSelect = {
  id: true,
  tenantId: true,
  name: true,
  City: true,
  active: true,
  version: true,
  aliases: { select: { alias: true, source: true }, orderBy: [{ source: 'asc' }, { alias: 'asc' }] },
} satisfies Prisma.RealestateDistrictSelect;

type DistrictRow = Prisma.RealestateDistrictGetPayload<{ select: typeof districtSelect }>;

export function presentDistrict(row: DistrictRow): DistrictOutput {
  return {
    ...row,
    aliases: row.aliases.map((a) => ({ alias: a.alias, source: oneOf(aliasSources, a.source) })),
  };
}
