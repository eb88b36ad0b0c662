import { AppError, authorize, newId, recordAudit } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { checkContact, checkMember } from '../properties/check-references.js';
import { findShowing } from './find-showing.js';
import type { CreateShowingInput, ShowingOutput } from './showing.schema.js';

const showable = ['Active', 'ActiveUnderContract', 'ComingSoon'];

/** Requests a showing (Pending) of an object on the market, for a buyer and optionally a requirement. */
export async function createShowing(
  ctx: RealestateContext,
  input: CreateShowingInput,
): Promise<ShowingOutput> {
  authorize(ctx.ability, 'create', 'realestate.Showing');
  const tenantId = ctx.actor.tenantId;
  if (input.ShowingStartTimestamp <= new Date()) {
    throw AppError.invalid([{ field: 'ShowingStartTimestamp', message: 'must be in the future' }]);
  }
  const property = await ctx.rdb.realestateProperty.findFirst({
    where: { tenantId, ListingKey: input.ListingKey },
    select: { StandardStatus: true, verificationStatus: true },
  });
  if (!property) throw AppError.invalid([{ field: 'ListingKey', message: 'no such object' }]);
  if (!showable.includes(property.StandardStatus) || property.verificationStatus === 'Duplicate') {
    throw AppError.conflict(`An object in ${property.StandardStatus} cannot be shown`, {
      StandardStatus: property.StandardStatus,
    });
  }
  if (input.requirementId) {
    const requirement = await ctx.rdb.realestateRequirement.findFirst({
      where: { tenantId, id: input.requirementId },
      select: { id: true },
    });
    if (!requirement) throw AppError.invalid([{ field: 'requirementId', message: 'no such requirement' }]);
  }
  await checkContact(ctx, 'contactId', input.contactId);
  const agent = input.ShowingAgentKey === undefined ? ctx.actor.userId : input.ShowingAgentKey;
  await checkMember(ctx, 'ShowingAgentKey', agent);
  const id = newId();
  await ctx.rdb.realestateShowing.create({
    data: { ...input, tenantId, id, ShowingAgentKey: agent, createdById: ctx.actor.userId },
    select: { id: true },
  });
  const showing = await findShowing(ctx, id);
  await recordAudit(ctx, {
    action: 'realestate.showing.requested',
    recordType: 'realestate.showing',
    recordId: id,
    after: showing,
  });
  return showing;
}
