import { AppError, authorize, recordAudit } from '@crm/core';
import type { BankContext } from '../../db.js';
import { findPlan } from '../plans/find-plan.js';
import { tenantLocale } from '../shared/locale.js';
import { tenantConfig } from '../shared/tenant-config.js';
import { findOffer } from './find-offer.js';
import { openOffer } from './open-offer.js';
import type { CreateOfferInput, OfferOutput } from './offer.schema.js';

const DAY_MS = 86_400_000;

/** A manager's own offer to a client, with a task to present it within 3 days. */
export async function createOffer(ctx: BankContext, input: CreateOfferInput): Promise<OfferOutput> {
  authorize(ctx.ability, 'create', 'bank.Offer');
  const plan = await findPlan(ctx, input.planId, 'create', 'bank.Offer');
  const tenantId = ctx.actor.tenantId;
  const config = await tenantConfig(ctx.db);
  const validUntil = input.validUntil ?? new Date(Date.now() + config.offerValidityDays * DAY_MS);
  if (validUntil <= new Date())
    throw AppError.invalid([{ field: 'validUntil', message: 'must be in the future' }]);
  const opened = await openOffer(ctx.db, ctx.bdb, {
    tenantId,
    planId: plan.id,
    managerId: plan.managerId,
    contactId: plan.contactId,
    accountId: plan.accountId,
    productType: input.productType,
    source: 'manual',
    amount: input.amount ?? null,
    currency: input.amount ? (input.currency ?? config.defaultCurrency) : (input.currency ?? null),
    rate: input.rate ?? null,
    validUntil,
    dedupeKey: null,
    actorUserId: ctx.actor.userId,
    locale: await tenantLocale(ctx.db, tenantId),
    taskDueInDays: 3,
  });
  if (!opened) throw new AppError('INTERNAL', 'The offer was not written');
  const offer = await findOffer(ctx, opened.id);
  await recordAudit(ctx, {
    action: 'bank.offer.created',
    recordType: 'bank.offer',
    recordId: offer.id,
    after: offer,
  });
  return offer;
}
