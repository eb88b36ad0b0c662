import { newId, type TenantDb } from '@crm/core';
import type { BankDb } from '../../db.js';
import { logStatusChange } from '../shared/status-log.js';
import { productLabels, type ProductType } from '../shared/product-types.js';
import type { Locale } from '../shared/locale.js';

const DAY_MS = 86_400_000;

export interface NewOffer {
  tenantId: string;
  planId: string;
  managerId: string | null;
  contactId: string | null;
  accountId: string | null;
  productType: ProductType;
  source: 'second_product' | 'campaign' | 'manual';
  campaignId?: string | null;
  amount?: string | null;
  currency?: string | null;
  rate?: number | null;
  validUntil: Date;
  /** Makes the offer once only (e.g. `second_product:<planId>`); null for none. */
  dedupeKey: string | null;
  actorUserId: string | null;
  locale: Locale;
  /** Create the manager's task to present the offer (with a due date) too. */
  taskDueInDays: number | null;
}

/**
 * Writes a proposed offer (logged) and, if asked, the manager's task to present it, on the client's
 * contact or account. Returns null when an offer with the same dedupe key exists (idempotent).
 */
export async function openOffer(
  db: TenantDb,
  bdb: BankDb,
  offer: NewOffer,
): Promise<{ id: string; taskActivityId: string | null } | null> {
  if (offer.dedupeKey) {
    const existing = await bdb.bankOffer.findFirst({
      where: { tenantId: offer.tenantId, dedupeKey: offer.dedupeKey },
      select: { id: true },
    });
    if (existing) return null;
  }
  const id = newId();
  const now = new Date();
  let taskActivityId: string | null = null;
  if (offer.taskDueInDays !== null) {
    taskActivityId = newId();
    const label = productLabels[offer.productType][offer.locale];
    await db.activity.create({
      data: {
        tenantId: offer.tenantId,
        id: taskActivityId,
        type: 'call',
        subject: offer.locale === 'ru' ? `Предложить клиенту: ${label}` : `Offer the client a ${label}`,
        ownerId: offer.managerId,
        contactId: offer.contactId,
        accountId: offer.accountId,
        dueAt: new Date(now.getTime() + offer.taskDueInDays * DAY_MS),
      },
      select: { id: true },
    });
  }
  await bdb.bankOffer.create({
    data: {
      tenantId: offer.tenantId,
      id,
      planId: offer.planId,
      productType: offer.productType,
      source: offer.source,
      campaignId: offer.campaignId ?? null,
      amount: offer.amount ?? null,
      currency: offer.currency ?? null,
      rate: offer.rate ?? null,
      validUntil: offer.validUntil,
      taskActivityId,
      dedupeKey: offer.dedupeKey,
      createdById: offer.actorUserId,
    },
    select: { id: true },
  });
  await logStatusChange(bdb, {
    tenantId: offer.tenantId,
    recordType: 'offer',
    recordId: id,
    fromStatus: null,
    toStatus: 'proposed',
    reason: null,
    actorUserId: offer.actorUserId,
    at: now,
  });
  return { id, taskActivityId };
}
