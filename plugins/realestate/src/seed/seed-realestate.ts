import { deals, newId, type PluginLifecycleContext } from '@crm/core';
import type { RealestateConfig } from '../config.js';
import { realestateContext, type RealestateContext } from '../db.js';
import { normalizeDistrictName } from '../server/districts/normalize-name.js';
import { runPendingMatching } from '../server/matching/run-pending-matching.js';
import { resolveDistrict } from '../server/districts/resolve-district.js';
import { seedDistricts, seedRequirements, type SeedLocale } from './seed-data.js';
import { seedObjectsOf } from './seed-objects.js';

const HOUR_MS = 60 * 60 * 1000;

/** The Moscow district dictionary with its aliases (natural key: the normalised name). */
async function seedDictionary(ctx: RealestateContext, locale: SeedLocale): Promise<void> {
  const tenantId = ctx.actor.tenantId;
  const City = locale === 'ru' ? 'Москва' : 'Moscow';
  const taken = new Set(
    (
      await ctx.rdb.realestateDistrictAlias.findMany({ where: { tenantId }, select: { normalized: true } })
    ).map((a) => a.normalized),
  );
  for (const district of seedDistricts) {
    const name = district.name[locale];
    if (taken.has(normalizeDistrictName(name))) continue;
    const id = newId();
    await ctx.rdb.realestateDistrict.create({ data: { tenantId, id, name, City }, select: { id: true } });
    const names = [name, ...district.aliases];
    for (const alias of names) {
      const normalized = normalizeDistrictName(alias);
      if (taken.has(normalized)) continue;
      taken.add(normalized);
      await ctx.rdb.realestateDistrictAlias.create({
        data: {
          tenantId,
          id: newId(),
          districtId: id,
          alias,
          normalized,
          source: alias === name ? 'name' : 'alias',
        },
        select: { id: true },
      });
    }
  }
}

/** Buyers' requirements (natural key: the name), matched right away. */
async function seedBuyers(
  ctx: RealestateContext,
  locale: SeedLocale,
  agents: readonly string[],
  contacts: readonly string[],
) {
  const tenantId = ctx.actor.tenantId;
  const City = locale === 'ru' ? 'Москва' : 'Moscow';
  const names = new Set(
    (await ctx.rdb.realestateRequirement.findMany({ where: { tenantId }, select: { name: true } })).map(
      (r) => r.name,
    ),
  );
  const ids = new Map<number, string>();
  for (const [index, requirement] of seedRequirements.entries()) {
    if (names.has(requirement.name[locale])) continue;
    const districtIds: string[] = [];
    for (const name of requirement.districts) {
      const resolved = await resolveDistrict(ctx.rdb, tenantId, name, City);
      if (resolved.districtId) districtIds.push(resolved.districtId);
    }
    const id = newId();
    await ctx.rdb.realestateRequirement.create({
      data: {
        tenantId,
        id,
        name: requirement.name[locale],
        contactId: contacts[requirement.contact] ?? null,
        agentId: agents[requirement.agent % Math.max(agents.length, 1)] ?? null,
        City,
        districtIds,
        minPrice: requirement.minPrice,
        maxPrice: requirement.maxPrice,
        minArea: requirement.minArea,
        maxArea: requirement.maxArea,
        minBedrooms: requirement.minBedrooms,
        notFirstFloor: requirement.notFirstFloor,
        notes: requirement.notes[locale],
        matchRequestedAt: new Date(),
        createdById: agents[0] ?? null,
      },
      select: { id: true },
    });
    ids.set(index, id);
  }
  return ids;
}

/**
 * The plugin's demo data for a tenant, in its language: the Moscow district dictionary with
 * variants, a dozen apartments in every listing and verification status (with a duplicate taken in
 * twice and districts typed with mistakes), buyers' requirements matched to them, showings in every
 * state and a closed deal with both prices. Keyed on natural keys: running it again writes nothing
 * twice.
 */
