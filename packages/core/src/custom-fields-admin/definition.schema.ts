import { z } from 'zod';
import type { RolePermissions } from '../authz/index.js';
import {
  customFieldObjectTypes,
  customFieldTypes,
  customFieldVisibility,
  type CustomFieldType,
} from '../custom-fields/index.js';
import type { Prisma } from '../generated/prisma/client.js';
import { listInputBase } from '../records/list-input.js';

const key = z
  .string()
  .regex(
    /^[a-z][a-zA-Z0-9_]{0,62}$/,
    'must start with a lowercase letter and contain only letters, digits and _ (at most 63)',
  );
const label = z.string().trim().min(1).max(200);
const option = z.string().trim().min(1).max(200);
const options = z
  .array(option)
  .max(500)
  .refine((list) => new Set(list).size === list.length, 'must not repeat an option');
const position = z.number().int().min(0).max(100_000);

export const selectTypes: readonly CustomFieldType[] = ['select', 'multiSelect'];

export const createDefinitionInput = z.strictObject({
  objectType: z.enum(customFieldObjectTypes),
  key,
  label,
  type: z.enum(customFieldTypes),
  options: options.optional(),
  required: z.boolean().default(false),
  sensitive: z.boolean().default(false),
  position: position.optional(),
});
export type CreateDefinitionInput = z.infer<typeof createDefinitionInput>;

/** The object type and key identify the field in stored values, so they never change. */
export const updateDefinitionInput = z.strictObject({
  id: z.uuid(),
  label: label.optional(),
  type: z.enum(customFieldTypes).optional(),
  options: options.optional(),
  required: z.boolean().optional(),
  sensitive: z.boolean().optional(),
  position: position.optional(),
});
export type UpdateDefinitionInput = z.infer<typeof updateDefinitionInput>;

export const listDefinitionsInput = listInputBase.omit({ ownerId: true, deleted: true }).extend({
  objectType: z.enum(customFieldObjectTypes).optional(),
  archived: z.enum(['exclude', 'include', 'only']).default('exclude'),
});
export type ListDefinitionsInput = z.infer<typeof listDefinitionsInput>;

export const definitionOutput = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  objectType: z.enum(customFieldObjectTypes),
  key: z.string(),
  label: z.string(),
  type: z.enum(customFieldTypes),
  options: z.array(z.string()),
  required: z.boolean(),
  sensitive: z.boolean(),
  position: z.number().int(),
  archivedAt: z.date().nullable(),
  createdAt: z.date(),
  /** Whether the caller's role sees the field's values (and so may write, filter and export them). */
  visible: z.boolean(),
});
export type DefinitionOutput = z.infer<typeof definitionOutput>;

export const archivedOutput = z.object({ id: z.uuid(), archived: z.literal(true) });

export const definitionSelect = {
  id: true,
  tenantId: true,
  objectType: true,
  key: true,
  label: true,
  type: true,
  options: true,
  required: true,
  sensitive: true,
  position: true,
  archivedAt: true,
  createdAt: true,
} satisfies Prisma.CustomFieldDefinitionSelect;

export type DefinitionRow = Prisma.CustomFieldDefinitionGetPayload<{ select: typeof definitionSelect }>;

export const definitionSortFields = ['position', 'key', 'createdAt'] as const;

/** The definition as the caller reads it, with whether the caller's role sees its values. */
export function presentDefinition(row: DefinitionRow, permissions: RolePermissions): DefinitionOutput {
  const objectType = z.enum(customFieldObjectTypes).parse(row.objectType);
  return {
    ...row,
    objectType,
    visible: customFieldVisibility(permissions, objectType)(row),
    type: z.enum(customFieldTypes).parse(row.type),
    options: Array.isArray(row.options) ? row.options.filter((o): o is string => typeof o === 'string') : [],
  };
}
