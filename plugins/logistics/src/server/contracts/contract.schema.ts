import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { renewalStages } from './renewal-countdown.js';

export const contractKinds = ['client', 'supplier', 'carrier'] as const;
export const contractStatuses = ['draft', 'active', 'expired', 'terminated'] as const;

const day = z.iso.date();
const terms = {
  number: z.string().trim().min(1).max(60),
  accountId: z.uuid(),
  kind: z.enum(contractKinds),
  status: z.enum(contractStatuses).optional(),
  startsOn: day,
  endsOn: day,
  autoRenew: z.boolean().optional(),
  renewalTermMonths: z.number().int().min(1).max(120).optional(),
  noticeDays: z.number().int().min(0).max(365).optional(),
  ownerId: z.uuid().nullable().optional(),
  notes: z.string().trim().max(2000).nullable().optional(),
};

const termOrder = (value: { startsOn?: string | undefined; endsOn?: string | undefined }) =>
  !value.startsOn || !value.endsOn || value.endsOn > value.startsOn;
const termIssue = { message: 'must be after startsOn', path: ['endsOn'] };

export const createContractInput = z.strictObject(terms).refine(termOrder, termIssue);
export type CreateContractInput = z.infer<typeof createContractInput>;

export const updateContractInput = z
  .strictObject({
    id: z.uuid(),
    expectedVersion: z.number().int().optional(),
    number: terms.number.optional(),
    status: terms.status,
    startsOn: day.optional(),
    endsOn: day.optional(),
    autoRenew: terms.autoRenew,
    renewalTermMonths: terms.renewalTermMonths,
    noticeDays: terms.noticeDays,
    ownerId: terms.ownerId,
    notes: terms.notes,
  })
  .refine(termOrder, termIssue);
export type UpdateContractInput = z.infer<typeof updateContractInput>;

export const listContractsInput = z.object({
  accountId: z.uuid().optional(),
  kind: z.enum(contractKinds).optional(),
  status: z.enum(contractStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListContractsInput = z.infer<typeof listContractsInput>;

export const contractsToRenewInput = z.object({
  /** Contracts ending within this many days (default 90). */
  withinDays: z.coerce.number().int().min(1).max(730).default(90),
  kind: z.enum(contractKinds).optional(),
});
export type ContractsToRenewInput = z.infer<typeof contractsToRenewInput>;

export const contractSelect = {
  id: true,
  tenantId: true,
  number: true,
  accountId: true,
  kind: true,
  status: true,
  startsOn: true,
  endsOn: true,
  autoRenew: true,
  renewalTermMonths: true,
  noticeDays: true,
  ownerId: true,
  notes: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.LogisticsContractSelect;

export const contractOutput = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  number: z.string(),
  accountId: z.uuid(),
  kind: z.enum(contractKinds),
  status: z.enum(contractStatuses),
  startsOn: z.string(),
  endsOn: z.string(),
  autoRenew: z.boolean(),
  renewalTermMonths: z.number().int(),
  noticeDays: z.number().int(),
  /** endsOn − noticeDays: the last day to give notice (or to renegotiate). */
  noticeDeadline: z.string(),
  ownerId: z.uuid().nullable(),
  notes: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type ContractOutput = z.infer<typeof contractOutput>;

export const contractToRenewOutput = contractOutput.extend({
  accountName: z.string(),
  daysToEnd: z.number().int(),
  daysToNotice: z.number().int(),
  stage: z.enum(renewalStages),
});
export type ContractToRenewOutput = z.infer<typeof contractToRenewOutput>;
