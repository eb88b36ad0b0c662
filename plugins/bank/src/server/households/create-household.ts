import { authorize, newId, recordAudit } from '@crm/core';
import type { BankContext } from '../../db.js';
import { getHousehold } from './get-household.js';
import { assertNotInHousehold, assertReadableContacts } from './household-access.js';
import type { CreateHouseholdInput, HouseholdOutput } from './household.schema.js';

/** Groups contacts into a household (one household per contact). */
export async function createHousehold(
  ctx: BankContext,
  input: CreateHouseholdInput,
): Promise<HouseholdOutput> {
  authorize(ctx.ability, 'update', 'bank.Client');
  const field = (i: number) => `members.${i}.contactId`;
  await assertReadableContacts(ctx, input.members, field);
  await assertNotInHousehold(ctx, input.members, field);
  const tenantId = ctx.actor.tenantId;
  const id = newId();
  await ctx.bdb.bankHousehold.create({
    data: { tenantId, id, name: input.name, notes: input.notes ?? null },
    select: { id: true },
  });
  await ctx.bdb.bankHouseholdMember.createMany({
    data: input.members.map((m) => ({ tenantId, householdId: id, ...m })),
  });
  const household = await getHousehold(ctx, id);
  await recordAudit(ctx, {
    action: 'bank.household.created',
    recordType: 'bank.household',
    recordId: id,
    after: household,
  });
  return household;
}
