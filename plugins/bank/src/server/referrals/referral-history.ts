import { authorize } from '@crm/core';
import type { BankContext } from '../../db.js';
import { statusHistory, type StatusChangeOutput } from '../shared/status-log.js';
import { findReferral } from './find-referral.js';

/** Every status change of a referral, newest first. */
export async function referralHistory(
  ctx: BankContext,
  id: string,
): Promise<{ items: StatusChangeOutput[] }> {
  authorize(ctx.ability, 'read', 'bank.Referral');
  await findReferral(ctx, id);
  return { items: await statusHistory(ctx.bdb, ctx.actor.tenantId, 'referral', id) };
}
