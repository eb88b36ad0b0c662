import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { listInputBase } from '../../records/list-input.js';
import { emailSchema } from '../identity/identity.schema.js';
import { newPasswordSchema } from '../password-policy.js';

const roleKey = z.string().trim().min(1).max(64);

export const listMembersInput = z.strictObject({
  limit: listInputBase.shape.limit,
  cursor: listInputBase.shape.cursor,
  /** Part of a name or e-mail address. */
  search: listInputBase.shape.search,
});
export type ListMembersInput = z.infer<typeof listMembersInput>;

export const memberOutput = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  roleKey: z.string(),
  roleName: z.string(),
  disabled: z.boolean(),
  joinedAt: z.date(),
});
export type MemberOutput = z.infer<typeof memberOutput>;

export const updateMemberInput = z
  .strictObject({ userId: z.uuid(), roleKey: roleKey.optional(), disabled: z.boolean().optional() })
  .refine((value) => value.roleKey !== undefined || value.disabled !== undefined, {
    message: 'send roleKey, disabled or both',
    path: ['roleKey'],
  });
export type UpdateMemberInput = z.infer<typeof updateMemberInput>;

export const memberSelect = {
  id: true,
  roleId: true,
  createdAt: true,
  disabledAt: true,
  user: { select: { id: true, name: true, email: true } },
  role: { select: { key: true, name: true } },
} satisfies Prisma.MembershipSelect;
export type MemberRow = Prisma.MembershipGetPayload<{ select: typeof memberSelect }>;

export function presentMember(row: MemberRow): MemberOutput {
  return {
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    roleKey: row.role.key,
    roleName: row.role.name,
    disabled: row.disabledAt !== null,
    joinedAt: row.createdAt,
  };
}

/** How long an invitation link works. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const createInvitationInput = z.strictObject({ email: emailSchema, roleKey });
export type CreateInvitationInput = z.infer<typeof createInvitationInput>;

export const invitationOutput = z.object({
  id: z.uuid(),
  email: z.string(),
  roleKey: z.string(),
  expiresAt: z.date(),
  createdAt: z.date(),
});
export type InvitationOutput = z.infer<typeof invitationOutput>;

/** Pending invitations: sent, not accepted, not expired or revoked. */
export const listInvitationsInput = z.strictObject({
  limit: listInputBase.shape.limit,
  cursor: listInputBase.shape.cursor,
});
export type ListInvitationsInput = z.infer<typeof listInvitationsInput>;

export const pendingInvitationOutput = invitationOutput.extend({
  roleName: z.string(),
  invitedByName: z.string(),
});
export type PendingInvitationOutput = z.infer<typeof pendingInvitationOutput>;

export const invitationTokenInput = z.strictObject({ token: z.string().min(1).max(200) });

/** What the invitation page shows before the invitee accepts: only the link's holder can ask. */
export const invitationPreviewOutput = z.object({
  email: z.string(),
  workspaceName: z.string(),
  roleName: z.string(),
  invitedByName: z.string(),
  expiresAt: z.date(),
  /** The address has an account: the invitee signs in and accepts, instead of creating one. */
  hasAccount: z.boolean(),
});
export type InvitationPreviewOutput = z.infer<typeof invitationPreviewOutput>;

/** A new user sends a name and a password; a signed-in user (the invited address) sends the token only. */
export const acceptInvitationInput = z.strictObject({
  token: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(200).optional(),
  password: newPasswordSchema.optional(),
});
export type AcceptInvitationInput = z.infer<typeof acceptInvitationInput>;