export async function seedRealestate({
  ctx: tenantCtx,
  config,
}: PluginLifecycleContext<RealestateConfig>): Promise<void> {
  if (!config.seedDemoData) return;
  const ctx = realestateContext(tenantCtx);
  const tenantId = ctx.actor.tenantId;
  const tenant = await ctx.db.tenant.findFirst({ where: { id: tenantId }, select: { locale: true } });
  const locale: SeedLocale = tenant?.locale === 'en' ? 'en' : 'ru';
  const members = await ctx.db.membership.findMany({
    where: { disabledAt: null },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: 3,
    select: { userId: true },
  });
  const agents = members.length > 0 ? members.map((m) => m.userId) : [ctx.actor.userId];
  const contacts = (
    await ctx.db.contact.findMany({
      where: { tenantId, deletedAt: null },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: 4,
      select: { id: true },
    })
  ).map((c) => c.id);

  await seedDictionary(ctx, locale);
  const objects = await seedObjectsOf(ctx, locale, agents, config);
  const requirements = await seedBuyers(ctx, locale, agents, contacts);
  await runPendingMatching(ctx.rdb, tenantId);

  const key = (id: string) => objects.get(id) ?? '';
  const showable = key('MSK-1001');
  const hasShowings = await ctx.rdb.realestateShowing.findFirst({
    where: { tenantId, ListingKey: showable },
    select: { id: true },
  });
  if (showable && !hasShowings) {
    const now = Date.now();
    const firstRequirement = requirements.get(0) ?? null;
    const showing = (ListingKey: string, startInHours: number, status: string, extra: object = {}) => ({
      tenantId,
      id: newId(),
      ListingKey,
      requirementId: firstRequirement,
      contactId: contacts[0] ?? null,
      ShowingAgentKey: agents[0] ?? null,
      ShowingAppointmentStatus: status,
      ShowingStartTimestamp: new Date(now + startInHours * HOUR_MS),
      ShowingEndTimestamp: new Date(now + (startInHours + 1) * HOUR_MS),
      createdById: agents[0] ?? null,
      createdAt: new Date(now + (startInHours - 48) * HOUR_MS),
      ...(status === 'Pending'
        ? {}
        : { decidedAt: new Date(now + (startInHours - 45) * HOUR_MS), decidedById: agents[0] ?? null }),
      ...extra,
    });
    await ctx.rdb.realestateShowing.createMany({
      data: [
        showing(showable, 20, 'Confirmed'),
        showing(key('MSK-1004'), 50, 'Pending'),
        showing(key('MSK-1004'), -30, 'Confirmed', {
          feedbackRating: 4,
          feedbackText:
            locale === 'ru' ? 'Понравилась планировка, смущает шум' : 'Liked the layout, worried about noise',
          feedbackAt: new Date(now - 26 * HOUR_MS),
        }),
        showing(showable, -5, 'Confirmed'),
        showing(key('MSK-1011'), 30, 'Denied', {
          statusReason: locale === 'ru' ? 'Собственник недоступен' : 'Owner unavailable',
        }),
      ].filter((s) => s.ListingKey !== ''),
    });
  }

  const sold = key('MSK-1009');
  const hasDeal = sold
    ? await ctx.rdb.realestateDeal.findFirst({
        where: { tenantId, ListingKey: sold },
        select: { dealId: true },
      })
    : null;
  const won = await ctx.db.stage.findFirst({
    where: { tenantId, kind: 'won', pipeline: { isDefault: true } },
    select: { id: true },
  });
  if (sold && !hasDeal && won) {
    const deal = await deals.createDeal(tenantCtx, {
      title:
        locale === 'ru' ? 'Продажа MSK-1009, Кутузовский пр-т, 24' : 'Sale of MSK-1009, 24 Kutuzovsky Ave',
      amount: '49500000',
      stageId: won.id,
      ownerId: agents[2 % agents.length] ?? null,
      customFields: {},
      ...(contacts[3] ? { contacts: [{ contactId: contacts[3] }] } : {}),
    });
    await ctx.rdb.realestateDeal.create({
      data: {
        tenantId,
        dealId: deal.id,
        ListingKey: sold,
        requirementId: requirements.get(0) ?? null,
        contractPrice: 49_500_000,
        realPrice: 52_000_000,
      },
      select: { dealId: true },
    });
  }
}
