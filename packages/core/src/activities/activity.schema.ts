import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client.js';

export const activityTypes = ['call', 'meeting', 'task', 'note', 'email'] as const;
export type ActivityType = (typeof activityTypes)[number];

/** An ISO 8601 date-time with its offset (`2025-03-01T10:00:00+03:00` or `...Z`), as a Date. */
export const isoDateTime = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
/** A week: longer spans are not one activity. */
export const MAX_DURATION_MINUTES = 7 * 24 * 60;

const activityFields = {
  body: optionalText(100_000),
  dueAt: isoDateTime.nullable().optional(),
  occurredAt: isoDateTime.nullable().optional(),
  /** Completion: `completedAt` is set by the server when `done` turns true and cleared when it turns false. */
  done: z.boolean().optional(),
  outcome: optionalText(1000),
  durationMinutes: z.number().int().min(0).max(MAX_DURATION_MINUTES).nullable().optional(),
  ownerId: z.uuid().nullable().optional(),
  accountId: z.uuid().nullable().optional(),
  contactId: z.uuid().nullable().optional(),
  dealId: z.uuid().nullable().optional(),
};

export const createActivityInput = z.strictObject({
  type: z.enum(activityTypes),
  subject: z.string().trim().min(1).max(500),
  ...activityFields,
});
export type CreateActivityInput = z.infer<typeof createActivityInput>;

export const updateActivityInput = z.strictObject({
  id: z.uuid(),
  expectedVersion: z.number().int().positive().optional(),
  type: z.enum(activityTypes).optional(),
  subject: z.string().trim().min(1).max(500).optional(),
  ...activityFields,
});
export type UpdateActivityInput = z.infer<typeof updateActivityInput>;

/** The records an activity is about; each must exist in the tenant and be readable by the actor. */
export type ActivityLinks = Pick<CreateActivityInput, 'accountId' | 'contactId' | 'dealId'>;

const activityOutputShape = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  type: z.enum(activityTypes),
  subject: z.string(),
  body: z.string().nullable(),
  dueAt: z.date().nullable(),
  occurredAt: z.date().nullable(),
  done: z.boolean(),
  completedAt: z.date().nullable(),
  outcome: z.string().nullable(),
  durationMinutes: z.number().int().nullable(),
  ownerId: z.uuid().nullable(),
  accountId: z.uuid().nullable(),
  contactId: z.uuid().nullable(),
  dealId: z.uuid().nullable(),
  createdById: z.uuid().nullable(),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
  deletedAt: z.date().nullable(),
});

/** Fields a role's field-level rules may hide (see `presentActivity`). */
export const activityHideableFields = [
  'subject',
  'body',
  'dueAt',
  'occurredAt',
  'outcome',
  'durationMinutes',
  'ownerId',
  'accountId',
  'contactId',
  'dealId',
] as const;

// Field-level rules may hide any of the record's own fields from a role, so they are optional here.
export const activityOutput = activityOutputShape.partial({
  subject: true,
  body: true,
  dueAt: true,
  occurredAt: true,
  outcome: true,
  durationMinutes: true,
  ownerId: true,
  accountId: true,
  contactId: true,
  dealId: true,
});
export type ActivityOutput = z.infer<typeof activityOutput>;

export const activitySelect = {
  id: true,
  tenantId: true,
  type: true,
  subject: true,
  body: true,
  dueAt: true,
  occurredAt: true,
  done: true,
  completedAt: true,
  outcome: true,
  durationMinutes: true,
  ownerId: true,
  accountId: true,
  contactId: true,
  dealId: true,
  createdById: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
} satisfies Prisma.ActivitySelect;

export type ActivityRow = Prisma.ActivityGetPayload<{ select: typeof activitySelect }>;

export const activitySortFields = ['updatedAt', 'createdAt', 'dueAt'] as const;
