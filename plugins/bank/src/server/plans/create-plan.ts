import { AppError, accessibleWhere, authorize, newId, recordAudit } from '@crm/core';
import type { BankContext } from '../../db.js';
import { distributeClient } from '../distribution/distribute-client.js';
import { isUniqueViolation } from '../shared/unique-violation.js';
import { FIRST_CONTACT_DAYS } from './cadence.js';
import { moveClient } from './move-client.js';
import { presentPlan } from './present-plan.js';
import { planSelect, type AssignmentOutput, type CreatePlanInput, type PlanOutput } from './plan.schema.js';

const DAY_MS = 86_400_000;

/** The core record of the client, if the actor may read it: its owner decides "already owned". */
async function clientRecord(ctx: BankContext, input: CreatePlanInput) {
  const tenantId = ctx.actor.tenantId;
  if (input.contactId) {
    const contact = await ctx.db.contact.findFirst({
      where: {
        AND: [
          { tenantId, id: input.contactId, deletedAt: null },
          accessibleWhere(ctx.ability, 'read', 'Contact'),
        ],
      },
      select: { ownerId: true },
    });
    if (!contact) throw AppError.invalid([{ field: 'contactId', message: 'no such contact' }]);
    return contact;
  }
  const account = await ctx.db.account.findFirst({
    where: {
      AND: [
        { tenantId, id: input.accountId ?? '', deletedAt: null },
        accessibleWhere(ctx.ability, 'read', 'Account'),
      ],
    },
    select: { ownerId: true },
  });
  if (!account) throw AppError.invalid([{ field: 'accountId', message: 'no such account' }]);
  return account;
}

async function activeMember(ctx: BankContext, userId: string | null): Promise<boolean> {
  if (!userId) return false;
  const member = await ctx.db.membership.findFirst({
    where: { userId, disabledAt: null },
    select: { id: true },
  });
  return member !== null;
}

export const alreadyOwned = (planId: string, managerId: string | null) =>
  AppError.conflict(
    'This client already has a relationship plan; work with its manager instead of opening another',
    {
      planId,
      managerId,
    },
  );

/**
 * Opens a client's relationship plan, with "already owned" protection: a client with a plan is never
 * given a second one (409 naming its plan and manager), and a client whose core record has an owner
 * stays with that owner (another manager needs `assign`). An unowned client is distributed by the
 * rules (least loaded manager of the first matching rule), else given to `managerId` or the creator.
 */
export async function createPlan(
  ctx: BankContext,
  input: CreatePlanInput,
): Promise<PlanOutput & { assignment: AssignmentOutput }> {
  authorize(ctx.ability, 'create', 'bank.Client');
  const tenantId = ctx.actor.tenantId;
  const record = await clientRecord(ctx, input);
  const existing = await ctx.bdb.bankRelationshipPlan.findFirst({
    where: input.contactId
      ? { tenantId, contactId: input.contactId }
      : { tenantId, accountId: input.accountId ?? '' },
    select: { id: true, managerId: true },
  });
  if (existing) throw alreadyOwned(existing.id, existing.managerId);
  const tier = await ctx.bdb.bankTier.findFirst({
    where: { tenantId, key: input.tierKey },
    select: { id: true },
  });
  if (!tier) throw AppError.invalid([{ field: 'tierKey', message: `no tier "${input.tierKey}"` }]);
  if (input.managerId && !(await activeMember(ctx, input.managerId)))
    throw AppError.invalid([{ field: 'managerId', message: 'is not an active member of this workspace' }]);

  const owned = (await activeMember(ctx, record.ownerId)) ? record.ownerId : null;
  let assignment: AssignmentOutput;
  if (owned && input.managerId && input.managerId !== owned) {
    if (!ctx.ability.can('assign', 'bank.Client'))
      throw AppError.conflict(
        'The client is already owned by another manager; only someone who may reassign clients can move it',
        {
          ownerId: owned,
        },
      );
    assignment = { managerId: input.managerId, teamId: null, by: 'explicit', ruleId: null };
  } else if (owned) {
    assignment = { managerId: owned, teamId: null, by: 'owner', ruleId: null };
  } else if (input.managerId) {
    assignment = { managerId: input.managerId, teamId: null, by: 'explicit', ruleId: null };
  } else {
    const byRule = await distributeClient(ctx.db, ctx.bdb, tenantId, {
      clientType: input.contactId ? 'individual' : 'organisation',
      segment: input.segment ?? null,
      region: input.region ?? null,
      tierId: tier.id,
    });
    assignment = byRule
      ? { ...byRule, by: 'rule' }
      : { managerId: ctx.actor.userId, teamId: null, by: 'creator', ruleId: null };
  }
  authorize(ctx.ability, 'create', 'bank.Client', { managerId: assignment.managerId });

  const id = newId();
  const now = new Date();
  try {
    await ctx.bdb.bankRelationshipPlan.create({
      data: {
        tenantId,
        id,
        clientType: input.contactId ? 'individual' : 'organisation',
        contactId: input.contactId ?? null,
        accountId: input.accountId ?? null,
        tierId: tier.id,
        managerId: assignment.managerId,
        teamId: assignment.teamId,
        segment: input.segment ?? null,
        region: input.region ?? null,
        insight: input.insight ?? null,
        nextContactDueAt: new Date(now.getTime() + FIRST_CONTACT_DAYS * DAY_MS),
      },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyOwned('', null);
    throw error;
  }
  if (assignment.managerId && assignment.managerId !== record.ownerId) {
    await moveClient(ctx.db, ctx.bdb, {
      tenantId,
      planId: id,
      contactId: input.contactId ?? null,
      accountId: input.accountId ?? null,
      toUserId: assignment.managerId,
      changedById: ctx.actor.userId,
      reason: `bank: client distributed (${assignment.by})`,
    });
  }
  const row = await ctx.bdb.bankRelationshipPlan.findFirstOrThrow({
    where: { tenantId, id },
    select: planSelect,
  });
  const plan = await presentPlan(ctx.db, row);
  await recordAudit(ctx, {
    action: 'bank.client.created',
    recordType: 'bank.client',
    recordId: id,
    after: { ...plan, assignment },
  });
  return { ...plan, assignment };
}
