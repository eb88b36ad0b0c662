import { newId } from '@crm/core';
import type { BankContext } from '../db.js';
import { logStatusChange } from '../server/shared/status-log.js';
import type { ProductType } from '../server/shared/product-types.js';

const HOUR_MS = 3_600_000;

const path: Record<string, readonly string[]> = {
  submitted: [],
  in_review: ['in_review'],
  authorized: ['in_review', 'authorized'],
  rejected: ['in_review', 'rejected'],
};

const demo: { status: keyof typeof path; productType: ProductType; hoursAgo: number }[] = [
  { status: 'submitted', productType: 'mortgage', hoursAgo: 30 },
  { status: 'in_review', productType: 'investment', hoursAgo: 50 },
  { status: 'authorized', productType: 'insurance', hoursAgo: 200 },
  { status: 'rejected', productType: 'consumer_loan', hoursAgo: 300 },
  { status: 'submitted', productType: 'deposit', hoursAgo: 4 },
];

/** Referrals in every status with their status log; only when the tenant has none yet. */
export async function seedReferrals(
  ctx: BankContext,
  planIds: readonly string[],
  locale: 'ru' | 'en',
  now: Date,
): Promise<void> {
  const rejection = locale === 'ru' ? 'доход не подтверждён' : 'income not confirmed';
  const tenantId = ctx.actor.tenantId;
  if ((await ctx.bdb.bankReferral.count({ where: { tenantId } })) > 0) return;
  for (const [i, referral] of demo.entries()) {
    const planId = planIds[i % planIds.length];
    if (!planId) continue;
    const id = newId();
    const submittedAt = new Date(now.getTime() - referral.hoursAgo * HOUR_MS);
    const steps = path[referral.status] ?? [];
    const reviewStartedAt = steps.length ? new Date(submittedAt.getTime() + 6 * HOUR_MS) : null;
    const decidedAt = steps.length > 1 ? new Date(submittedAt.getTime() + 48 * HOUR_MS) : null;
    await ctx.bdb.bankReferral.create({
      data: {
        tenantId,
        id,
        planId,
        productType: referral.productType,
        referrerUserId: ctx.actor.userId,
        status: referral.status,
        submittedAt,
        reviewStartedAt,
        decidedAt,
        decisionReason: referral.status === 'rejected' ? rejection : null,
      },
      select: { id: true },
    });
    let from: string | null = null;
    for (const [j, to] of ['submitted', ...steps].entries()) {
      await logStatusChange(ctx.bdb, {
        tenantId,
        recordType: 'referral',
        recordId: id,
        fromStatus: from,
        toStatus: to,
        reason: to === 'rejected' ? rejection : null,
        actorUserId: ctx.actor.userId,
        at: [submittedAt, reviewStartedAt, decidedAt][j] ?? submittedAt,
      });
      from = to;
    }
  }
}
