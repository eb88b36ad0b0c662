import { recordAudit } from '../../audit/record-audit.js';
import { authorize } from '../../authz/index.js';
import { AppError } from '../../errors/index.js';
import type { TenantContext } from '../../records/context.js';
import {
  memberSelect,
  presentMember,
  type MemberOutput,
  type MemberRow,
  type UpdateMemberInput,
} from './member.schema.js';

const ADMIN_ROLE = 'admin';

/**
 * Locks the tenant's active admin memberships and fails unless one other than `userId` remains, so
 * that two admins demoting each other at once cannot leave the tenant without one (ASVS v15.4.2):
 * the second waits for the first and then sees its result.
 */
async function assertAnotherActiveAdmin(ctx: TenantContext, userId: string): Promise<void> {
  const admins = await ctx.db.$queryRaw<{ userId: string }[]>`
    SELECT m."userId" FROM "Membership" m
    JOIN "Role" r ON r."tenantId" = m."tenantId" AND r."id" = m."roleId"
    WHERE m."tenantId" = ${ctx.actor.tenantId}::uuid AND r."key" = ${ADMIN_ROLE} AND m."disabledAt" IS NULL
    FOR UPDATE OF m`;
  if (!admins.some((admin) => admin.userId !== userId)) {
    throw AppError.conflict('A workspace needs at least one active admin');
  }
}

async function findRole(ctx: TenantContext, roleKey: string): Promise<{ id: string; key: string }> {
  const role = await ctx.db.role.findFirst({
    where: { tenantId: ctx.actor.tenantId, key: roleKey },
    select: { id: true, key: true },
  });
  if (!role) throw AppError.invalid([{ field: 'roleKey', message: 'is not a role of this workspace' }]);
  return role;
}

function snapshot(row: MemberRow) {
  return { roleKey: row.role.key, disabled: row.disabledAt !== null };
}

/**
 * Changes a member's role or disables / re-enables the membership. Disabling ends the user's access
 * to this tenant at once (every request loads the membership) and revokes their API keys here; their
 * sessions stay, for the other tenants they belong to.
 */
export async function updateMember(ctx: TenantContext, input: UpdateMemberInput): Promise<MemberOutput> {
  authorize(ctx.ability, 'update', 'Member');
  const where = { tenantId: ctx.actor.tenantId, userId: input.userId };
  const current = await ctx.db.membership.findFirst({ where, select: memberSelect });
  if (!current) throw AppError.notFound('Member');
  const role = input.roleKey ? await findRole(ctx, input.roleKey) : null;
  const now = new Date();
  const disabledAt =
    input.disabled === undefined ? current.disabledAt : input.disabled ? (current.disabledAt ?? now) : null;
  const wasActiveAdmin = current.role.key === ADMIN_ROLE && current.disabledAt === null;
  if (wasActiveAdmin && ((role && role.key !== ADMIN_ROLE) || disabledAt))
    await assertAnotherActiveAdmin(ctx, input.userId);

  await ctx.db.membership.updateMany({ where, data: { roleId: role?.id ?? current.roleId, disabledAt } });
  if (disabledAt && !current.disabledAt) {
    await ctx.db.apiKey.updateMany({ where: { ...where, revokedAt: null }, data: { revokedAt: now } });
  }
  const updated = await ctx.db.membership.findFirstOrThrow({ where, select: memberSelect });
  await recordAudit(ctx, {
    action: 'member.updated',
    recordType: 'User',
    recordId: input.userId,
    before: snapshot(current),
    after: snapshot(updated),
  });
  return presentMember(updated);
}
