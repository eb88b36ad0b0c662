import { z } from 'zod';
import { rolePermissionsSchema } from '../authz/role-permissions.schema.js';
import type { Prisma } from '../generated/prisma/client.js';

export const createRoleInput = z.strictObject({
  key: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,39}$/, 'must be 2-40 lowercase letters, digits or _')
    .optional(),
  name: z.string().trim().min(1).max(100),
  permissions: rolePermissionsSchema,
});
export type CreateRoleInput = z.infer<typeof createRoleInput>;

export const updateRoleInput = z.strictObject({
  id: z.uuid(),
  name: z.string().trim().min(1).max(100).optional(),
  permissions: rolePermissionsSchema.optional(),
});
export type UpdateRoleInput = z.infer<typeof updateRoleInput>;

export const roleOutput = z.object({
  id: z.uuid(),
  key: z.string(),
  name: z.string(),
  isSystem: z.boolean(),
  permissions: rolePermissionsSchema,
  memberCount: z.number().int(),
  updatedAt: z.date(),
});
export type RoleOutput = z.infer<typeof roleOutput>;

export const roleSelect = {
  id: true,
  key: true,
  name: true,
  isSystem: true,
  permissions: true,
  updatedAt: true,
  _count: { select: { memberships: true } },
} satisfies Prisma.RoleSelect;

type RoleRow = Prisma.RoleGetPayload<{ select: typeof roleSelect }>;

export function presentRole(row: RoleRow): RoleOutput {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    isSystem: row.isSystem,
    permissions: rolePermissionsSchema.parse(row.permissions),
    memberCount: row._count.memberships,
    updatedAt: row.updatedAt,
  };
}
