import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client.js';

const teamMemberInput = z.strictObject({ userId: z.uuid(), isManager: z.boolean().default(false) });

export const createTeamInput = z.strictObject({
  name: z.string().trim().min(1).max(100),
  members: z.array(teamMemberInput).max(500).default([]),
});
export type CreateTeamInput = z.infer<typeof createTeamInput>;

export const updateTeamInput = z.strictObject({
  id: z.uuid(),
  name: z.string().trim().min(1).max(100).optional(),
  /** Replaces the member list when given. */
  members: z.array(teamMemberInput).max(500).optional(),
});
export type UpdateTeamInput = z.infer<typeof updateTeamInput>;

export const teamOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  members: z.array(z.object({ userId: z.uuid(), isManager: z.boolean() })),
  createdAt: z.date(),
});
export type TeamOutput = z.infer<typeof teamOutput>;

export const teamSelect = {
  id: true,
  name: true,
  createdAt: true,
  members: { select: { userId: true, isManager: true }, orderBy: { userId: 'asc' } },
} satisfies Prisma.TeamSelect;
