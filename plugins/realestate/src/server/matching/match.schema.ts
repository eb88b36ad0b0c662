import { z } from 'zod';

export const contactListingPreferences = ['Favorite', 'Possibility', 'Discard'] as const;

export const matchOutput = z.object({
  requirementId: z.uuid(),
  ListingKey: z.uuid(),
  score: z.number(),
  /** The client's answer (RESO ContactListings preference). */
  ContactListingPreference: z.enum(contactListingPreferences).nullable(),
  notifiedAt: z.date().nullable(),
  createdAt: z.date(),
  requirementName: z.string(),
  ListingId: z.string(),
  UnparsedAddress: z.string(),
  ListPrice: z.number().nullable(),
  LivingArea: z.number().nullable(),
  BedroomsTotal: z.number().int().nullable(),
  EntryLevel: z.number().int().nullable(),
  StandardStatus: z.string(),
  verificationStatus: z.string(),
});
export type MatchOutput = z.infer<typeof matchOutput>;

export const setPreferenceInput = z.strictObject({
  id: z.uuid(),
  ListingKey: z.uuid(),
  ContactListingPreference: z.enum(contactListingPreferences).nullable(),
});
export type SetPreferenceInput = z.infer<typeof setPreferenceInput>;
