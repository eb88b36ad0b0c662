import type { BankDb } from '../../db.js';
import { asProductType } from '../shared/product-types.js';
import { asCampaignStatus, campaignMachine } from './campaign-state-machine.js';
import type { CampaignOutput, CampaignRow } from './campaign.schema.js';
import { campaignResults } from './holdout.js';
import { measureResponses } from './measure-responses.js';

const DAY_MS = 86_400_000;

/** A campaign with its response measured now (running) or as frozen at evaluation. */
export async function presentCampaign(
  bdb: BankDb,
  tenantId: string,
  row: CampaignRow,
): Promise<CampaignOutput> {
  const status = asCampaignStatus(row.status);
  if (status === 'running') await measureResponses(bdb, tenantId, row);
  const members = await bdb.bankCampaignMember.findMany({
    where: { tenantId, campaignId: row.id },
    select: { arm: true, respondedAt: true },
  });
  return {
    ...row,
    productType: asProductType(row.productType),
    status,
    allowedTransitions: [...campaignMachine.allowed(status)],
    windowEndsAt: row.startedAt ? new Date(row.startedAt.getTime() + row.responseWindowDays * DAY_MS) : null,
    results: campaignResults(
      members.map((m) => ({
        arm: m.arm === 'holdout' ? 'holdout' : 'target',
        responded: m.respondedAt !== null,
      })),
    ),
  };
}
