import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';

export const handoverStatuses = ['open', 'reassigned', 'closed'] as const;

export const startHandoverInput = z.strictObject({
  /** The manager who is leaving: their exports freeze now, their clients move on the next handover run. */
  departingUserId: z.uuid(),
  reason: z.string().trim().min(1).max(500).nullable().optional(),
  /** How long to watch the moved clients for loss (days). */
  watchDays: z.number().int().min(1).max(365).default(90),
});
export type StartHandoverInput = z.infer<typeof startHandoverInput>;

export const handoverSelect = {
  id: true,
  departingUserId: true,
  status: true,
  reason: true,
  watchDays: true,
  startedAt: true,
  reassignedAt: true,
  closedAt: true,
  version: true,
  clients: {
    orderBy: { planId: 'asc' },
    select: {
      planId: true,
      toUserId: true,
      introTaskId: true,
      balanceAtHandover: true,
      productsAtHandover: true,
      lostAt: true,
      lossSignal: true,
    },
  },
} satisfies Prisma.BankHandoverSelect;
export type HandoverRow = Prisma.BankHandoverGetPayload<{ select: typeof handoverSelect }>;

export const handoverOutput = z.object({
  id: z.uuid(),
  departingUserId: z.uuid(),
  status: z.enum(handoverStatuses),
  reason: z.string().nullable(),
  watchDays: z.number().int(),
  startedAt: z.date(),
  reassignedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  /** Whether the departing manager's bulk exports are frozen now. */
  exportsFrozen: z.boolean(),
  clients: z.array(
    z.object({
      planId: z.uuid(),
      toUserId: z.uuid().nullable(),
      introTaskId: z.uuid().nullable(),
      balanceAtHandover: z.string(),
      productsAtHandover: z.number().int(),
      lostAt: z.date().nullable(),
      lossSignal: z.string().nullable(),
    }),
  ),
  version: z.number().int(),
});
export type HandoverOutput = z.infer<typeof handoverOutput>;

/** A member who could be handed over: who they are and what they hold. */
export const handoverCandidateOutput = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  /** Open client plans they manage now (what a handover would move). */
  clients: z.number().int(),
  /** A handover of theirs is running already (starting another is refused). */
  handoverRunning: z.boolean(),
});
export type HandoverCandidate = z.infer<typeof handoverCandidateOutput>;
