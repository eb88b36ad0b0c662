import { authorize } from '@crm/core';
import type { BankContext } from '../../db.js';
import { findPlan } from './find-plan.js';
import { presentPlan } from './present-plan.js';
import type { PlanOutput } from './plan.schema.js';

/** One client's relationship plan (tier, manager, cadence, value tier). */
export async function getPlan(ctx: BankContext, id: string): Promise<PlanOutput> {
  authorize(ctx.ability, 'read', 'bank.Client');
  return presentPlan(ctx.db, await findPlan(ctx, id));
}
