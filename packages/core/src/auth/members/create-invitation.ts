import { recordAudit } from '../../audit/record-audit.js';
import { authorize } from '../../authz/index.js';
import { AppError } from '../../errors/index.js';
import { newId } from '../../ids.js';
import type { TenantContext } from '../../records/context.js';
import { hashToken, newToken } from '../tokens.js';
import { INVITATION_TTL_MS, type CreateInvitationInput, type InvitationOutput } from './member.schema.js';

export interface CreatedInvitation {
  invitation: InvitationOutput;
  /** The one-time secret for the link; stored only as its SHA-256. */
  token: string;
  tenantName: string;
  inviterName: string;
}

/**
 * Invites an e-mail address into the tenant with a role. The link works once, for 7 days; a newer
 * invitation to the same address ends the older ones. Sending the e-mail is the caller's job, in the
 * same unit of work, so that a failed send leaves no invitation behind.
 */
export async function createInvitation(
  ctx: TenantContext,
  input: CreateInvitationInput,
): Promise<CreatedInvitation> {
  authorize(ctx.ability, 'create', 'Member');
  const tenantId = ctx.actor.tenantId;
  const role = await ctx.db.role.findFirst({
    where: { tenantId, key: input.roleKey },
    select: { id: true, key: true },
  });
  if (!role) throw AppError.invalid([{ field: 'roleKey', message: 'is not a role of this workspace' }]);
  const member = await ctx.db.membership.findFirst({
    where: { tenantId, disabledAt: null, user: { email: input.email } },
    select: { id: true },
  });
  if (member) throw AppError.conflict('This person is already a member of the workspace');

  const now = new Date();
  await ctx.db.invitation.updateMany({
    where: { tenantId, email: input.email, acceptedAt: null, expiresAt: { gt: now } },
    data: { expiresAt: now },
  });
  const token = newToken('crm_inv');
  const invitation = await ctx.db.invitation.create({
    data: {
      tenantId,
      id: newId(),
      email: input.email,
      roleId: role.id,
      tokenHash: hashToken(token),
      invitedById: ctx.actor.userId,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
    },
    select: { id: true, email: true, expiresAt: true, createdAt: true },
  });
  const tenant = await ctx.db.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { name: true } });
  const inviter = await ctx.db.user.findUniqueOrThrow({
    where: { id: ctx.actor.userId },
    select: { name: true },
  });
  await recordAudit(ctx, {
    action: 'invitation.sent',
    recordType: 'Invitation',
    recordId: invitation.id,
    after: { email: invitation.email, roleKey: role.key, expiresAt: invitation.expiresAt },
  });
  return {
    invitation: { ...invitation, roleKey: role.key },
    token,
    tenantName: tenant.name,
    inviterName: inviter.name,
  };
}
