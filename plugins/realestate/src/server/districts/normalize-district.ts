import { authorize } from '@crm/core';
import type { z } from 'zod';
import type { RealestateContext } from '../../db.js';
import type { DistrictResolution, normalizeDistrictInput } from './district.schema.js';
import { resolveDistrict } from './resolve-district.js';

/** Shows how a typed district name maps to the dictionary (what saving an object would do). */
export async function normalizeDistrict(
  ctx: RealestateContext,
  input: z.infer<typeof normalizeDistrictInput>,
): Promise<DistrictResolution> {
  authorize(ctx.ability, 'read', 'realestate.District');
  return resolveDistrict(ctx.rdb, ctx.actor.tenantId, input.name, input.City);
}
