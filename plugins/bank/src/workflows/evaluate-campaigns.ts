import type { TenantDb } from '@crm/core';
import { bankTables } from '../db.js';
import { measureResponses } from '../server/campaigns/measure-responses.js';
import { systemAudit } from '../server/shared/system-audit.js';

const DAY_MS = 86_400_000;

/** Running campaigns whose response window is over: responses measured and the campaign evaluated. */
export async function evaluateCampaigns(
  db: TenantDb,
  tenantId: string,
  now = new Date(),
): Promise<{ evaluated: string[] }> {
  const bdb = bankTables;
  const running = await bdb.bankCampaign.findMany({
    where: { tenantId, status: 'running' },
    select: { id: true, name: true, productType: true, startedAt: true, responseWindowDays: true },
  });
  const evaluated: string[] = [];
  for (const campaign of running) {
    if (
      !campaign.startedAt ||
      campaign.startedAt.getTime() + campaign.responseWindowDays * DAY_MS > now.getTime()
    )
      continue;
    await measureResponses(bdb, tenantId, campaign);
    const done = await bdb.bankCampaign.updateMany({
      where: { tenantId, id: campaign.id, status: 'running' },
      data: { status: 'evaluated', evaluatedAt: now },
    });
    if (done.count === 0) continue;
    await systemAudit(db, tenantId, {
      action: 'bank.campaign.evaluated',
      recordType: 'bank.campaign',
      recordId: campaign.id,
    });
    evaluated.push(campaign.name);
  }
  return { evaluated };
}
