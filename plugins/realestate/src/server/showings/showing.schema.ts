import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { showingMethods, showingRequestTypes, showingStatuses } from './showing-state-machine.js';

export const createShowingInput = z
  .strictObject({
    ListingKey: z.uuid(),
    requirementId: z.uuid().nullable().optional(),
    /** The buyer shown the object (a core contact). */
    contactId: z.uuid().nullable().optional(),
    /** The agent showing it (default: who books it). */
    ShowingAgentKey: z.uuid().nullable().optional(),
    ShowingRequestType: z.enum(showingRequestTypes).optional(),
    ShowingAppointmentMethod: z.enum(showingMethods).optional(),
    ShowingStartTimestamp: z.coerce.date(),
    ShowingEndTimestamp: z.coerce.date(),
  })
  .refine((v) => v.ShowingEndTimestamp > v.ShowingStartTimestamp, {
    message: 'must be after ShowingStartTimestamp',
    path: ['ShowingEndTimestamp'],
  })
  .refine((v) => v.ShowingEndTimestamp.getTime() - v.ShowingStartTimestamp.getTime() <= 8 * 3_600_000, {
    message: 'a showing lasts at most 8 hours',
    path: ['ShowingEndTimestamp'],
  });
export type CreateShowingInput = z.infer<typeof createShowingInput>;

export const transitionShowingInput = z.strictObject({
  id: z.uuid(),
  ShowingAppointmentStatus: z.enum(showingStatuses),
  /** Required to deny or cancel. */
  reason: z.string().trim().max(500).nullable().optional(),
  expectedVersion: z.number().int().optional(),
});
export type TransitionShowingInput = z.infer<typeof transitionShowingInput>;

export const showingFeedbackInput = z.strictObject({
  id: z.uuid(),
  feedbackRating: z.number().int().min(1).max(5),
  feedbackText: z.string().trim().max(2000).nullable().optional(),
});
export type ShowingFeedbackInput = z.infer<typeof showingFeedbackInput>;

export const listShowingsInput = z.object({
  ListingKey: z.uuid().optional(),
  requirementId: z.uuid().optional(),
  ShowingAgentKey: z.uuid().optional(),
  ShowingAppointmentStatus: z.enum(showingStatuses).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
export type ListShowingsInput = z.infer<typeof listShowingsInput>;

export const showingSelect = {
  id: true,
  tenantId: true,
  ListingKey: true,
  requirementId: true,
  contactId: true,
  ShowingAgentKey: true,
  ShowingRequestType: true,
  ShowingAppointmentMethod: true,
  ShowingAppointmentStatus: true,
  ShowingStartTimestamp: true,
  ShowingEndTimestamp: true,
  statusReason: true,
  decidedAt: true,
  decidedById: true,
  reminderSentAt: true,
  feedbackRequestedAt: true,
  feedbackRating: true,
  feedbackText: true,
  feedbackAt: true,
  createdById: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  property: { select: { ListingId: true, UnparsedAddress: true } },
} satisfies Prisma.RealestateShowingSelect;

export const showingOutput = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  ListingKey: z.uuid(),
  ListingId: z.string(),
  UnparsedAddress: z.string(),
  requirementId: z.uuid().nullable(),
  contactId: z.uuid().nullable(),
  ShowingAgentKey: z.uuid().nullable(),
  ShowingRequestType: z.enum(showingRequestTypes),
  ShowingAppointmentMethod: z.enum(showingMethods),
  ShowingAppointmentStatus: z.enum(showingStatuses),
  allowedTransitions: z.array(z.enum(showingStatuses)),
  ShowingStartTimestamp: z.date(),
  ShowingEndTimestamp: z.date(),
  statusReason: z.string().nullable(),
  decidedAt: z.date().nullable(),
  decidedById: z.uuid().nullable(),
  reminderSentAt: z.date().nullable(),
  feedbackRequestedAt: z.date().nullable(),
  feedbackRating: z.number().int().nullable(),
  feedbackText: z.string().nullable(),
  feedbackAt: z.date().nullable(),
  createdById: z.uuid().nullable(),
  version: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type ShowingOutput = z.infer<typeof showingOutput>;
