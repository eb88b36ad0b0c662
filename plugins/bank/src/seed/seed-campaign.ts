import { newId } from '@crm/core';
import type { BankConfig } from '../config.js';
import type { BankContext } from '../db.js';
import { isHeldOut } from '../server/campaigns/holdout.js';
import { openOffer } from '../server/offers/open-offer.js';
import { seedCampaign, type SeedLocale } from './seed-data.js';

const DAY_MS = 86_400_000;

/**
 * The demo campaign, running for twelve days over the active plans (an offer for each client in the
 * target arm, none for the holdout), and one manual offer for the first client. Nothing if the
 * campaign exists.
 */
export async function seedOffersAndCampaign(
  ctx: BankContext,
  locale: SeedLocale,
  now: Date,
  config: BankConfig,
): Promise<void> {
  const tenantId = ctx.actor.tenantId;
  const name = seedCampaign.name[locale];
  if (await ctx.bdb.bankCampaign.findFirst({ where: { tenantId, name }, select: { id: true } })) return;
  const plans = await ctx.bdb.bankRelationshipPlan.findMany({
    where: { tenantId, status: 'active' },
    orderBy: { createdAt: 'asc' },
    select: { id: true, managerId: true, contactId: true, accountId: true },
  });
  const id = newId();
  const startedAt = new Date(now.getTime() - 12 * DAY_MS);
  await ctx.bdb.bankCampaign.create({
    data: {
      tenantId,
      id,
      ...seedCampaign,
      name,
      status: 'running',
      startedAt,
      createdById: ctx.actor.userId,
    },
    select: { id: true },
  });
  for (const plan of plans) {
    const arm = isHeldOut(id, plan.id, seedCampaign.holdoutPercent) ? 'holdout' : 'target';
    const offer =
      arm === 'target'
        ? await openOffer(ctx.db, ctx.bdb, {
            tenantId,
            planId: plan.id,
            managerId: plan.managerId,
            contactId: plan.contactId,
            accountId: plan.accountId,
            productType: seedCampaign.productType,
            source: 'campaign',
            campaignId: id,
            validUntil: new Date(startedAt.getTime() + seedCampaign.responseWindowDays * DAY_MS),
            dedupeKey: `campaign:${id}:${plan.id}`,
            actorUserId: ctx.actor.userId,
            locale,
            taskDueInDays: 5,
          })
        : null;
    await ctx.bdb.bankCampaignMember.create({
      data: { tenantId, campaignId: id, planId: plan.id, arm, offerId: offer?.id ?? null },
      select: { planId: true },
    });
  }
  const first = plans[0];
  if (first) {
    await openOffer(ctx.db, ctx.bdb, {
      tenantId,
      planId: first.id,
      managerId: first.managerId,
      contactId: first.contactId,
      accountId: first.accountId,
      productType: 'insurance',
      source: 'manual',
      amount: '150000.00',
      currency: config.defaultCurrency,
      validUntil: new Date(now.getTime() + config.offerValidityDays * DAY_MS),
      dedupeKey: `seed:manual:${first.id}`,
      actorUserId: ctx.actor.userId,
      locale,
      taskDueInDays: 3,
    });
  }
}
