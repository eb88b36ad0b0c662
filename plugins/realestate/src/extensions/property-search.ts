import type { search } from '@crm/core';
import { realestateContext } from '../db.js';

/** Objects in the global search, by address, ListingId or district (`type: realestate.property`). */
export const propertySearchSource: search.SearchSource = {
  type: 'realestate.property',
  async search(tenantCtx, query) {
    if (!tenantCtx.ability.can('read', 'realestate.Property')) return [];
    const ctx = realestateContext(tenantCtx);
    const text = { contains: query.text, mode: 'insensitive' as const };
    const rows = await ctx.rdb.realestateProperty.findMany({
      where: {
        tenantId: ctx.actor.tenantId,
        verificationStatus: { not: 'Duplicate' },
        OR: [{ UnparsedAddress: text }, { ListingId: text }, { MLSAreaMajor: text }],
      },
      orderBy: [{ createdAt: 'desc' }, { ListingKey: 'asc' }],
      take: query.limit,
      select: {
        ListingKey: true,
        ListingId: true,
        UnparsedAddress: true,
        StandardStatus: true,
        MLSAreaMajor: true,
      },
    });
    const wanted = query.text.toUpperCase();
    return rows.map((row) => ({
      type: 'realestate.property',
      id: row.ListingKey,
      title: row.UnparsedAddress,
      subtitle: [row.ListingId, row.MLSAreaMajor, row.StandardStatus].filter(Boolean).join(' · '),
      score: row.ListingId === wanted ? 1 : 0.3,
    }));
  },
};
