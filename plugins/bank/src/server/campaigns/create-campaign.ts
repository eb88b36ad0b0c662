import { AppError, authorize, newId, recordAudit } from '@crm/core';
import type { BankContext } from '../../db.js';
import { isUniqueViolation } from '../shared/unique-violation.js';
import type { CampaignOutput, CreateCampaignInput } from './campaign.schema.js';
import { getCampaign } from './get-campaign.js';

/** A draft campaign: add members, then start it. */
export async function createCampaign(ctx: BankContext, input: CreateCampaignInput): Promise<CampaignOutput> {
  authorize(ctx.ability, 'create', 'bank.Campaign');
  const id = newId();
  try {
    await ctx.bdb.bankCampaign.create({
      data: { tenantId: ctx.actor.tenantId, id, ...input, createdById: ctx.actor.userId },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw AppError.invalid([{ field: 'name', message: 'a campaign with this name exists already' }]);
    throw error;
  }
  const campaign = await getCampaign(ctx, id);
  await recordAudit(ctx, {
    action: 'bank.campaign.created',
    recordType: 'bank.campaign',
    recordId: id,
    after: campaign,
  });
  return campaign;
}
