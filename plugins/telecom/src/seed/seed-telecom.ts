import { newId, type PluginLifecycleContext } from '@crm/core';
import type { TelecomConfig } from '../config.js';
import { telecomContext, type TelecomContext } from '../db.js';
import { lastWholeMonths } from '../server/recommendations/savings.js';
import { recordStatusChange } from '../server/shared/record-status-change.js';
import { replaceBundle, replacePrices } from '../server/offerings/write-offering-parts.js';
import { slaDueAt } from '../server/tickets/ticket-sla.js';
import { seedLines, seedOfferings, seedTickets, type SeedLocale } from './seed-catalog.js';

const HOUR_MS = 60 * 60 * 1000;

/** The catalogue by name; offerings already there are kept as they are. Returns ids by seed key. */
async function seedCatalog(ctx: TelecomContext, locale: SeedLocale): Promise<Map<string, string>> {
  const tenantId = ctx.actor.tenantId;
  const ids = new Map<string, string>();
  for (const offering of seedOfferings) {
    const name = offering.name[locale];
    const found = await ctx.tdb.telecomProductOffering.findFirst({
      where: { tenantId, name },
      select: { id: true },
    });
    if (found) {
      ids.set(offering.key, found.id);
      continue;
    }
    const id = newId();
    await ctx.tdb.telecomProductOffering.create({
      data: {
        tenantId,
        id,
        name,
        description: offering.description[locale],
        lifecycleStatus: offering.lifecycleStatus,
        isBundle: Boolean(offering.bundle),
        isSellable: offering.isSellable ?? true,
        marketSegment: offering.marketSegment,
      },
      select: { id: true },
    });
    await replacePrices(ctx.tdb, tenantId, id, offering.prices(locale));
    const parts = (offering.bundle ?? []).flatMap((key) => {
      const part = ids.get(key);
      return part ? [{ id: part }] : [];
    });
    if (parts.length > 0) await replaceBundle(ctx.tdb, tenantId, id, parts);
    await recordStatusChange(ctx.tdb, {
      tenantId,
      entityType: 'productOffering',
      entityId: id,
      fromStatus: null,
      toStatus: offering.lifecycleStatus,
      actorUserId: ctx.actor.userId,
      at: new Date(),
    });
    ids.set(offering.key, id);
  }
  return ids;
}

/**
 * The plugin's demo data for a tenant: a Russian or English tariff catalogue in every lifecycle
 * status, subscriptions of the first clients with three months of billed usage (some paying more
 * than a launched tariff would cost) and trouble tickets in several statuses, one client near the
 * churn threshold. Keyed on natural keys (names, line numbers): running it again writes nothing twice.
 */
export async function seedTelecom({
  ctx: tenantCtx,
  config,
}: PluginLifecycleContext<TelecomConfig>): Promise<void> {
  if (!config.seedDemoData) return;
  const ctx = telecomContext(tenantCtx);
  const tenantId = ctx.actor.tenantId;
  const tenant = await ctx.db.tenant.findFirst({ where: { id: tenantId }, select: { locale: true } });
  const locale: SeedLocale = tenant?.locale === 'en' ? 'en' : 'ru';
  const now = new Date();
  const offerings = await seedCatalog(ctx, locale);
  const accounts = await ctx.db.account.findMany({
    where: { tenantId, deletedAt: null },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: 3,
    select: { id: true },
  });
  const months = lastWholeMonths(now, 3);
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 4, 1));
  const lines = new Map<string, string>();
  for (const line of seedLines) {
    const account = accounts[line.account];
    const offeringId = offerings.get(line.offering);
    if (!account || !offeringId) continue;
    const existing = await ctx.tdb.telecomProduct.findFirst({
      where: { tenantId, productSerialNumber: line.serial },
      select: { id: true },
    });
    if (existing) {
      lines.set(line.serial, existing.id);
      continue;
    }
    const offering = seedOfferings.find((o) => o.key === line.offering);
    const id = newId();
    await ctx.tdb.telecomProduct.create({
      data: {
        tenantId,
        id,
        accountId: account.id,
        offeringId,
        name: offering?.name[locale] ?? line.serial,
        productSerialNumber: line.serial,
        status: 'active',
        orderDate: start,
        startDate: start,
        statusChangedAt: start,
      },
      select: { id: true },
    });
    await recordStatusChange(ctx.tdb, {
      tenantId,
      entityType: 'product',
      entityId: id,
      fromStatus: null,
      toStatus: 'active',
      actorUserId: ctx.actor.userId,
      at: start,
    });
    lines.set(line.serial, id);
    await ctx.tdb.telecomUsage.createMany({
      data: months.flatMap(({ from }, index) => {
        const [data, voice, sms] = line.months[index] ?? [0, 0, 0];
        const usageDate = new Date(from.getTime() + 14 * 24 * HOUR_MS);
        return [
          { usageType: 'data', amount: data, units: 'GB' },
          { usageType: 'voice', amount: voice, units: 'min' },
          { usageType: 'sms', amount: sms, units: 'SMS' },
        ].map((u) => ({
          tenantId,
          id: newId(),
          accountId: account.id,
          productId: id,
          usageDate,
          status: 'billed',
          ...u,
        }));
      }),
    });
  }
  for (const ticket of seedTickets) {
    const account = accounts[ticket.account];
    if (!account) continue;
    const name = ticket.name[locale];
    const exists = await ctx.tdb.telecomTroubleTicket.findFirst({
      where: { tenantId, accountId: account.id, name },
      select: { id: true },
    });
    if (exists) continue;
    const createdAt = new Date(now.getTime() - ticket.ageHours * HOUR_MS);
    const due = slaDueAt(createdAt, ticket.severity, config.resolutionHours);
    const done = ticket.status === 'resolved' || ticket.status === 'closed';
    const id = newId();
    await ctx.tdb.telecomTroubleTicket.create({
      data: {
        tenantId,
        id,
        accountId: account.id,
        productId: ticket.line ? (lines.get(ticket.line) ?? null) : null,
        name,
        severity: ticket.severity,
        channel: ticket.channel,
        status: ticket.status,
        statusChangeDate: done ? new Date(createdAt.getTime() + 20 * HOUR_MS) : createdAt,
        expectedResolutionDate: due,
        resolutionDate: done ? new Date(createdAt.getTime() + 20 * HOUR_MS) : null,
        createdAt,
      },
      select: { id: true },
    });
    const path = {
      acknowledged: [],
      inProgress: ['inProgress'],
      pending: ['inProgress', 'pending'],
      resolved: ['inProgress', 'resolved'],
      closed: ['inProgress', 'resolved', 'closed'],
    }[ticket.status];
    let from: string | null = null;
    for (const [step, to] of ['acknowledged', ...path].entries()) {
      await recordStatusChange(ctx.tdb, {
        tenantId,
        entityType: 'troubleTicket',
        entityId: id,
        fromStatus: from,
        toStatus: to,
        actorUserId: ctx.actor.userId,
        at: new Date(createdAt.getTime() + step * HOUR_MS),
      });
      from = to;
    }
  }
}
