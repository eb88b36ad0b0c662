import { authorize } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { findProperty } from '../properties/find-property.js';
import { findRequirement } from '../requirements/find-requirement.js';
import { numberOrNull, oneOf } from '../values.js';
import { contactListingPreferences, type MatchOutput } from './match.schema.js';

const matchSelect = {
  requirementId: true,
  ListingKey: true,
  score: true,
  ContactListingPreference: true,
  notifiedAt: true,
  createdAt: true,
  requirement: { select: { name: true } },
  property: {
    select: {
      ListingId: true,
      UnparsedAddress: true,
      ListPrice: true,
      LivingArea: true,
      BedroomsTotal: true,
      EntryLevel: true,
      StandardStatus: true,
      verificationStatus: true,
    },
  },
} satisfies Prisma.RealestateMatchSelect;

type MatchRow = Prisma.RealestateMatchGetPayload<{ select: typeof matchSelect }>;

function presentMatch(row: MatchRow): MatchOutput {
  const { requirement, property, ...match } = row;
  return {
    ...match,
    ...property,
    score: Number(match.score),
    ContactListingPreference:
      match.ContactListingPreference === null
        ? null
        : oneOf(contactListingPreferences, match.ContactListingPreference),
    requirementName: requirement.name,
    ListPrice: numberOrNull(property.ListPrice),
    LivingArea: numberOrNull(property.LivingArea),
  };
}

/** The objects matched to a requirement, best first. */
export async function requirementMatches(
  ctx: RealestateContext,
  id: string,
): Promise<{ items: MatchOutput[] }> {
  authorize(ctx.ability, 'read', 'realestate.Requirement');
  await findRequirement(ctx, id);
  const rows = await ctx.rdb.realestateMatch.findMany({
    where: { tenantId: ctx.actor.tenantId, requirementId: id },
    orderBy: [{ score: 'desc' }, { createdAt: 'desc' }, { ListingKey: 'asc' }],
    take: 500,
    select: matchSelect,
  });
  return { items: rows.map(presentMatch) };
}

/** The buyers' requirements an object matches, best first. */
export async function propertyMatches(
  ctx: RealestateContext,
  ListingKey: string,
): Promise<{ items: MatchOutput[] }> {
  authorize(ctx.ability, 'read', 'realestate.Property');
  authorize(ctx.ability, 'read', 'realestate.Requirement');
  await findProperty(ctx, ListingKey);
  const rows = await ctx.rdb.realestateMatch.findMany({
    where: { tenantId: ctx.actor.tenantId, ListingKey },
    orderBy: [{ score: 'desc' }, { createdAt: 'desc' }, { requirementId: 'asc' }],
    take: 500,
    select: matchSelect,
  });
  return { items: rows.map(presentMatch) };
}

export { presentMatch, matchSelect };
