import { authorize, type ListPage } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { decodeCursor, encodeCursor } from '../values.js';
import { presentProperty } from './present-property.js';
import { propertySelect, type ListPropertiesInput, type PropertyOutput } from './property.schema.js';

/**
 * Objects newest first, filtered by listing status, verification status, district or agent, or by
 * a fragment of the address, ListingId or district text.
 */
export async function listProperties(
  ctx: RealestateContext,
  input: ListPropertiesInput,
): Promise<ListPage<PropertyOutput>> {
  authorize(ctx.ability, 'read', 'realestate.Property');
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const text = input.search ? { contains: input.search, mode: 'insensitive' as const } : undefined;
  const rows = await ctx.rdb.realestateProperty.findMany({
    where: {
      AND: [
        { tenantId: ctx.actor.tenantId },
        input.StandardStatus ? { StandardStatus: input.StandardStatus } : {},
        input.verificationStatus ? { verificationStatus: input.verificationStatus } : {},
        input.districtId ? { districtId: input.districtId } : {},
        input.ListAgentKey ? { ListAgentKey: input.ListAgentKey } : {},
        text ? { OR: [{ UnparsedAddress: text }, { ListingId: text }, { MLSAreaMajor: text }] } : {},
        after
          ? {
              OR: [
                { createdAt: { lt: new Date(after.key) } },
                { createdAt: new Date(after.key), ListingKey: { lt: after.id } },
              ],
            }
          : {},
      ],
    },
    orderBy: [{ createdAt: 'desc' }, { ListingKey: 'desc' }],
    take: input.limit + 1,
    select: propertySelect,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => presentProperty(row)),
    nextCursor:
      rows.length > input.limit && last ? encodeCursor(last.createdAt.toISOString(), last.ListingKey) : null,
  };
}
