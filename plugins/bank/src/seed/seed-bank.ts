import { newId, type PluginLifecycleContext } from '@crm/core';
import type { BankConfig } from '../config.js';
import { bankContext, type BankContext } from '../db.js';
import { nextContactDue } from '../server/plans/cadence.js';
import { marginCents, valueTierOf } from '../server/profitability/value-tier.js';
import { tenantLocale } from '../server/shared/locale.js';
import {
  seedHousehold,
  seedIndividuals,
  seedOrganisations,
  seedRules,
  seedTiers,
  type SeedClient,
  type SeedLocale,
} from './seed-data.js';
import { seedOffersAndCampaign } from './seed-campaign.js';
import { seedReferrals } from './seed-referrals.js';

const DAY_MS = 86_400_000;

async function writeTiers(
  ctx: BankContext,
  locale: SeedLocale,
): Promise<Map<string, { id: string; interval: number }>> {
  const tenantId = ctx.actor.tenantId;
  await ctx.bdb.bankTier.createMany({
    data: seedTiers.map((tier) => ({ ...tier, name: tier.name[locale], tenantId, id: newId() })),
    skipDuplicates: true,
  });
  const tiers = await ctx.bdb.bankTier.findMany({
    where: { tenantId },
    select: { id: true, key: true, contactIntervalDays: true },
  });
  return new Map(tiers.map((t) => [t.key, { id: t.id, interval: t.contactIntervalDays }]));
}

/** One client: plan, products and three months of profitability; nothing if it has a plan already. */
async function writeClient(
  ctx: BankContext,
  client: SeedClient,
  record: { contactId: string | null; accountId: string | null; ownerId: string | null },
  tier: { id: string; interval: number },
  config: BankConfig,
  locale: SeedLocale,
  now: Date,
): Promise<string | null> {
  const tenantId = ctx.actor.tenantId;
  const existing = await ctx.bdb.bankRelationshipPlan.findFirst({
    where: record.contactId
      ? { tenantId, contactId: record.contactId }
      : { tenantId, accountId: record.accountId },
    select: { id: true },
  });
  if (existing) return null;
  const id = newId();
  const createdAt = new Date(
    now.getTime() - Math.max(...client.products.map((p) => p.openedDaysAgo)) * DAY_MS,
  );
  const lastContactAt =
    client.lastContactDaysAgo === null ? null : new Date(now.getTime() - client.lastContactDaysAgo * DAY_MS);
  const margin = marginCents(String(client.revenue), String(client.costToServe), '0') / 100;
  await ctx.bdb.bankRelationshipPlan.create({
    data: {
      tenantId,
      id,
      clientType: record.contactId ? 'individual' : 'organisation',
      contactId: record.contactId,
      accountId: record.accountId,
      managerId: record.ownerId,
      tierId: tier.id,
      segment: client.segment[locale],
      region: client.region[locale],
      insight: client.insight[locale],
      valueTier: valueTierOf(margin, config.valueTierThresholds),
      lastContactAt,
      nextContactDueAt: nextContactDue(lastContactAt, createdAt, tier.interval),
      createdAt,
    },
    select: { id: true },
  });
  const prefix = id.replace(/-/g, '').slice(-8).toUpperCase();
  await ctx.bdb.bankProduct.createMany({
    data: client.products.map((p, i) => ({
      tenantId,
      id: newId(),
      planId: id,
      productType: p.type,
      number: `40817810${prefix}${String(i + 1).padStart(4, '0')}`,
      status: p.closed ? 'closed' : 'active',
      openedAt: new Date(now.getTime() - p.openedDaysAgo * DAY_MS),
      closedAt: p.closed ? new Date(now.getTime() - 30 * DAY_MS) : null,
      currency: config.defaultCurrency,
      balance: p.balance.toFixed(2),
      creditLimit: p.creditLimit === undefined ? null : p.creditLimit.toFixed(2),
    })),
  });
  const month = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);
  await ctx.bdb.bankProfitabilitySnapshot.createMany({
    data: [1, 2, 3].map((back) => {
      const period = new Date(month);
      period.setUTCMonth(period.getUTCMonth() - back);
      // A little movement from month to month, growing towards now.
      const revenue = Math.round(client.revenue * (1 - back * 0.03));
      const m = marginCents(String(revenue), String(client.costToServe), '0') / 100;
      return {
        tenantId,
        id: newId(),
        planId: id,
        period,
        currency: config.defaultCurrency,
        revenue: revenue.toFixed(2),
        costToServe: client.costToServe.toFixed(2),
        margin: m.toFixed(2),
        valueTier: valueTierOf(m, config.valueTierThresholds),
        productsHeld: client.products.filter((p) => !p.closed).length,
      };
    }),
    skipDuplicates: true,
  });
  return id;
}

