import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { clientTypes } from '../plans/plan.schema.js';

const text = (max: number) => z.string().trim().min(1).max(max);

const ruleFields = {
  name: text(100),
  /** Lower runs first. */
  priority: z.number().int().min(0).max(10_000),
  active: z.boolean(),
  clientType: z.enum(clientTypes).nullable(),
  segment: text(60).nullable(),
  region: text(100).nullable(),
  tierKey: text(32).nullable(),
  /** The department (a core team) the clients go to. */
  teamId: z.uuid().nullable(),
  /** The managers who share the clients (least loaded first); active members. */
  managerIds: z
    .array(z.uuid())
    .min(1)
    .max(200)
    .refine((ids) => new Set(ids).size === ids.length, 'must not repeat a manager'),
};

export const createRuleInput = z.strictObject({
  name: ruleFields.name,
  priority: ruleFields.priority.default(100),
  active: ruleFields.active.default(true),
  clientType: ruleFields.clientType.optional(),
  segment: ruleFields.segment.optional(),
  region: ruleFields.region.optional(),
  tierKey: ruleFields.tierKey.optional(),
  teamId: ruleFields.teamId.optional(),
  managerIds: ruleFields.managerIds,
});
export type CreateRuleInput = z.infer<typeof createRuleInput>;

export const updateRuleInput = z.strictObject({
  id: z.uuid(),
  expectedVersion: z.number().int().optional(),
  name: ruleFields.name.optional(),
  priority: ruleFields.priority.optional(),
  active: ruleFields.active.optional(),
  clientType: ruleFields.clientType.optional(),
  segment: ruleFields.segment.optional(),
  region: ruleFields.region.optional(),
  tierKey: ruleFields.tierKey.optional(),
  teamId: ruleFields.teamId.optional(),
  managerIds: ruleFields.managerIds.optional(),
});
export type UpdateRuleInput = z.infer<typeof updateRuleInput>;

export const ruleSelect = {
  id: true,
  name: true,
  priority: true,
  active: true,
  clientType: true,
  segment: true,
  region: true,
  teamId: true,
  managerIds: true,
  version: true,
  tier: { select: { key: true } },
} satisfies Prisma.BankDistributionRuleSelect;
type RuleRow = Prisma.BankDistributionRuleGetPayload<{ select: typeof ruleSelect }>;

export const ruleOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  priority: z.number().int(),
  active: z.boolean(),
  clientType: z.enum(clientTypes).nullable(),
  segment: z.string().nullable(),
  region: z.string().nullable(),
  tierKey: z.string().nullable(),
  teamId: z.uuid().nullable(),
  managerIds: z.array(z.uuid()),
  version: z.number().int(),
});
export type RuleOutput = z.infer<typeof ruleOutput>;

export function presentRule({ tier, clientType, ...row }: RuleRow): RuleOutput {
  return {
    ...row,
    clientType: clientTypes.find((t) => t === clientType) ?? null,
    tierKey: tier?.key ?? null,
  };
}
