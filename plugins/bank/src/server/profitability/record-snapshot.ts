import { authorize, newId, recordAudit } from '@crm/core';
import type { BankContext } from '../../db.js';
import { findPlan } from '../plans/find-plan.js';
import { tenantConfig } from '../shared/tenant-config.js';
import { presentSnapshot } from './present-snapshot.js';
import { snapshotSelect, type RecordSnapshotInput, type SnapshotOutput } from './profitability.schema.js';
import { marginCents, valueTierOf } from './value-tier.js';

/**
 * Records (or corrects) a client's profitability for a month: margin = revenue − cost to serve − risk
 * cost, and the value tier it puts the client in. The latest month's tier becomes the client's.
 */
export async function recordSnapshot(ctx: BankContext, input: RecordSnapshotInput): Promise<SnapshotOutput> {
  authorize(ctx.ability, 'create', 'bank.Profitability');
  const tenantId = ctx.actor.tenantId;
  const plan = await findPlan(ctx, input.planId, 'create', 'bank.Profitability');
  const config = await tenantConfig(ctx.db);
  const cents = marginCents(input.revenue, input.costToServe, input.riskCost);
  const valueTier = valueTierOf(cents / 100, config.valueTierThresholds);
  const productsHeld = await ctx.bdb.bankProduct.count({
    where: { tenantId, planId: plan.id, status: { not: 'closed' } },
  });
  const period = new Date(`${input.period}T00:00:00Z`);
  const figures = {
    currency: input.currency ?? config.defaultCurrency,
    revenue: input.revenue,
    costToServe: input.costToServe,
    riskCost: input.riskCost,
    margin: (cents / 100).toFixed(2),
    valueTier,
    productsHeld,
  };
  const row = await ctx.bdb.bankProfitabilitySnapshot.upsert({
    where: { tenantId_planId_period: { tenantId, planId: plan.id, period } },
    create: { tenantId, id: newId(), planId: plan.id, period, ...figures },
    update: figures,
    select: snapshotSelect,
  });
  const latest = await ctx.bdb.bankProfitabilitySnapshot.findFirst({
    where: { tenantId, planId: plan.id },
    orderBy: { period: 'desc' },
    select: { valueTier: true },
  });
  if (latest) {
    await ctx.bdb.bankRelationshipPlan.updateMany({
      where: { tenantId, id: plan.id },
      data: { valueTier: latest.valueTier },
    });
  }
  const snapshot = presentSnapshot(row);
  await recordAudit(ctx, {
    action: 'bank.profitability.recorded',
    recordType: 'bank.client',
    recordId: plan.id,
    after: snapshot,
  });
  return snapshot;
}
