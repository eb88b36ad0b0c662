import { AppError, authorize } from '@crm/core';
import type { BankContext } from '../../db.js';
import { findHousehold } from './household-access.js';
import type { HouseholdOutput } from './household.schema.js';
import { presentHouseholds } from './present-household.js';

export async function getHousehold(ctx: BankContext, id: string): Promise<HouseholdOutput> {
  authorize(ctx.ability, 'read', 'bank.Client');
  await findHousehold(ctx, id);
  const [household] = await presentHouseholds(ctx, [id]);
  if (!household) throw AppError.notFound('Household');
  return household;
}
