import { AppError, authorize, recordAudit } from '@crm/core';
import type { BankContext } from '../../db.js';
import { openOffer } from '../offers/open-offer.js';
import { asProductType } from '../shared/product-types.js';
import { tenantLocale } from '../shared/locale.js';
import { asCampaignStatus, campaignMachine } from './campaign-state-machine.js';
import type { CampaignOutput, CampaignTransitionInput } from './campaign.schema.js';
import { findCampaign } from './find-campaign.js';
import { getCampaign } from './get-campaign.js';
import { measureResponses } from './measure-responses.js';

const DAY_MS = 86_400_000;

/**
 * Moves a campaign: start (draft → running: every targeted client gets an offer valid for the
 * response window and its manager a task; the holdout gets nothing), evaluate (running → evaluated,
 * once the window is over: responses measured and frozen), close. Invalid moves answer 409.
 */
export async function transitionCampaign(
  ctx: BankContext,
  input: CampaignTransitionInput,
): Promise<CampaignOutput> {
  authorize(ctx.ability, 'transition', 'bank.Campaign');
  const tenantId = ctx.actor.tenantId;
  const campaign = await findCampaign(ctx, input.id);
  const from = asCampaignStatus(campaign.status);
  campaignMachine.assertTransition(from, input.to);
  const now = new Date();
  if (input.to === 'running') {
    const targeted = await ctx.bdb.bankCampaignMember.findMany({
      where: { tenantId, campaignId: campaign.id, arm: 'target' },
      select: { planId: true, plan: { select: { managerId: true, contactId: true, accountId: true } } },
    });
    if (targeted.length === 0)
      throw AppError.conflict('The campaign has no targeted clients; add members first');
    const locale = await tenantLocale(ctx.db, tenantId);
    for (const member of targeted) {
      const offer = await openOffer(ctx.db, ctx.bdb, {
        tenantId,
        planId: member.planId,
        ...member.plan,
        productType: asProductType(campaign.productType),
        source: 'campaign',
        campaignId: campaign.id,
        validUntil: new Date(now.getTime() + campaign.responseWindowDays * DAY_MS),
        dedupeKey: `campaign:${campaign.id}:${member.planId}`,
        actorUserId: ctx.actor.userId,
        locale,
        taskDueInDays: 5,
      });
      if (offer) {
        await ctx.bdb.bankCampaignMember.updateMany({
          where: { tenantId, campaignId: campaign.id, planId: member.planId },
          data: { offerId: offer.id },
        });
      }
    }
  }
  if (input.to === 'evaluated') {
    const windowEnd = (campaign.startedAt?.getTime() ?? 0) + campaign.responseWindowDays * DAY_MS;
    if (windowEnd > now.getTime())
      throw AppError.conflict(
        `The response window is still open until ${new Date(windowEnd).toISOString().slice(0, 10)}`,
      );
    await measureResponses(ctx.bdb, tenantId, campaign);
  }
  const updated = await ctx.bdb.bankCampaign.updateMany({
    where: { tenantId, id: campaign.id, status: from, version: input.expectedVersion ?? campaign.version },
    data: {
      status: input.to,
      ...(input.to === 'running' ? { startedAt: now } : {}),
      ...(input.to === 'evaluated' ? { evaluatedAt: now } : {}),
    },
  });
  if (updated.count === 0) throw AppError.conflict('The campaign was changed meanwhile; reload it and retry');
  const after = await getCampaign(ctx, campaign.id);
  await recordAudit(ctx, {
    action: 'bank.campaign.status_changed',
    recordType: 'bank.campaign',
    recordId: campaign.id,
    before: { status: from },
    after: { status: after.status, results: after.results },
  });
  return after;
}
