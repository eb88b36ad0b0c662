import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';

export const approvalStatuses = ['pending', 'approved', 'rejected', 'cancelled'] as const;

export const approvalOutput = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  runId: z.uuid(),
  stepId: z.string(),
  roleKey: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  recordType: z.string().nullable(),
  recordId: z.uuid().nullable(),
  status: z.enum(approvalStatuses),
  decidedById: z.uuid().nullable(),
  comment: z.string().nullable(),
  decidedAt: z.date().nullable(),
  createdAt: z.date(),
});
export type ApprovalOutput = z.infer<typeof approvalOutput>;

export const listApprovalsInput = z.strictObject({
  status: z.enum(approvalStatuses).default('pending'),
  runId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(512).optional(),
});
export type ListApprovalsInput = z.infer<typeof listApprovalsInput>;

export const decideApprovalInput = z.strictObject({
  id: z.uuid(),
  comment: z.string().trim().min(1).max(5_000).optional(),
});
export type DecideApprovalInput = z.infer<typeof decideApprovalInput>;

export const approvalSelect = {
  id: true,
  tenantId: true,
  runId: true,
  stepId: true,
  roleKey: true,
  title: true,
  description: true,
  recordType: true,
  recordId: true,
  status: true,
  decidedById: true,
  comment: true,
  decidedAt: true,
  createdAt: true,
} satisfies Prisma.WorkflowApprovalSelect;
type ApprovalRow = Prisma.WorkflowApprovalGetPayload<{ select: typeof approvalSelect }>;

export function presentApproval(row: ApprovalRow): ApprovalOutput {
  return { ...row, status: approvalStatuses.find((s) => s === row.status) ?? 'pending' };
}
