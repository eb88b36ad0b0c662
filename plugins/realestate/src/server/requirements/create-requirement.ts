import { authorize, newId, recordAudit } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { checkContact, checkMember } from '../properties/check-references.js';
import { findRequirement } from './find-requirement.js';
import type { CreateRequirementInput, RequirementOutput } from './requirement.schema.js';
import { requirementDistricts } from './resolve-districts.js';

/** Records a buyer's requirement (Active) and requests matching it against the objects. */
export async function createRequirement(
  ctx: RealestateContext,
  input: CreateRequirementInput,
): Promise<RequirementOutput> {
  authorize(ctx.ability, 'create', 'realestate.Requirement');
  const agentId = input.agentId === undefined ? ctx.actor.userId : input.agentId;
  await checkMember(ctx, 'agentId', agentId);
  await checkContact(ctx, 'contactId', input.contactId);
  const { districts, ...criteria } = input;
  const districtIds = (await requirementDistricts(ctx, { ...criteria, districts })) ?? [];
  const id = newId();
  await ctx.rdb.realestateRequirement.create({
    data: {
      ...criteria,
      tenantId: ctx.actor.tenantId,
      id,
      agentId,
      districtIds,
      matchRequestedAt: new Date(),
      createdById: ctx.actor.userId,
    },
    select: { id: true },
  });
  const requirement = await findRequirement(ctx, id);
  await recordAudit(ctx, {
    action: 'realestate.requirement.created',
    recordType: 'realestate.requirement',
    recordId: id,
    after: requirement,
  });
  return requirement;
}
