import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { propertyTypes } from '../properties/reso-values.js';
import { requirementStatuses } from './requirement-state-machine.js';

const money = z.number().min(0).max(1e12).nullable().optional();
const area = z.number().positive().max(100_000).nullable().optional();
const small = (min: number, max: number) => z.number().int().min(min).max(max).nullable().optional();

const criteria = {
  name: z.string().trim().min(1).max(200),
  /** The buyer (a core contact). */
  contactId: z.uuid().nullable().optional(),
  /** The agent working the requirement (default: who creates it). */
  agentId: z.uuid().nullable().optional(),
  PropertyType: z.enum(propertyTypes).optional(),
  City: z.string().trim().min(1).max(100).nullable().optional(),
  /** Dictionary districts; or `districts` as names, normalised to the dictionary. */
  districtIds: z.array(z.uuid()).max(50).optional(),
  districts: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
  minPrice: money,
  maxPrice: money,
  minArea: area,
  maxArea: area,
  minBedrooms: small(0, 50),
  maxBedrooms: small(0, 50),
  minFloor: small(-5, 200),
  maxFloor: small(-5, 200),
  notFirstFloor: z.boolean().optional(),
  notLastFloor: z.boolean().optional(),
  notes: z.string().trim().max(2000).nullable().optional(),
};

type Ranges = Partial<
  Record<
    'minPrice' | 'maxPrice' | 'minArea' | 'maxArea' | 'minBedrooms' | 'maxBedrooms' | 'minFloor' | 'maxFloor',
    number | null
  >
>;

const rangeChecks: [keyof Ranges, keyof Ranges][] = [
  ['minPrice', 'maxPrice'],
  ['minArea', 'maxArea'],
  ['minBedrooms', 'maxBedrooms'],
  ['minFloor', 'maxFloor'],
];

/** Every range whose maximum is below its minimum, as an issue on the maximum. */
function checkRanges(value: Ranges, context: z.RefinementCtx) {
  for (const [min, max] of rangeChecks) {
    const low = value[min];
    const high = value[max];
    if (low !== null && low !== undefined && high !== null && high !== undefined && high < low) {
      context.addIssue({ code: 'custom', message: `must not be below ${min}`, path: [max] });
    }
  }
}

export const createRequirementInput = z.strictObject(criteria).superRefine(checkRanges);
export type CreateRequirementInput = z.infer<typeof createRequirementInput>;

export const updateRequirementInput = z
  .strictObject({
    id: z.uuid(),
    expectedVersion: z.number().int().optional(),
    ...criteria,
    name: criteria.name.optional(),
  })
  .superRefine(checkRanges);
export type UpdateRequirementInput = z.infer<typeof updateRequirementInput>;

export const transitionRequirementInput = z.strictObject({
  id: z.uuid(),
  status: z.enum(requirementStatuses),
  expectedVersion: z.number().int().optional(),
});
export type TransitionRequirementInput = z.infer<typeof transitionRequirementInput>;

export const listRequirementsInput = z.object({
  status: z.enum(requirementStatuses).optional(),
  agentId: z.uuid().optional(),
  contactId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListRequirementsInput = z.infer<typeof listRequirementsInput>;

export const requirementSelect = {
  id: true,
  tenantId: true,
  name: true,
  contactId: true,
  agentId: true,
  status: true,
  PropertyType: true,
  City: true,
  districtIds: true,
  minPrice: true,
  maxPrice: true,
  minArea: true,
  maxArea: true,
  minBedrooms: true,
  maxBedrooms: true,
  minFloor: true,
  maxFloor: true,
  notFirstFloor: true,
  notLastFloor: true,
  notes: true,
  createdById: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.RealestateRequirementSelect;

export const requirementOutput = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  name: z.string(),
  contactId: z.uuid().nullable(),
  agentId: z.uuid().nullable(),
  status: z.enum(requirementStatuses),
  allowedTransitions: z.array(z.enum(requirementStatuses)),
  PropertyType: z.enum(propertyTypes),
  City: z.string().nullable(),
  districtIds: z.array(z.uuid()),
  minPrice: z.number().nullable(),
  maxPrice: z.number().nullable(),
  minArea: z.number().nullable(),
  maxArea: z.number().nullable(),
  minBedrooms: z.number().int().nullable(),
  maxBedrooms: z.number().int().nullable(),
  minFloor: z.number().int().nullable(),
  maxFloor: z.number().int().nullable(),
  notFirstFloor: z.boolean(),
  notLastFloor: z.boolean(),
  notes: z.string().nullable(),
  createdById: z.uuid().nullable(),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type RequirementOutput = z.infer<typeof requirementOutput>;
