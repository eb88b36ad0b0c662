import { newId, type TenantDb } from '@crm/core';
import type { TelecomConfig } from '../../config.js';
import type { TelecomDb } from '../../db.js';
import { isUniqueViolation } from '../shared/unique-violation.js';
import type { ProductSavings } from './analyse-product-savings.js';
import { offerTask, type Locale } from './offer-texts.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export type IssueOutcome =
  | { issued: true; created: boolean; recommendationId: string }
  | {
      issued: false;
      reason: 'insufficientHistory' | 'noCheaperTariff' | 'belowThreshold' | 'answeredRecently';
    };

/** A client who declined (or let lapse) an offer for a line is not asked again about it for this long. */
const QUIET_DAYS = 30;

/**
 * Turns a savings analysis into an offer when the saving reaches the tenant's threshold, or the
 * client's churn score does: a recommendation valid `offerValidDays` (reminder on `offerReminderDay`)
 * and a task for the account manager with the month-by-month table. At most one open recommendation
 * per subscription: a second call returns the open one (created: false); a line whose offer was
 * declined or lapsed in the last 30 days is left alone.
 */
export async function issueRecommendation(
  db: TenantDb,
  tdb: TelecomDb,
  request: {
    tenantId: string;
    analysis: ProductSavings;
    churnScore: number;
    config: TelecomConfig;
    runId: string | null;
    now: Date;
  },
): Promise<IssueOutcome> {
  const { tenantId, analysis, churnScore, config, now } = request;
  if (analysis.skipped) return { issued: false, reason: analysis.skipped };
  const best = analysis.best;
  if (!best) return { issued: false, reason: 'noCheaperTariff' };
  const trigger =
    best.monthlySaving >= config.minMonthlySaving
      ? 'saving'
      : churnScore >= config.churnScoreThreshold
        ? 'churnRisk'
        : null;
  if (!trigger) return { issued: false, reason: 'belowThreshold' };
  const open = await tdb.telecomRecommendation.findFirst({
    where: { tenantId, productId: analysis.productId, status: 'issued' },
    select: { id: true },
  });
  if (open) return { issued: true, created: false, recommendationId: open.id };
  const answered = await tdb.telecomRecommendation.findFirst({
    where: {
      tenantId,
      productId: analysis.productId,
      status: { in: ['declined', 'expired'] },
      decidedAt: { gt: new Date(now.getTime() - QUIET_DAYS * DAY_MS) },
    },
    select: { id: true },
  });
  if (answered) return { issued: false, reason: 'answeredRecently' };
  const [tenant, account, product] = await Promise.all([
    db.tenant.findFirst({ where: { id: tenantId }, select: { locale: true } }),
    db.account.findFirst({ where: { tenantId, id: analysis.accountId }, select: { ownerId: true } }),
    tdb.telecomProduct.findFirst({
      where: { tenantId, id: analysis.productId },
      select: { productSerialNumber: true },
    }),
  ]);
  const locale: Locale = tenant?.locale === 'en' ? 'en' : 'ru';
  const ownerId = account?.ownerId ?? null;
  const task = offerTask(
    {
      serial: product?.productSerialNumber ?? '',
      from: analysis.currentOfferingName,
      to: best.offeringName,
      saving: best.monthlySaving,
      currency: analysis.currency,
      months: best.months,
    },
    locale,
    trigger,
  );
  const id = newId();
  const taskActivityId = newId();
  try {
    await tdb.telecomRecommendation.create({
      data: {
        tenantId,
        id,
        accountId: analysis.accountId,
        productId: analysis.productId,
        currentOfferingId: analysis.currentOfferingId,
        recommendedOfferingId: best.offeringId,
        currency: analysis.currency,
        currentMonthlyAvg: analysis.currentMonthlyAvg,
        recommendedMonthlyAvg: best.recommendedMonthlyAvg,
        monthlySaving: best.monthlySaving,
        churnScore,
        trigger,
        months: best.months.map((m) => ({ ...m, usage: { ...m.usage } })),
        status: 'issued',
        validUntil: new Date(now.getTime() + config.offerValidDays * DAY_MS),
        remindAt: new Date(now.getTime() + config.offerReminderDay * DAY_MS),
        taskActivityId,
        ownerId,
        runId: request.runId,
      },
      select: { id: true },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const raced = await tdb.telecomRecommendation.findFirst({
      where: { tenantId, productId: analysis.productId, status: 'issued' },
      select: { id: true },
    });
    if (raced) return { issued: true, created: false, recommendationId: raced.id };
    throw error;
  }
  await db.activity.create({
    data: {
      tenantId,
      id: taskActivityId,
      type: 'task',
      subject: task.subject.slice(0, 300),
      body: task.body,
      ownerId,
      accountId: analysis.accountId,
      dueAt: new Date(now.getTime() + 2 * DAY_MS),
    },
    select: { id: true },
  });
  return { issued: true, created: true, recommendationId: id };
}
