import { authorize, defineReport } from '@crm/core';
import { z } from 'zod';
import { realestateContext } from '../db.js';
import { standardStatuses } from '../server/properties/reso-values.js';
import { verificationStatuses } from '../server/properties/verification-state-machine.js';

const statusCounts = z.record(z.enum(standardStatuses), z.number().int());

/** Inventory by RESO StandardStatus and district (with the verification picture of each district). */
export const listingsReport = defineReport({
  id: 'realestate.listings',
  title: { en: 'Listings by status and district', ru: 'Объекты по статусам и районам' },
  description: {
    en: 'Objects per RESO StandardStatus, per district, and how many of each district are verified',
    ru: 'Объекты по статусам RESO StandardStatus и районам, с долей проверенных в каждом районе',
  },
  input: z.strictObject({ City: z.string().trim().min(1).max(100).optional() }),
  output: z.object({
    total: z.number().int(),
    byStatus: statusCounts,
    byVerification: z.record(z.enum(verificationStatuses), z.number().int()),
    byDistrict: z.array(
      z.object({
        districtId: z.uuid().nullable(),
        /** The dictionary name; objects whose district is not (yet) in the dictionary are grouped as null. */
        name: z.string().nullable(),
        total: z.number().int(),
        verified: z.number().int(),
        byStatus: statusCounts,
      }),
    ),
  }),
  async run(tenantCtx, input) {
    authorize(tenantCtx.ability, 'read', 'realestate.Property');
    const ctx = realestateContext(tenantCtx);
    const tenantId = ctx.actor.tenantId;
    const groups = await ctx.rdb.realestateProperty.groupBy({
      by: ['districtId', 'StandardStatus', 'verificationStatus'],
      where: {
        tenantId,
        verificationStatus: { not: 'Duplicate' },
        ...(input.City ? { City: { equals: input.City, mode: 'insensitive' as const } } : {}),
      },
      _count: { _all: true },
    });
    const zeroStatuses = () =>
      Object.fromEntries(standardStatuses.map((s) => [s, 0])) as Record<
        (typeof standardStatuses)[number],
        number
      >;
    const byStatus = zeroStatuses();
    const byVerification = Object.fromEntries(verificationStatuses.map((s) => [s, 0])) as Record<
      (typeof verificationStatuses)[number],
      number
    >;
    const districts = new Map<
      string | null,
      { total: number; verified: number; byStatus: ReturnType<typeof zeroStatuses> }
    >();
    let total = 0;
    for (const group of groups) {
      const n = group._count._all;
      const status = standardStatuses.find((s) => s === group.StandardStatus);
      const verification = verificationStatuses.find((s) => s === group.verificationStatus);
      if (!status || !verification) continue;
      total += n;
      byStatus[status] += n;
      byVerification[verification] += n;
      const district = districts.get(group.districtId) ?? { total: 0, verified: 0, byStatus: zeroStatuses() };
      district.total += n;
      district.byStatus[status] += n;
      if (verification === 'Verified') district.verified += n;
      districts.set(group.districtId, district);
    }
    const names = new Map(
      (
        await ctx.rdb.realestateDistrict.findMany({
          where: { tenantId, id: { in: [...districts.keys()].filter((id): id is string => id !== null) } },
          select: { id: true, name: true },
        })
      ).map((d) => [d.id, d.name]),
    );
    return {
      total,
      byStatus,
      byVerification,
      byDistrict: [...districts.entries()]
        .map(([districtId, d]) => ({
          districtId,
          name: districtId ? (names.get(districtId) ?? null) : null,
          ...d,
        }))
        .sort((a, b) => b.total - a.total || (a.name ?? '').localeCompare(b.name ?? '')),
    };
  },
});
