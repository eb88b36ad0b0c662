import { authorize } from '../../authz/index.js';
import type { TenantContext } from '../../records/context.js';
import { keysetPage, toPage, type ListPage } from '../../records/list-input.js';
import type { ListInvitationsInput, PendingInvitationOutput } from './member.schema.js';

/** The invitations still waiting for an answer (not accepted, not expired, not revoked), oldest first. */
export async function listInvitations(
  ctx: TenantContext,
  input: ListInvitationsInput,
): Promise<ListPage<PendingInvitationOutput>> {
  authorize(ctx.ability, 'create', 'Member');
  const tenantId = ctx.actor.tenantId;
  const page = keysetPage({ field: 'createdAt', direction: 'asc' }, input.cursor);
  const rows = await ctx.db.invitation.findMany({
    where: { AND: [{ tenantId, acceptedAt: null, expiresAt: { gt: new Date() } }, page.where] },
    orderBy: page.orderBy,
    take: input.limit + 1,
    select: {
      id: true,
      email: true,
      expiresAt: true,
      createdAt: true,
      invitedById: true,
      role: { select: { key: true, name: true } },
    },
  });
  const inviterIds = [...new Set(rows.map((row) => row.invitedById))];
  const inviters = await ctx.db.user.findMany({
    where: { id: { in: inviterIds } },
    select: { id: true, name: true },
  });
  const names = new Map(inviters.map((user) => [user.id, user.name]));
  return toPage(
    rows,
    input.limit,
    (row) => row.createdAt,
    (row) => ({
      id: row.id,
      email: row.email,
      roleKey: row.role.key,
      roleName: row.role.name,
      invitedByName: names.get(row.invitedById) ?? '',
      expiresAt: row.expiresAt,
      createdAt: row.createdAt,
    }),
  );
}
