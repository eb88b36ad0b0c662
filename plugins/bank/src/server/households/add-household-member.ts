import { authorize, recordAudit } from '@crm/core';
import type { BankContext } from '../../db.js';
import { getHousehold } from './get-household.js';
import { assertNotInHousehold, assertReadableContacts, findHousehold } from './household-access.js';
import type { AddHouseholdMemberInput, HouseholdOutput } from './household.schema.js';

/** Adds a contact to a household (a primary member replaces the previous primary). */
export async function addHouseholdMember(
  ctx: BankContext,
  input: AddHouseholdMemberInput,
): Promise<HouseholdOutput> {
  authorize(ctx.ability, 'update', 'bank.Client');
  const tenantId = ctx.actor.tenantId;
  await findHousehold(ctx, input.id);
  await assertReadableContacts(ctx, [input], () => 'contactId');
  await assertNotInHousehold(ctx, [input], () => 'contactId');
  if (input.isPrimary) {
    await ctx.bdb.bankHouseholdMember.updateMany({
      where: { tenantId, householdId: input.id },
      data: { isPrimary: false },
    });
  }
  await ctx.bdb.bankHouseholdMember.create({
    data: {
      tenantId,
      householdId: input.id,
      contactId: input.contactId,
      role: input.role,
      isPrimary: input.isPrimary,
    },
    select: { contactId: true },
  });
  const after = await getHousehold(ctx, input.id);
  await recordAudit(ctx, {
    action: 'bank.household.member_added',
    recordType: 'bank.household',
    recordId: input.id,
    after: { contactId: input.contactId, role: input.role },
  });
  return after;
}
