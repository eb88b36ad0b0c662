import type { Database } from '../../db/database.js';
import type { InvitationPreviewOutput } from './member.schema.js';
import { invalidInvitationLink, resolveInvitation } from './resolve-invitation.js';

/**
 * What an invitation link offers, for the page the e-mail opens: the workspace, the role, who invited
 * and the address it was sent to, and whether that address has an account (then the invitee signs in
 * to accept instead of creating one). The token is the only credential; a used, expired or revoked
 * link is 404 like one that never existed.
 */
export async function previewInvitation(database: Database, token: string): Promise<InvitationPreviewOutput> {
  const { tenantId, invitationId } = await resolveInvitation(database, token);
  return database.withTenant(tenantId, async (db) => {
    const invitation = await db.invitation.findFirst({
      where: { tenantId, id: invitationId, acceptedAt: null, expiresAt: { gt: new Date() } },
      select: {
        email: true,
        expiresAt: true,
        invitedById: true,
        role: { select: { name: true } },
        tenant: { select: { name: true } },
      },
    });
    if (!invitation) throw invalidInvitationLink();
    const inviter = await db.user.findUnique({
      where: { id: invitation.invitedById },
      select: { name: true },
    });
    const account = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
    return {
      email: invitation.email,
      workspaceName: invitation.tenant.name,
      roleName: invitation.role.name,
      invitedByName: inviter?.name ?? '',
      expiresAt: invitation.expiresAt,
      hasAccount: account !== null,
    };
  });
}
