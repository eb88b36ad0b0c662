import { authorize } from '@crm/core';
import type { BankContext } from '../../db.js';
import { statusHistory, type StatusChangeOutput } from '../shared/status-log.js';
import { findOffer } from './find-offer.js';

/** Every status change of an offer, newest first. */
export async function offerHistory(ctx: BankContext, id: string): Promise<{ items: StatusChangeOutput[] }> {
  authorize(ctx.ability, 'read', 'bank.Offer');
  await findOffer(ctx, id);
  return { items: await statusHistory(ctx.bdb, ctx.actor.tenantId, 'offer', id) };
}
