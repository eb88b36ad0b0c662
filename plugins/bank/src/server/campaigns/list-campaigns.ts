import { authorize } from '@crm/core';
import type { BankContext } from '../../db.js';
import { campaignSelect, type CampaignOutput } from './campaign.schema.js';
import { presentCampaign } from './present-campaign.js';

/** Campaigns, newest first (at most 100), each with its response against the holdout. */
export async function listCampaigns(ctx: BankContext): Promise<{ items: CampaignOutput[] }> {
  authorize(ctx.ability, 'read', 'bank.Campaign');
  const rows = await ctx.bdb.bankCampaign.findMany({
    where: { tenantId: ctx.actor.tenantId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 100,
    select: campaignSelect,
  });
  const items: CampaignOutput[] = [];
  for (const row of rows) items.push(await presentCampaign(ctx.bdb, ctx.actor.tenantId, row));
  return { items };
}
