import { authorize, defineReport } from '@crm/core';
import { z } from 'zod';
import { bankContext } from '../db.js';
import { campaignResultsOutput, campaignSelect } from '../server/campaigns/campaign.schema.js';
import { campaignStatuses } from '../server/campaigns/campaign-state-machine.js';
import { presentCampaign } from '../server/campaigns/present-campaign.js';

/** Campaign effectiveness: response rate of the targeted group against the holdout, and the uplift. */
export const campaignResponseReport = defineReport({
  id: 'bank.campaignResponse',
  title: { en: 'Campaign response vs holdout', ru: 'Отклик кампаний против контрольной группы' },
  description: {
    en: 'For each started campaign: targeted and holdout clients, their response rates and the uplift the campaign caused',
    ru: 'По каждой запущенной кампании: целевая и контрольная группы, доля откликнувшихся и прирост, вызванный кампанией',
  },
  input: z.strictObject({}),
  output: z.object({
    rows: z.array(
      z.object({
        campaignId: z.uuid(),
        name: z.string(),
        productType: z.string(),
        status: z.enum(campaignStatuses),
        startedAt: z.date().nullable(),
        results: campaignResultsOutput,
      }),
    ),
  }),
  async run(tenantCtx) {
    authorize(tenantCtx.ability, 'read', 'bank.Campaign');
    const ctx = bankContext(tenantCtx);
    const rows = await ctx.bdb.bankCampaign.findMany({
      where: { tenantId: ctx.actor.tenantId, startedAt: { not: null } },
      orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
      take: 100,
      select: campaignSelect,
    });
    const out = [];
    for (const row of rows) {
      const campaign = await presentCampaign(ctx.bdb, ctx.actor.tenantId, row);
      out.push({
        campaignId: campaign.id,
        name: campaign.name,
        productType: campaign.productType,
        status: campaign.status,
        startedAt: campaign.startedAt,
        results: campaign.results,
      });
    }
    return { rows: out };
  },
});
