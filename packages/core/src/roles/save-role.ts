import { authorize, type RolePermissions } from '../authz/index.js';
import { recordAudit } from '../audit/record-audit.js';
import { AppError } from '../errors/index.js';
import { newId } from '../ids.js';
import type { TenantContext } from '../records/context.js';
import { toJsonObject } from '../records/to-json-object.js';
import { hiddenFieldIssues } from './hideable-fields.js';
import {
  presentRole,
  roleSelect,
  type CreateRoleInput,
  type RoleOutput,
  type UpdateRoleInput,
} from './role.schema.js';

/** A role may hide only fields the record types have (own fields, or custom ones by `cf.<key>`). */
function assertHideableFields(permissions: RolePermissions): void {
  const issues = hiddenFieldIssues(permissions);
  if (issues.length > 0) throw AppError.invalid(issues);
}

function keyFromName(name: string): string {
  const base = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 30);
  return `custom_${base || newId().slice(-8)}`;
}

/** A custom role defined by the tenant admin; its key is unique in the tenant. */
export async function createRole(ctx: TenantContext, input: CreateRoleInput): Promise<RoleOutput> {
  authorize(ctx.ability, 'create', 'Role');
  assertHideableFields(input.permissions);
  const key = input.key ?? keyFromName(input.name);
  const taken = await ctx.db.role.findFirst({
    where: { tenantId: ctx.actor.tenantId, key },
    select: { id: true },
  });
  if (taken)
    throw AppError.conflict('A role with this key exists', {
      fields: [{ field: 'key', message: 'is taken' }],
    });
  const id = newId();
  const row = await ctx.db.role.create({
    data: {
      tenantId: ctx.actor.tenantId,
      id,
      key,
      name: input.name,
      permissions: toJsonObject(input.permissions),
    },
    select: roleSelect,
  });
  await recordAudit(ctx, {
    action: 'role.created',
    recordType: 'role',
    recordId: id,
    after: { key, name: input.name, permissions: input.permissions },
  });
  return presentRole(row);
}

/**
 * Renames a role or changes its permissions. The system roles are fixed (tenants copy them into custom
 * roles instead). Changes apply to every member's next request: each request loads the role afresh.
 */
export async function updateRole(ctx: TenantContext, input: UpdateRoleInput): Promise<RoleOutput> {
  authorize(ctx.ability, 'update', 'Role');
  if (input.permissions) assertHideableFields(input.permissions);
  const where = { tenantId: ctx.actor.tenantId, id: input.id };
  const current = await ctx.db.role.findFirst({ where, select: roleSelect });
  if (!current) throw AppError.notFound('Role');
  if (current.isSystem)
    throw AppError.conflict('System roles cannot be changed; create a custom role instead');
  await ctx.db.role.updateMany({
    where,
    data: {
      ...(input.name ? { name: input.name } : {}),
      ...(input.permissions ? { permissions: toJsonObject(input.permissions) } : {}),
      updatedAt: new Date(),
    },
  });
  const row = await ctx.db.role.findFirstOrThrow({ where, select: roleSelect });
  await recordAudit(ctx, {
    action: 'role.updated',
    recordType: 'role',
    recordId: input.id,
    before: { name: current.name, permissions: current.permissions },
    after: { name: row.name, permissions: row.permissions },
  });
  return presentRole(row);
}

export async function deleteRole(ctx: TenantContext, id: string): Promise<{ id: string; deleted: true }> {
  authorize(ctx.ability, 'delete', 'Role');
  const where = { tenantId: ctx.actor.tenantId, id };
  const current = await ctx.db.role.findFirst({ where, select: roleSelect });
  if (!current) throw AppError.notFound('Role');
  if (current.isSystem) throw AppError.conflict('System roles cannot be deleted');
  const pending = await ctx.db.invitation.count({
    where: { roleId: id, acceptedAt: null, expiresAt: { gt: new Date() } },
  });
  if (current._count.memberships > 0 || pending > 0) {
    throw AppError.conflict('The role is in use; give its members another role first', {
      members: current._count.memberships,
      pendingInvitations: pending,
    });
  }
  // Used and expired invitations only point at the role; the audit log keeps their story.
  await ctx.db.invitation.deleteMany({ where: { roleId: id } });
  await ctx.db.role.deleteMany({ where });
  await recordAudit(ctx, {
    action: 'role.deleted',
    recordType: 'role',
    recordId: id,
    before: { key: current.key, name: current.name },
  });
  return { id, deleted: true };
}
