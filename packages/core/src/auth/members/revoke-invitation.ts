import { recordAudit } from '../../audit/record-audit.js';
import { authorize } from '../../authz/index.js';
import { AppError } from '../../errors/index.js';
import type { TenantContext } from '../../records/context.js';

/**
 * Revokes a pending invitation: its link stops working at once. The row stays (expired now), so the
 * audit trail keeps who was invited and when; inviting the address again sends a new link.
 */
export async function revokeInvitation(
  ctx: TenantContext,
  id: string,
): Promise<{ id: string; revoked: true }> {
  authorize(ctx.ability, 'create', 'Member');
  const tenantId = ctx.actor.tenantId;
  const now = new Date();
  const invitation = await ctx.db.invitation.findFirst({
    where: { tenantId, id, acceptedAt: null, expiresAt: { gt: now } },
    select: { id: true, email: true, expiresAt: true },
  });
  if (!invitation) throw AppError.notFound('Invitation');
  await ctx.db.invitation.updateMany({ where: { tenantId, id }, data: { expiresAt: now } });
  await recordAudit(ctx, {
    action: 'invitation.revoked',
    recordType: 'Invitation',
    recordId: id,
    before: { email: invitation.email, expiresAt: invitation.expiresAt },
    after: { email: invitation.email, expiresAt: now },
  });
  return { id, revoked: true };
}
