import { z } from 'zod';

export const memberRoles = ['head', 'spouse', 'child', 'parent', 'dependant', 'other'] as const;

const member = z.strictObject({
  contactId: z.uuid(),
  role: z.enum(memberRoles),
  isPrimary: z.boolean().default(false),
});

export const createHouseholdInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  notes: z.string().trim().max(2000).nullable().optional(),
  members: z
    .array(member)
    .min(1)
    .max(50)
    .refine((list) => new Set(list.map((m) => m.contactId)).size === list.length, 'must not repeat a contact')
    .refine((list) => list.filter((m) => m.isPrimary).length <= 1, 'at most one primary member'),
});
export type CreateHouseholdInput = z.infer<typeof createHouseholdInput>;

export const addHouseholdMemberInput = z.strictObject({ id: z.uuid(), ...member.shape });
export type AddHouseholdMemberInput = z.infer<typeof addHouseholdMemberInput>;

export const removeHouseholdMemberInput = z.strictObject({ id: z.uuid(), contactId: z.uuid() });
export type RemoveHouseholdMemberInput = z.infer<typeof removeHouseholdMemberInput>;

export const householdOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  notes: z.string().nullable(),
  members: z.array(
    z.object({
      contactId: z.uuid(),
      name: z.string(),
      role: z.enum(memberRoles),
      isPrimary: z.boolean(),
      /** The member's relationship plan, if the member is a client. */
      planId: z.uuid().nullable(),
    }),
  ),
  /** Balances of the members' open products, per currency (money as decimal strings). */
  balances: z.array(z.object({ currency: z.string(), amount: z.string() })),
  version: z.number().int(),
});
export type HouseholdOutput = z.infer<typeof householdOutput>;
