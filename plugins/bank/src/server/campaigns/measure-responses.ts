import type { BankDb } from '../../db.js';

const DAY_MS = 86_400_000;

/**
 * Marks the members who responded inside the response window: a product of the campaign's type
 * opened between the start and the window's end, in either group (that is what makes the holdout a
 * control), or an accepted campaign offer (already marked when accepted). Idempotent.
 */
export async function measureResponses(
  bdb: BankDb,
  tenantId: string,
  campaign: { id: string; productType: string; startedAt: Date | null; responseWindowDays: number },
): Promise<void> {
  if (!campaign.startedAt) return;
  const windowEnd = new Date(campaign.startedAt.getTime() + campaign.responseWindowDays * DAY_MS);
  const pending = await bdb.bankCampaignMember.findMany({
    where: { tenantId, campaignId: campaign.id, respondedAt: null },
    select: { planId: true },
  });
  if (pending.length === 0) return;
  const opened = await bdb.bankProduct.findMany({
    where: {
      tenantId,
      planId: { in: pending.map((p) => p.planId) },
      productType: campaign.productType,
      openedAt: { gte: campaign.startedAt, lte: windowEnd },
    },
    orderBy: { openedAt: 'asc' },
    select: { planId: true, openedAt: true },
  });
  const first = new Map<string, Date>();
  for (const product of opened) if (!first.has(product.planId)) first.set(product.planId, product.openedAt);
  for (const [planId, at] of first) {
    await bdb.bankCampaignMember.updateMany({
      where: { tenantId, campaignId: campaign.id, planId, respondedAt: null },
      data: { respondedAt: at },
    });
  }
}
