import { AppError, authorize, recordAudit } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { checkContact, checkMember } from '../properties/check-references.js';
import { findRequirement } from './find-requirement.js';
import type { RequirementOutput, UpdateRequirementInput } from './requirement.schema.js';
import { requirementDistricts } from './resolve-districts.js';

/** Changes a requirement's criteria or people; matching runs again for it. */
export async function updateRequirement(
  ctx: RealestateContext,
  input: UpdateRequirementInput,
): Promise<RequirementOutput> {
  authorize(ctx.ability, 'update', 'realestate.Requirement');
  const before = await findRequirement(ctx, input.id);
  const { id, expectedVersion, districts, ...criteria } = input;
  await checkMember(ctx, 'agentId', criteria.agentId);
  await checkContact(ctx, 'contactId', criteria.contactId);
  const districtIds = await requirementDistricts(ctx, {
    ...criteria,
    districts,
    City: criteria.City === undefined ? before.City : criteria.City,
  });
  // A range is checked against the stored other end too.
  const merged = { ...before, ...criteria };
  const ranges = [
    ['minPrice', 'maxPrice'],
    ['minArea', 'maxArea'],
    ['minBedrooms', 'maxBedrooms'],
    ['minFloor', 'maxFloor'],
  ] as const;
  for (const [min, max] of ranges) {
    const low = merged[min];
    const high = merged[max];
    if (low !== null && high !== null && high < low) {
      throw AppError.invalid([{ field: max, message: `must not be below ${min}` }]);
    }
  }
  const updated = await ctx.rdb.realestateRequirement.updateMany({
    where: { tenantId: ctx.actor.tenantId, id, version: expectedVersion ?? before.version },
    data: { ...criteria, ...(districtIds ? { districtIds } : {}), matchRequestedAt: new Date() },
  });
  if (updated.count === 0)
    throw AppError.conflict('The requirement was changed meanwhile; reload it and retry');
  const after = await findRequirement(ctx, id);
  await recordAudit(ctx, {
    action: 'realestate.requirement.updated',
    recordType: 'realestate.requirement',
    recordId: id,
    before,
    after,
  });
  return after;
}
