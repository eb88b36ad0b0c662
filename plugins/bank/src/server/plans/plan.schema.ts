import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { tierOutput, tierSelect } from '../tiers/tier.schema.js';

export const planStatuses = ['active', 'dormant', 'closed'] as const;
export const valueTiers = ['A', 'B', 'C', 'D'] as const;
export const clientTypes = ['individual', 'organisation'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);

export const createPlanInput = z
  .strictObject({
    /** An individual client: a core contact. */
    contactId: z.uuid().optional(),
    /** An organisation client: a core account. */
    accountId: z.uuid().optional(),
    tierKey: text(32),
    /** Only with `assign` when the client is owned by someone else; otherwise the rules decide. */
    managerId: z.uuid().optional(),
    segment: text(60).nullable().optional(),
    region: text(100).nullable().optional(),
    insight: text(2000).nullable().optional(),
  })
  .superRefine((input, issue) => {
    if ((input.contactId === undefined) === (input.accountId === undefined)) {
      issue.addIssue({
        code: 'custom',
        path: [input.contactId === undefined ? 'contactId' : 'accountId'],
        message: 'give exactly one of contactId (an individual) and accountId (an organisation)',
      });
    }
  });
export type CreatePlanInput = z.infer<typeof createPlanInput>;

export const updatePlanInput = z.strictObject({
  id: z.uuid(),
  expectedVersion: z.number().int().optional(),
  tierKey: text(32).optional(),
  segment: text(60).nullable().optional(),
  region: text(100).nullable().optional(),
  status: z.enum(planStatuses).optional(),
  insight: text(2000).nullable().optional(),
});
export type UpdatePlanInput = z.infer<typeof updatePlanInput>;

export const assignPlanInput = z.strictObject({
  id: z.uuid(),
  /** The new manager; omitted: the distribution rules choose. */
  managerId: z.uuid().optional(),
  reason: text(500).optional(),
});
export type AssignPlanInput = z.infer<typeof assignPlanInput>;

export const listPlansInput = z.object({
  /** The plan of one client: a core contact (an individual) or a core account (an organisation). */
  contactId: z.uuid().optional(),
  accountId: z.uuid().optional(),
  managerId: z.uuid().optional(),
  tierKey: text(32).optional(),
  valueTier: z.enum(valueTiers).optional(),
  status: z.enum(planStatuses).optional(),
  /** Only clients whose next contact is due (or overdue) now. */
  due: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.uuid().optional(),
});
export type ListPlansInput = z.infer<typeof listPlansInput>;

export const planSelect = {
  id: true,
  tenantId: true,
  clientType: true,
  contactId: true,
  accountId: true,
  managerId: true,
  teamId: true,
  segment: true,
  region: true,
  status: true,
  valueTier: true,
  insight: true,
  lastContactAt: true,
  nextContactDueAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  tier: { select: tierSelect },
} satisfies Prisma.BankRelationshipPlanSelect;
export type PlanRow = Prisma.BankRelationshipPlanGetPayload<{ select: typeof planSelect }>;

export const planOutput = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  clientType: z.enum(clientTypes),
  contactId: z.uuid().nullable(),
  accountId: z.uuid().nullable(),
  /** The contact's full name or the account's name. */
  clientName: z.string(),
  tier: tierOutput,
  managerId: z.uuid().nullable(),
  teamId: z.uuid().nullable(),
  segment: z.string().nullable(),
  region: z.string().nullable(),
  status: z.enum(planStatuses),
  valueTier: z.enum(valueTiers).nullable(),
  insight: z.string().nullable(),
  lastContactAt: z.date().nullable(),
  nextContactDueAt: z.date().nullable(),
  /** Whole days the next contact is overdue (0 when on time). */
  daysOverdue: z.number().int(),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type PlanOutput = z.infer<typeof planOutput>;

export const assignmentOutput = z.object({
  managerId: z.uuid().nullable(),
  teamId: z.uuid().nullable(),
  /** Why this manager: the client's existing owner, a distribution rule, an explicit choice, or the creator. */
  by: z.enum(['owner', 'rule', 'explicit', 'creator']),
  ruleId: z.uuid().nullable(),
});
export type AssignmentOutput = z.infer<typeof assignmentOutput>;
