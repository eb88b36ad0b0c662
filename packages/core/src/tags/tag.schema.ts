import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client.js';
import { listInputBase } from '../records/list-input.js';

export const taggableRecordTypes = ['account', 'contact', 'deal'] as const;
export type TaggableRecordType = (typeof taggableRecordTypes)[number];

const tagName = z.string().trim().min(1).max(100);
const tagColor = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a2b3c')
  .nullable()
  .optional();

export const createTagInput = z.strictObject({ name: tagName, color: tagColor });
export type CreateTagInput = z.infer<typeof createTagInput>;

export const updateTagInput = z.strictObject({ id: z.uuid(), name: tagName.optional(), color: tagColor });
export type UpdateTagInput = z.infer<typeof updateTagInput>;

export const listTagsInput = listInputBase.omit({ ownerId: true, deleted: true });
export type ListTagsInput = z.infer<typeof listTagsInput>;

export const MAX_TAG_ASSIGNMENTS = 1000;

export const tagAssignmentInput = z.strictObject({
  id: z.uuid(),
  recordType: z.enum(taggableRecordTypes),
  recordIds: z.array(z.uuid()).min(1).max(MAX_TAG_ASSIGNMENTS),
});
export type TagAssignmentInput = z.infer<typeof tagAssignmentInput>;

export const tagAssignmentOutput = z.object({
  tagId: z.uuid(),
  recordType: z.enum(taggableRecordTypes),
  /** Records whose tags changed (newly tagged, or untagged). */
  changed: z.number().int(),
  /** Records that already were in the asked state. */
  unchanged: z.number().int(),
});
export type TagAssignmentOutput = z.infer<typeof tagAssignmentOutput>;

export const tagOutput = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  name: z.string(),
  color: z.string().nullable(),
  createdAt: z.date(),
});
export type TagOutput = z.infer<typeof tagOutput>;

export const tagSelect = {
  id: true,
  tenantId: true,
  name: true,
  color: true,
  createdAt: true,
} satisfies Prisma.TagSelect;

export const tagSortFields = ['name', 'createdAt'] as const;
