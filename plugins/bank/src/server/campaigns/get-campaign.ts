import { authorize } from '@crm/core';
import type { BankContext } from '../../db.js';
import type { CampaignOutput } from './campaign.schema.js';
import { findCampaign } from './find-campaign.js';
import { presentCampaign } from './present-campaign.js';

export async function getCampaign(ctx: BankContext, id: string): Promise<CampaignOutput> {
  authorize(ctx.ability, 'read', 'bank.Campaign');
  return presentCampaign(ctx.bdb, ctx.actor.tenantId, await findCampaign(ctx, id));
}
