import { AppError } from '@crm/core';
import type { BankContext } from '../../db.js';
import { campaignSelect, type CampaignRow } from './campaign.schema.js';

export async function findCampaign(ctx: BankContext, id: string): Promise<CampaignRow> {
  const row = await ctx.bdb.bankCampaign.findFirst({
    where: { tenantId: ctx.actor.tenantId, id },
    select: campaignSelect,
  });
  if (!row) throw AppError.notFound('Campaign');
  return row;
}
