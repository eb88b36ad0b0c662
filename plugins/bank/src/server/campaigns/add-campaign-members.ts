import { AppError, authorize, recordAudit } from '@crm/core';
import type { BankContext } from '../../db.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { clientWhere } from '../shared/client-scope.js';
import type { AddCampaignMembersInput, CampaignOutput } from './campaign.schema.js';
import { findCampaign } from './find-campaign.js';
import { getCampaign } from './get-campaign.js';
import { isHeldOut } from './holdout.js';

/**
 * Adds active clients to a draft campaign, each drawn into the targeted or the holdout group (stable:
 * adding again changes nothing). Only clients the actor may read; unknown plan ids are refused.
 */
export async function addCampaignMembers(
  ctx: BankContext,
  input: AddCampaignMembersInput,
): Promise<CampaignOutput> {
  authorize(ctx.ability, 'update', 'bank.Campaign');
  const tenantId = ctx.actor.tenantId;
  const campaign = await findCampaign(ctx, input.id);
  if (campaign.status !== 'draft')
    throw AppError.conflict(`Members can be added to a draft campaign only; this one is ${campaign.status}`);
  const filters: Prisma.BankRelationshipPlanWhereInput[] = [
    { tenantId, status: 'active' },
    clientWhere(ctx.ability, 'read'),
  ];
  if (input.planIds) filters.push({ id: { in: input.planIds } });
  if (input.tierKey) filters.push({ tier: { key: input.tierKey } });
  if (input.valueTier) filters.push({ valueTier: input.valueTier });
  const plans = await ctx.bdb.bankRelationshipPlan.findMany({
    where: { AND: filters },
    select: { id: true },
    take: 5000,
  });
  if (input.planIds) {
    const found = new Set(plans.map((p) => p.id));
    const issues = input.planIds.flatMap((id, i) =>
      found.has(id) ? [] : [{ field: `planIds.${i}`, message: 'no such active client' }],
    );
    if (issues.length) throw AppError.invalid(issues);
  }
  await ctx.bdb.bankCampaignMember.createMany({
    data: plans.map((p) => ({
      tenantId,
      campaignId: campaign.id,
      planId: p.id,
      arm: isHeldOut(campaign.id, p.id, campaign.holdoutPercent) ? 'holdout' : 'target',
    })),
    skipDuplicates: true,
  });
  const after = await getCampaign(ctx, campaign.id);
  await recordAudit(ctx, {
    action: 'bank.campaign.members_added',
    recordType: 'bank.campaign',
    recordId: campaign.id,
    after: { added: plans.length, targeted: after.results.targeted, holdout: after.results.holdout },
  });
  return after;
}