/**
 * The plugin's demo data for a tenant: tiers, client plans for the first contacts and accounts (with
 * products, profitability and value tiers), a household, distribution rules over the sales team,
 * referrals in every status, offers and a running campaign with a holdout. Keyed on natural keys
 * (tier keys, one plan per client, product numbers, rule and campaign names): running it again
 * writes nothing twice.
 */
export async function seedBank({
  ctx: tenantCtx,
  config,
}: PluginLifecycleContext<BankConfig>): Promise<void> {
  if (!config.seedDemoData) return;
  const ctx = bankContext(tenantCtx);
  const tenantId = ctx.actor.tenantId;
  const locale = await tenantLocale(ctx.db, tenantId);
  const now = new Date();
  const tiers = await writeTiers(ctx, locale);

  const contacts = await ctx.db.contact.findMany({
    where: { tenantId, deletedAt: null },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: seedIndividuals.length,
    select: { id: true, ownerId: true },
  });
  const accounts = await ctx.db.account.findMany({
    where: { tenantId, deletedAt: null },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: seedOrganisations.length,
    select: { id: true, ownerId: true },
  });
  const clients = [
    ...contacts.map((c, i) => ({
      seed: seedIndividuals[i],
      record: { contactId: c.id, accountId: null, ownerId: c.ownerId },
    })),
    ...accounts.map((a, i) => ({
      seed: seedOrganisations[i],
      record: { contactId: null, accountId: a.id, ownerId: a.ownerId },
    })),
  ];
  const planIds: string[] = [];
  for (const { seed, record } of clients) {
    const tier = seed ? tiers.get(seed.tier) : undefined;
    if (!seed || !tier) continue;
    const id = await writeClient(ctx, seed, record, tier, config, locale, now);
    if (id) planIds.push(id);
  }

  await seedHouseholdOf(
    ctx,
    contacts.slice(0, 2).map((c) => c.id),
    locale,
  );
  await seedDistributionRules(ctx, locale, tiers);
  if (planIds.length) await seedReferrals(ctx, planIds, locale, now);
  await seedOffersAndCampaign(ctx, locale, now, config);
}

async function seedHouseholdOf(ctx: BankContext, contactIds: string[], locale: SeedLocale): Promise<void> {
  const tenantId = ctx.actor.tenantId;
  if (contactIds.length < 2) return;
  const taken = await ctx.bdb.bankHouseholdMember.count({
    where: { tenantId, contactId: { in: contactIds } },
  });
  if (taken > 0) return;
  const id = newId();
  await ctx.bdb.bankHousehold.create({
    data: { tenantId, id, name: seedHousehold.name[locale], notes: seedHousehold.notes[locale] },
    select: { id: true },
  });
  await ctx.bdb.bankHouseholdMember.createMany({
    data: contactIds.map((contactId, i) => ({
      tenantId,
      householdId: id,
      contactId,
      role: i === 0 ? 'head' : 'spouse',
      isPrimary: i === 0,
    })),
  });
}

async function seedDistributionRules(
  ctx: BankContext,
  locale: SeedLocale,
  tiers: Map<string, { id: string }>,
): Promise<void> {
  const tenantId = ctx.actor.tenantId;
  const members = await ctx.db.membership.findMany({
    where: { disabledAt: null, role: { key: { in: ['sales_manager', 'sales_rep'] } } },
    orderBy: { createdAt: 'asc' },
    select: { userId: true, role: { select: { key: true } } },
  });
  const managers = members.filter((m) => m.role.key === 'sales_manager').map((m) => m.userId);
  const reps = members.filter((m) => m.role.key === 'sales_rep').map((m) => m.userId);
  const everyone = [...managers, ...reps];
  if (everyone.length === 0) return;
  const pools = [managers.length ? managers : everyone, everyone, reps.length ? reps : everyone];
  await ctx.bdb.bankDistributionRule.createMany({
    data: seedRules.map((rule, i) => ({
      tenantId,
      id: newId(),
      name: rule.name[locale],
      priority: rule.priority,
      segment: rule.segment?.[locale] ?? null,
      clientType: rule.clientType ?? null,
      tierId: i === 1 ? (tiers.get('sme')?.id ?? null) : null,
      managerIds: pools[i] ?? everyone,
    })),
    skipDuplicates: true,
  });
}
