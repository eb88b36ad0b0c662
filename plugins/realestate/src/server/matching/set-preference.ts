import { AppError, authorize, newId, recordAudit } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { matchSelect, presentMatch } from './list-matches.js';
import type { MatchOutput, SetPreferenceInput } from './match.schema.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Records the client's answer to an offered object (Favorite / Possibility / Discard). A favourite
 * gives the agent a task to arrange a showing within 24 hours (once per pair).
 */
export async function setMatchPreference(
  ctx: RealestateContext,
  input: SetPreferenceInput,
): Promise<MatchOutput> {
  authorize(ctx.ability, 'update', 'realestate.Requirement');
  const tenantId = ctx.actor.tenantId;
  const where = { tenantId, requirementId: input.id, ListingKey: input.ListingKey };
  const match = await ctx.rdb.realestateMatch.findFirst({ where, select: matchSelect });
  if (!match) throw AppError.notFound('Match');
  await ctx.rdb.realestateMatch.updateMany({
    where,
    data: { ContactListingPreference: input.ContactListingPreference },
  });
  if (input.ContactListingPreference === 'Favorite' && match.ContactListingPreference !== 'Favorite') {
    const requirement = await ctx.rdb.realestateRequirement.findFirstOrThrow({
      where: { tenantId, id: input.id },
      select: { agentId: true, contactId: true, name: true },
    });
    const tenant = await ctx.db.tenant.findFirst({ where: { id: tenantId }, select: { locale: true } });
    const subject =
      tenant?.locale === 'en'
        ? `Arrange a showing of ${match.property.ListingId} (${match.property.UnparsedAddress}) for “${requirement.name}”`
        : `Назначить показ ${match.property.ListingId} (${match.property.UnparsedAddress}) по запросу «${requirement.name}»`;
    const exists = await ctx.db.activity.findFirst({
      where: { subject, deletedAt: null },
      select: { id: true },
    });
    if (!exists) {
      await ctx.db.activity.create({
        data: {
          tenantId,
          id: newId(),
          type: 'task',
          subject,
          ownerId: requirement.agentId ?? ctx.actor.userId,
          contactId: requirement.contactId,
          dueAt: new Date(Date.now() + DAY_MS),
          createdById: ctx.actor.userId,
        },
        select: { id: true },
      });
    }
  }
  await recordAudit(ctx, {
    action: 'realestate.match.preference_set',
    recordType: 'realestate.requirement',
    recordId: input.id,
    before: { ListingKey: input.ListingKey, ContactListingPreference: match.ContactListingPreference },
    after: { ListingKey: input.ListingKey, ContactListingPreference: input.ContactListingPreference },
  });
  return presentMatch(await ctx.rdb.realestateMatch.findFirstOrThrow({ where, select: matchSelect }));
}
