import { newId, type PluginLifecycleContext } from '@crm/core';
import { logisticsContext } from '../db.js';
import type { LogisticsConfig } from '../config.js';
import { seedContracts, seedProfiles, seedVehicles, type SeedLocale } from './seed-data.js';
import { seedShipmentsAndPlans } from './seed-shipments.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/**
 * The plugin's demo data for a tenant: a fleet in every status (with its status log), logistics
 * profiles for the first accounts, contracts around the renewal horizon, routes, shipments and the
 * sales plans of the month. Keyed on natural keys (plate numbers, account ids, contract numbers, route
 * codes, shipment numbers, plan periods): running it again writes nothing twice.
 */
export async function seedLogistics({
  ctx: tenantCtx,
  config,
}: PluginLifecycleContext<LogisticsConfig>): Promise<void> {
  if (!config.seedDemoData) return;
  const ctx = logisticsContext(tenantCtx);
  const tenantId = ctx.actor.tenantId;
  const tenant = await ctx.db.tenant.findFirst({ where: { id: tenantId }, select: { locale: true } });
  const locale: SeedLocale = tenant?.locale === 'en' ? 'en' : 'ru';
  const now = new Date();

  const existing = new Set(
    (await ctx.ldb.logisticsVehicle.findMany({ select: { plateNumber: true } })).map((v) => v.plateNumber),
  );
  for (const vehicle of seedVehicles.filter((v) => !existing.has(v.plateNumber))) {
    const id = newId();
    const reservedUntil =
      vehicle.status === 'reserved' ? new Date(now.getTime() + (vehicle.reservedHours ?? 4) * HOUR_MS) : null;
    await ctx.ldb.logisticsVehicle.create({
      data: {
        tenantId,
        id,
        plateNumber: vehicle.plateNumber,
        vin: vehicle.vin,
        make: vehicle.make[locale],
        model: vehicle.model,
        year: vehicle.year,
        bodyType: vehicle.bodyType,
        payloadKg: vehicle.payloadKg,
        volumeM3: vehicle.volumeM3,
        ownership: vehicle.ownership,
        status: vehicle.status,
        statusReason: vehicle.reason?.[locale] ?? null,
        reservedUntil,
        statusChangedAt: now,
      },
      select: { id: true },
    });
    // The log shows how each vehicle got where it is.
    const path = {
      free: [],
      reserved: ['reserved'],
      in_transit: ['reserved', 'in_transit'],
      blocked: ['blocked'],
    }[vehicle.status];
    let from = 'free';
    for (const [step, to] of path.entries()) {
      await ctx.ldb.logisticsVehicleStatusChange.create({
        data: {
          tenantId,
          id: newId(),
          vehicleId: id,
          fromStatus: from,
          toStatus: to,
          reason: to === 'blocked' ? (vehicle.reason?.[locale] ?? null) : null,
          actorUserId: ctx.actor.userId,
          at: new Date(now.getTime() - (path.length - step) * HOUR_MS),
        },
        select: { id: true },
      });
      from = to;
    }
  }

  const accounts = await ctx.db.account.findMany({
    where: { tenantId, deletedAt: null },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: seedProfiles.length,
    select: { id: true, ownerId: true },
  });
  await ctx.ldb.logisticsAccountProfile.createMany({
    data: accounts.flatMap((account, index) => {
      const profile = seedProfiles[index];
      if (!profile) return [];
      const { otherCarriers, notes, ...facts } = profile;
      return [
        {
          tenantId,
          accountId: account.id,
          ...facts,
          otherCarriers: otherCarriers[locale],
          notes: notes[locale],
        },
      ];
    }),
    skipDuplicates: true,
  });
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  await ctx.ldb.logisticsContract.createMany({
    data: seedContracts.flatMap((contract) => {
      const account = accounts[contract.account];
      if (!account) return [];
      return [
        {
          tenantId,
          id: newId(),
          number: contract.number,
          accountId: account.id,
          kind: contract.kind,
          status: 'active',
          startsOn: new Date(today + contract.startsInDays * DAY_MS),
          endsOn: new Date(today + contract.endsInDays * DAY_MS),
          autoRenew: contract.autoRenew,
          noticeDays: contract.noticeDays,
          ownerId: account.ownerId,
          notes: contract.notes[locale],
        },
      ];
    }),
    skipDuplicates: true,
  });
  await seedShipmentsAndPlans(ctx, accounts, locale, now);
}
