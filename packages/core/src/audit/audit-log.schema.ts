import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client.js';
import { MAX_PAGE_SIZE } from '../records/list-input.js';

/** Filters of the audit log viewer; newest first, paged by cursor. */
export const listAuditLogInput = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  cursor: z.string().max(512).optional(),
  /** Part of the action name, e.g. `deal.` or `updated`. */
  action: z.string().trim().min(1).max(100).optional(),
  actorUserId: z.uuid().optional(),
  recordType: z.string().trim().min(1).max(64).optional(),
  recordId: z.uuid().optional(),
  /** Entries at or after / strictly before this instant. */
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type ListAuditLogInput = z.infer<typeof listAuditLogInput>;

export const auditEntryOutput = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  at: z.date(),
  actorUserId: z.uuid().nullable(),
  actorApiKeyId: z.uuid().nullable(),
  action: z.string(),
  recordType: z.string().nullable(),
  recordId: z.uuid().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
});
export type AuditEntryOutput = z.infer<typeof auditEntryOutput>;

export const auditEntrySelect = {
  id: true,
  tenantId: true,
  at: true,
  actorUserId: true,
  actorApiKeyId: true,
  action: true,
  recordType: true,
  recordId: true,
  before: true,
  after: true,
  ip: true,
} satisfies Prisma.AuditLogSelect;
