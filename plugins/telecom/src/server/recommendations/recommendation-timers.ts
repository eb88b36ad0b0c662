import { newId, type TenantDb } from '@crm/core';
import type { TelecomDb } from '../../db.js';
import { closeOfferTask } from './decide-recommendation.js';
import { reminderText } from './offer-texts.js';

/** Which open recommendations a timer step acts on: those a run issued, or all whose time has come. */
export type TimerScope = { runId: string } | { due: Date };

async function locale(db: TenantDb, tenantId: string) {
  const tenant = await db.tenant.findFirst({ where: { id: tenantId }, select: { locale: true } });
  return tenant?.locale === 'en' ? 'en' : 'ru';
}

/**
 * Day 7: reminds the account manager of each open offer in scope (one notification per offer, ever).
 * Idempotent: `remindedAt` marks offers already reminded.
 */
export async function remindRecommendations(
  db: TenantDb,
  tdb: TelecomDb,
  tenantId: string,
  scope: TimerScope,
  now = new Date(),
): Promise<{ reminded: number }> {
  const open = await tdb.telecomRecommendation.findMany({
    where: {
      tenantId,
      status: 'issued',
      remindedAt: null,
      ...('runId' in scope ? { runId: scope.runId } : { remindAt: { lte: scope.due } }),
    },
    select: {
      id: true,
      ownerId: true,
      accountId: true,
      product: { select: { productSerialNumber: true } },
      recommendedOffering: { select: { name: true } },
    },
  });
  const lang = await locale(db, tenantId);
  let reminded = 0;
  for (const rec of open) {
    const marked = await tdb.telecomRecommendation.updateMany({
      where: { tenantId, id: rec.id, status: 'issued', remindedAt: null },
      data: { remindedAt: now },
    });
    if (marked.count === 0) continue;
    reminded += 1;
    if (!rec.ownerId) continue;
    await db.notification.upsert({
      where: { tenantId_idempotencyKey: { tenantId, idempotencyKey: `telecom.offer-reminder:${rec.id}` } },
      create: {
        tenantId,
        id: newId(),
        userId: rec.ownerId,
        title: reminderText(rec.product.productSerialNumber, rec.recommendedOffering.name, lang),
        recordType: 'account',
        recordId: rec.accountId,
        idempotencyKey: `telecom.offer-reminder:${rec.id}`,
      },
      update: {},
      select: { id: true },
    });
  }
  return { reminded };
}

/** Day 14: open offers in scope lapse ("not accepted") and their tasks close. Idempotent. */
export async function expireRecommendations(
  db: TenantDb,
  tdb: TelecomDb,
  tenantId: string,
  scope: TimerScope,
  now = new Date(),
): Promise<{ expired: number }> {
  const open = await tdb.telecomRecommendation.findMany({
    where: {
      tenantId,
      status: 'issued',
      ...('runId' in scope ? { runId: scope.runId } : { validUntil: { lte: scope.due } }),
    },
    select: { id: true, taskActivityId: true },
  });
  let expired = 0;
  for (const rec of open) {
    const moved = await tdb.telecomRecommendation.updateMany({
      where: { tenantId, id: rec.id, status: 'issued' },
      data: { status: 'expired', decidedAt: now },
    });
    if (moved.count === 0) continue;
    expired += 1;
    await closeOfferTask(db, tenantId, rec.taskActivityId ?? undefined, 'expired: not accepted', now);
  }
  return { expired };
}
