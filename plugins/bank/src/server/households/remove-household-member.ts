import { AppError, authorize, recordAudit } from '@crm/core';
import type { BankContext } from '../../db.js';
import { getHousehold } from './get-household.js';
import type { HouseholdOutput, RemoveHouseholdMemberInput } from './household.schema.js';

/** Takes a contact out of a household; the last member cannot leave (delete the household instead). */
export async function removeHouseholdMember(
  ctx: BankContext,
  input: RemoveHouseholdMemberInput,
): Promise<HouseholdOutput> {
  authorize(ctx.ability, 'update', 'bank.Client');
  const tenantId = ctx.actor.tenantId;
  const before = await getHousehold(ctx, input.id);
  if (!before.members.some((m) => m.contactId === input.contactId))
    throw AppError.invalid([{ field: 'contactId', message: 'is not a member of this household' }]);
  if (before.members.length === 1)
    throw AppError.invalid([{ field: 'contactId', message: 'is the last member; a household needs one' }]);
  await ctx.bdb.bankHouseholdMember.deleteMany({
    where: { tenantId, householdId: input.id, contactId: input.contactId },
  });
  const after = await getHousehold(ctx, input.id);
  await recordAudit(ctx, {
    action: 'bank.household.member_removed',
    recordType: 'bank.household',
    recordId: input.id,
    before: { contactId: input.contactId },
  });
  return after;
}
