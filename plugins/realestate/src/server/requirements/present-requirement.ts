import type { Prisma } from '../../generated/prisma/client.js';
import { propertyTypes } from '../properties/reso-values.js';
import { numberOrNull, oneOf } from '../values.js';
import type { RequirementOutput, requirementSelect } from './requirement.schema.js';
import { allowedRequirementTransitions, requirementStatuses } from './requirement-state-machine.js';

export type RequirementRow = Prisma.RealestateRequirementGetPayload<{ select: typeof requirementSelect }>;

export function presentRequirement(row: RequirementRow): RequirementOutput {
  const status = oneOf(requirementStatuses, row.status);
  return {
    ...row,
    status,
    allowedTransitions: [...allowedRequirementTransitions(status)],
    PropertyType: oneOf(propertyTypes, row.PropertyType),
    minPrice: numberOrNull(row.minPrice),
    maxPrice: numberOrNull(row.maxPrice),
    minArea: numberOrNull(row.minArea),
    maxArea: numberOrNull(row.maxArea),
  };
}
