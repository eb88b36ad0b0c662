import { z } from 'zod';
import { actions, scopes, subjects, type RolePermissions } from './permissions.js';

const grant = z.strictObject({
  actions: z.array(z.enum(actions)).max(actions.length),
  scope: z.enum(scopes),
});

/** Validates a role's permissions as stored and as a tenant admin defines a custom role. */
export const rolePermissionsSchema = z.strictObject({
  grants: z.partialRecord(z.enum(subjects), grant),
  seesSensitiveFields: z.boolean(),
  hiddenFields: z.partialRecord(z.enum(subjects), z.array(z.string().max(100)).max(100)).optional(),
}) satisfies z.ZodType<RolePermissions>;
