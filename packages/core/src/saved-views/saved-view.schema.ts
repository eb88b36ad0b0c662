import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client.js';
import type { Subject } from '../authz/index.js';

export const savedViewObjectTypes = ['contact', 'account', 'deal', 'activity'] as const;
export type SavedViewObjectType = (typeof savedViewObjectTypes)[number];

/** The records a view lists: reading the view's list needs read access to them. */
export const subjectOfView: Record<SavedViewObjectType, Subject> = {
  contact: 'Contact',
  account: 'Account',
  deal: 'Deal',
  activity: 'Activity',
};

const text = z.string().trim().max(500);

/** What a view keeps: the list's toolbar state, in the list API's own terms. */
export const viewDefinition = z.strictObject({
  search: text.optional(),
  sort: z.string().max(64).optional(),
  ownerId: z.uuid().optional(),
  /** Field filters and `cf.<key>` custom-field filters, as the list API takes them. */
  filters: z.record(z.string().max(100), text).default({}),
  columns: z.array(z.string().max(100)).max(100).default([]),
});
export type ViewDefinition = z.infer<typeof viewDefinition>;

export const listSavedViewsInput = z.strictObject({ objectType: z.enum(savedViewObjectTypes) });
export type ListSavedViewsInput = z.infer<typeof listSavedViewsInput>;

export const createSavedViewInput = z.strictObject({
  objectType: z.enum(savedViewObjectTypes),
  name: z.string().trim().min(1).max(100),
  shared: z.boolean().default(false),
  definition: viewDefinition,
});
export type CreateSavedViewInput = z.infer<typeof createSavedViewInput>;

export const savedViewOutput = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  objectType: z.enum(savedViewObjectTypes),
  name: z.string(),
  ownerId: z.uuid(),
  shared: z.boolean(),
  definition: viewDefinition,
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type SavedViewOutput = z.infer<typeof savedViewOutput>;

export const savedViewSelect = {
  id: true,
  tenantId: true,
  objectType: true,
  name: true,
  ownerId: true,
  shared: true,
  definition: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.SavedViewSelect;

export type SavedViewRow = Prisma.SavedViewGetPayload<{ select: typeof savedViewSelect }>;

export function presentSavedView(row: SavedViewRow): SavedViewOutput {
  return {
    ...row,
    objectType: z.enum(savedViewObjectTypes).parse(row.objectType),
    // Stored through the same schema; a row edited by hand falls back to an empty definition.
    definition: viewDefinition.catch({ filters: {}, columns: [] }).parse(row.definition),
  };
}
