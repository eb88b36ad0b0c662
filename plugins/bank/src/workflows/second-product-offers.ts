import type { TenantDb } from '@crm/core';
import { bankTables } from '../db.js';
import { openOffer } from '../server/offers/open-offer.js';
import { tenantLocale } from '../server/shared/locale.js';
import { asProductType } from '../server/shared/product-types.js';
import { tenantConfig } from '../server/shared/tenant-config.js';
import { secondProductFor } from './eligibility.js';

const DAY_MS = 86_400_000;

export interface SecondProductSettings {
  /** Days after the first product opened before the offer. */
  afterDays: number;
  /** Clients whose first product is older than this are left alone (the play is for new clients). */
  withinDays: number;
}

/**
 * The second-product play: clients who still hold exactly one product, opened between `afterDays`
 * and `withinDays` ago, pass the eligibility test and get one offer of the next best product with a
 * call task for their manager. At most one such offer per client ever (dedupe key), so daily runs
 * and retries write nothing twice. Runs inside the tenant's unit of work.
 */
export async function secondProductOffers(
  db: TenantDb,
  tenantId: string,
  settings: SecondProductSettings,
  now = new Date(),
): Promise<{ offered: number; ineligible: number }> {
  const bdb = bankTables;
  const config = await tenantConfig(db);
  const locale = await tenantLocale(db, tenantId);
  const from = new Date(now.getTime() - settings.withinDays * DAY_MS);
  const to = new Date(now.getTime() - settings.afterDays * DAY_MS);
  const plans = await bdb.bankRelationshipPlan.findMany({
    where: {
      tenantId,
      status: 'active',
      products: { some: { openedAt: { gte: from, lte: to } } },
      offers: { none: { source: 'second_product' } },
    },
    select: {
      id: true,
      status: true,
      valueTier: true,
      clientType: true,
      managerId: true,
      contactId: true,
      accountId: true,
      products: { orderBy: { openedAt: 'asc' }, select: { productType: true, openedAt: true, status: true } },
    },
    take: 5000,
  });
  let offered = 0;
  let ineligible = 0;
  for (const plan of plans) {
    const [first] = plan.products;
    const open = plan.products.filter((p) => p.status !== 'closed');
    if (!first || first.openedAt < from || first.openedAt > to || open.length !== 1) continue;
    const product = secondProductFor(asProductType(first.productType), plan);
    if (!product) {
      ineligible += 1;
      continue;
    }
    const made = await openOffer(db, bdb, {
      tenantId,
      planId: plan.id,
      managerId: plan.managerId,
      contactId: plan.contactId,
      accountId: plan.accountId,
      productType: product,
      source: 'second_product',
      validUntil: new Date(now.getTime() + config.offerValidityDays * DAY_MS),
      dedupeKey: `second_product:${plan.id}`,
      actorUserId: null,
      locale,
      taskDueInDays: 2,
    });
    if (made) offered += 1;
  }
  return { offered, ineligible };
}
